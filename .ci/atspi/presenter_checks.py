"""Presenter checks: every screen named, announcements on slide change, reveal and
explanation, the right answer's state, reading order, the console's tally fields.
"""

import re

import pyatspi

import atspi_tree as at
from screen_audit import DISPLAY, audit, check, find, start_app, stop_app, tree, COUNTS

def presenter(app_args):
    print("== presenter", flush=True)
    events = at.Events("object:announcement", "object:property-change:accessible-name",
                       "object:state-changed:focused")
    proc, app = start_app(*app_args)
    try:
        nodes = tree(app)
        audit("presenter/start", nodes)
        print(f"      start screen: {[n for n in nodes if n.interactive]}")
        events.take()
        at.key(DISPLAY, "Return")  # Start (the focused button)
        screens = [("title", "Return")]
        for _ in range(3):
            screens.append(("next", "Right"))
        announcements = []
        for label, k in screens:
            at.pump(0.8)
            got = [e for e in events.take() if e[0] == "object:announcement"]
            announcements.append(got)
            nodes = tree(app)
            audit(f"presenter/{label}{len(announcements)}", nodes)
            at.key(DISPLAY, k)
        at.pump(0.8)
        announcements.append([e for e in events.take() if e[0] == "object:announcement"])
        flat = [str(e[3]) for group in announcements for e in group]
        print(f"      announcements: {flat}")
        COUNTS["presenter_announcements"] = len(flat)
        check(any(t.startswith("Question 1 sur") for t in flat),
              "the first question is announced (Question 1 sur …)")
        nodes = tree(app)
        names = [n.name for n in nodes if n.name]
        print(f"      reading order now: {names[:12]}")
        # reveal: the next Right reveals the answer of the question on screen
        revealed = False
        for _ in range(4):
            at.key(DISPLAY, "Right")
            at.pump(0.8)
            got = [str(e[3]) for e in events.take() if e[0] == "object:announcement"]
            flat += got
            if any(re.match(r"Réponses?\W*:", t) for t in got):
                revealed = True
                break
        check(revealed, f"the reveal is announced (Réponse : …) {flat[-3:]}")
        nodes = tree(app)
        audit("presenter/reveal", nodes)
        correct = [n for n in nodes if n.has(pyatspi.STATE_SELECTED) and n.role == "list item"]
        check(bool(correct), f"the correct answer carries a state ({correct})")
        # The explanation step: announced, and read after the question.
        at.key(DISPLAY, "Right")
        at.pump(0.8)
        got = [str(e[3]) for e in events.take() if e[0] == "object:announcement"]
        print(f"      explanation step: {got}")
        explained = next((t for t in got if t.startswith("Explication")), None)
        check(explained is not None, "the explanation is announced (Explication : …)")
        nodes = tree(app)
        audit("presenter/explanation", nodes)
        texts = [n.name for n in nodes if n.name and n.role in ("label", "list item", "status bar")]
        print(f"      reading order: {texts[:10]}")
        q_pos = next((i for i, t in enumerate(texts) if re.fullmatch(r"Question \d+ sur \d+", t)),
                     None)
        e_text = explained.split(":", 1)[1].strip() if explained else None
        e_pos = next((i for i, t in enumerate(texts) if e_text and t == e_text), None)
        check(q_pos is not None and e_pos is not None and q_pos < e_pos,
              f"the question is read before the explanation ({q_pos} < {e_pos})")
    finally:
        stop_app(proc)
        events.close()


def console_tally(app_args):
    print("== console tally", flush=True)
    proc, app = start_app(*app_args)
    try:
        nodes = tree(app)
        console = find(nodes, role="check box", prefix="Console")
        if console is None:
            console = next((n for n in nodes if n.role == "check box"
                            and "console" in n.name.lower()), None)
        if console is not None:
            at.click(console)
            at.pump(0.5)
        at.click(find(tree(app), role="push button", name="Commencer"))
        at.pump(1.5)
        for _ in range(3):
            at.key(DISPLAY, "Right")
            at.pump(0.4)
        at.pump(0.6)
        nodes = tree(app)
        audit("presenter/console", nodes)
        fields = [n for n in nodes if n.role in ("entry", "spin button")]
        print(f"      tally fields: {fields}")
        check(bool(fields) and all(re.search(r"\b[A-H]\b", f.name) for f in fields),
              "each tally field is labelled by its answer")
    finally:
        stop_app(proc)
