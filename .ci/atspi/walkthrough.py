"""Keyboard-only walkthrough, read back as a screen reader would (manual tool, not in CI).

    DISPLAY=:N … /usr/bin/python3 walkthrough.py BINARY OUT_DIR [APP ARGS…] < steps.txt

Creates a 3-question quiz with the keyboard alone (xdotool key presses, no pointer), saves
it, presents it, and prints after each step what has the focus (name, role, description)
and every announcement, like Orca's speech. Steps and observations go to docs/ACCESSIBILITY.md.
"""

import os
import subprocess
import sys
import time

import atspi_tree as at

BIN, OUT = sys.argv[1], sys.argv[2]
DISPLAY = os.environ["DISPLAY"]
LOG = []


def say(text):
    print(text, flush=True)
    LOG.append(text)


class Speech:
    """What a screen reader would speak: focus changes and announcements."""

    def __init__(self):
        self.events = at.Events("object:announcement")

    def keys(self, *keys, wait=0.4):
        for k in keys:
            at.key(DISPLAY, k)
            at.pump(0.15)
        at.pump(wait)
        spoken = []
        app = at.find_app("atelier-quiz")
        focused = [n for w in range(app.childCount)
                   for n in at.walk(app.getChildAtIndex(w)) if n.focused and n.role != "frame"]
        for n in focused[:1]:
            desc = f" ({n.desc})" if n.desc else ""
            spoken.append(f"focus: {n.name} [{n.role}]{desc}")
        spoken += [f"announce: {e[3]}" for e in self.events.take()]
        say(f"  keys {' '.join(keys)} -> " + (" | ".join(spoken) or "(silence)"))

    def type(self, text):
        subprocess.run(["xdotool", "type", "--delay", "30", text], check=True,
                       env={"DISPLAY": DISPLAY})
        at.pump(0.3)
        say(f"  typed {text!r}")


def main():
    env = dict(os.environ, LANG="fr_FR.UTF-8")
    proc = subprocess.Popen([BIN, *sys.argv[3:], "--lang", "fr"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        app = at.find_app("atelier-quiz")
        # Keys go to the active window: wait until the window manager gave it the focus.
        import pyatspi
        at.wait_for(lambda: app.getChildAtIndex(0).getState().contains(pyatspi.STATE_ACTIVE),
                    timeout=10)
        at.pump(1.5)
        s = Speech()
        steps = sys.stdin.read().splitlines()
        for line in steps:
            line = line.strip()
            if not line or line.startswith("#"):
                if line:
                    say(line)
                continue
            if line.startswith("type "):
                s.type(line[5:])
            elif line.startswith("until "):
                # until NAME KEY: press KEY until the focus is on NAME (at most 60 times)
                _, name, k = line.split(" ", 2)
                name = name.replace("_", " ")
                follow = at.Focus()
                for _ in range(80):
                    node = follow.after(DISPLAY, k, timeout=0.8)
                    if node is not None and node.name == name:
                        break
                follow.close()
                s.keys(wait=0.1)
                say(f"  (pressed {k} until {name!r})")
            elif line.startswith("shot "):
                subprocess.run(["import", "-window", "root", os.path.join(OUT, line[5:])],
                               env={"DISPLAY": DISPLAY}, check=False)
            else:
                s.keys(*line.split())
    finally:
        proc.terminate()
        proc.wait(5)


if __name__ == "__main__":
    main()
