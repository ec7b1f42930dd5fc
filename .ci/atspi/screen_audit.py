"""What the harness counts and checks on one screen, shared by its parts.

`audit` counts what a screen-reader user would stumble on; `check` records a pass or a
failure; `start_app` starts the real app (the binary and quiz given to harness.py).
"""

import json
import os
import re
import subprocess
import sys

import atspi_tree as at

BIN = sys.argv[1]
QUIZ = sys.argv[2]
DISPLAY = os.environ["DISPLAY"]
MEASURE = os.environ.get("ATSPI_MEASURE") == "1"
FAILURES = []
COUNTS = {}


def check(ok, what):
    print(("  ok   " if ok else "  FAIL ") + what, flush=True)
    if not ok:
        FAILURES.append(what)


def start_app(*args, lang="fr"):
    env = dict(os.environ, LANG=f"{lang}_FR.UTF-8" if lang == "fr" else "en_GB.UTF-8")
    proc = subprocess.Popen([BIN, *args, "--lang", lang], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        app = at.find_app("atelier-quiz", alive=lambda: proc.poll() is None)
    except TimeoutError:
        proc.kill()
        print(proc.stderr.read().decode(errors="replace"), file=sys.stderr)
        raise
    at.pump(1.0)
    return proc, app


def stop_app(proc):
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def tree(app):
    return at.walk(app.getChildAtIndex(0))


COMBO_VALUE = re.compile(r"\S\s?:\s+\S")


def combo_has_value(node):
    """The current value is readable: in the name ("Type : Sondage"), description or a child."""
    return bool(COMBO_VALUE.search(node.name)) or bool(node.desc) or any(
        c.name for c in node.children)


def audit(screen, nodes, lang="fr"):
    """Counts the defects of one screen and records them under `screen`."""
    inter = [n for n in nodes if n.interactive]
    unnamed = [n for n in inter if not n.name.strip()]
    combos = [n for n in nodes if n.role == "combo box"]
    no_value = [n for n in combos if not combo_has_value(n)]
    fields = [n for n in inter if n.role in ("entry", "radio button", "combo box", "check box")]
    names = {}
    for n in fields:
        # Two radios "Adaptée" in groups "Source 1 : utilisation" and "Source 2 : …" differ.
        group = next((a.name for a in n.ancestors() if a.name and a.role == "panel"), "")
        names.setdefault((n.name, group), []).append(n)
    dups = [n for group in names.values() if len(group) > 1 for n in group]
    repeats = [n for n in nodes if n.desc and n.desc == n.name]
    english = [n for n in inter if lang == "fr" and n.name in ("Resize panel",)]
    toggles = [n for n in inter if n.role == "toggle button"]
    counts = {
        "interactive": len(inter),
        "unnamed": len(unnamed),
        "combos": len(combos),
        "combos_without_value": len(no_value),
        "duplicate_field_names": len(dups),
        "description_repeats_name": len(repeats),
        "english_names": len(english),
        "toggle_buttons": len(toggles),
    }
    COUNTS[screen] = counts
    print(f"{screen}: {json.dumps(counts)}", flush=True)
    for label, bad in (("unnamed", unnamed), ("without value", no_value),
                       ("same name", dups), ("English", english)):
        for n in bad[:12]:
            print(f"      {label}: {n} in {[a.name for a in n.ancestors() if a.name][:2]}")
    if not MEASURE:
        check(not unnamed, f"{screen}: every interactive node is named")
        check(not no_value, f"{screen}: every combo box tells its value")
        check(not dups, f"{screen}: no two fields share a name")
        check(not english, f"{screen}: no English name in the French app")
    return counts


def find(nodes, role=None, name=None, prefix=None):
    for n in nodes:
        if role and n.role != role:
            continue
        if name is not None and n.name != name:
            continue
        if prefix is not None and not n.name.startswith(prefix):
            continue
        return n
    return None
