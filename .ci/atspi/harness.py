"""The screen-reader harness: the real app read through AT-SPI, as Orca reads it.

Started by run.sh inside a private session bus with the accessibility bus on. For each
editor tab and presenter screen it counts what a screen-reader user would stumble on
(unnamed controls, combo boxes without their value, duplicated names, descriptions repeating
the name, English names in the French app…), checks the menus' roles, walks the Tab order
of a question page (every field reached, each focused widget on screen), the question list
by keyboard, and the announcements (AT-SPI events) when a slide changes or an answer is
revealed.

ATSPI_MEASURE=1 only prints the counts (to measure code that is known to fail).
"""

import json
import os
import re
import subprocess
import sys
import time

import pyatspi

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


def open_tab(app, name):
    """Clicks the editor tab called `name` (a page tab; toggle button in the old tree)."""
    nodes = tree(app)
    tab = next((n for n in nodes if n.role in ("page tab", "toggle button")
                and (n.name == name or n.name.startswith(name + " ("))), None)
    if tab is None:
        check(False, f"tab {name!r} found")
        return nodes
    at.click(tab)
    at.pump(0.6)
    return tree(app)


def select_question(app, number):
    nodes = tree(app)
    row = next((n for n in nodes if n.name.startswith(f"Question {number} :")
                and n.role in ("list item", "toggle button")), None)
    if row is None:
        check(False, f"question row {number} found")
        return
    at.click(row)
    at.pump(0.6)


EDITOR_TABS = ["Question", "Informations du quiz", "Niveaux", "Sources et crédits",
               "Vérifications"]


def editor_tabs(app):
    print("== editor tabs (French)", flush=True)
    select_question(app, 3)  # a single-choice question: answers with radios
    for tab in EDITOR_TABS:
        nodes = open_tab(app, tab)
        audit(f"editor/{tab}", nodes)
    nodes = open_tab(app, "Question")
    tabs = [n for n in nodes if n.name.split(" (")[0] in EDITOR_TABS
            and n.role in ("page tab", "toggle button")]
    check(len(tabs) == 5 and all(t.role == "page tab" for t in tabs),
          f"the 5 editor tabs are page tabs ({sorted({t.role for t in tabs})})")
    check(any(t.parent and t.parent.role == "page tab list" for t in tabs),
          "the tabs sit in a page tab list")
    check(sum(t.has(pyatspi.STATE_SELECTED) for t in tabs) == 1,
          "exactly one tab is selected")
    combo = find(nodes, role="combo box", prefix="Type")
    check(combo is not None and "Choix unique" in combo.name + combo.desc,
          f"the Type combo box says its value ({combo})")
    rows = [n for n in nodes if n.name.startswith("Question ") and
            n.role in ("list item", "toggle button")]
    check(bool(rows) and all(r.role == "list item" for r in rows),
          f"question rows are list items ({sorted({r.role for r in rows})})")
    check(bool(rows) and all(r.desc and r.desc != r.name for r in rows),
          "each row's description is its second line")
    lst = rows[0].parent if rows else None
    check(lst is not None and lst.role == "list" and lst.name != "",
          f"the rows are in a named list ({lst})")
    check(bool(rows) and rows[0].attrs.get("setsize") == "22",
          f"a row tells the list's size ({rows[0].attrs if rows else None})")
    radios = [n for n in nodes if n.role == "radio button"]
    groups = {id(r.parent): r.parent for r in radios if r.parent}
    check(bool(radios) and all(g.name for g in groups.values()),
          f"answer radios sit in a named group ({[g.name for g in groups.values()]})")
    seps = [n for n in nodes if n.role in ("separator", "splitter") and n.focusable]
    COUNTS["focusable_splitters_named_in_english"] = sum(
        n.name == "Resize panel" for n in seps)
    check(all(n.name != "Resize panel" for n in seps), "panel splitters named in French")


def narrow(app):
    """At 1024 points wide rows wrap: still no unnamed stop (a wrapped link made one)."""
    print("== editor at 1024×700", flush=True)
    subprocess.run(["xdotool", "search", "--name", "Atelier Quiz", "windowsize", "1024", "700"],
                   env={"DISPLAY": DISPLAY}, check=False, stdout=subprocess.DEVNULL)
    at.pump(1.0)
    select_question(app, 3)
    for tab in ("Question", "Informations du quiz", "Sources et crédits"):
        audit(f"editor-1024/{tab}", open_tab(app, tab))
    subprocess.run(["xdotool", "search", "--name", "Atelier Quiz", "windowsize", "1280", "800",
                    "windowactivate", "--sync"],
                   env={"DISPLAY": DISPLAY}, check=False, stdout=subprocess.DEVNULL)
    at.pump(1.0)


def menus(app):
    print("== menus", flush=True)
    nodes = tree(app)
    bar = next((n for n in nodes if n.role in ("menu bar", "menu")
                and any(c.name == "Fichier" for c in n.children)), None)
    check(bar is not None and bar.role == "menu bar", f"the menu bar is a menu bar ({bar})")
    check(bar is not None and bool(bar.name), "the menu bar has a name")
    if bar is None:
        return
    entries = bar.children
    check(all(e.role == "menu item" for e in entries),
          f"menu bar entries are menu items ({sorted({e.role for e in entries})})")
    file_entry = find(entries, name="Fichier")
    at.click(file_entry)
    at.pump(0.8)
    nodes = tree(app)
    popup = [n for n in nodes if n.role in ("menu item", "push button")
             and any(a.role in ("menu", "dialog") and a is not bar for a in n.ancestors())
             and not any(a is bar for a in n.ancestors())]
    items = [n for n in popup if n.name]
    COUNTS["menu_items_with_shortcut_in_name"] = sum("Ctrl" in n.name for n in items)
    COUNTS["menu_items_not_menu_items"] = sum(n.role != "menu item" for n in items)
    print(f"      File menu: {items}")
    check(len(items) >= 6, f"the File menu opens ({len(items)} entries)")
    check(all(n.role == "menu item" for n in items), "File menu entries are menu items")
    check(not any("Ctrl" in n.name for n in items), "no shortcut inside an entry's name")
    new = find(items, prefix="Nouveau")
    check(new is not None and "Ctrl+N" in new.desc,
          f"the shortcut is told separately ({new})")
    at.key(DISPLAY, "Escape")
    at.pump(0.5)


def on_screen(node, area):
    if node.extents is None or area is None:
        return False
    x, y, w, h = node.extents
    ax, ay, aw, ah = area
    return x >= ax - 1 and y >= ay - 1 and x + w <= ax + aw + 1 and y + h <= ay + ah + 1


def tab_order(app):
    """Tab through question 3's page: every field reached, each on screen when focused."""
    print("== Tab order of a question page", flush=True)
    select_question(app, 3)
    nodes = open_tab(app, "Question")
    frame = nodes[0]
    combo = find(nodes, role="combo box", prefix="Type")
    if combo is None:
        check(False, "Type combo box found")
        return
    # The central panel (egui's panels have no extents: the window is the visible area).
    pane = next((a for a in combo.ancestors() if a.role in ("panel", "scroll pane")), None)
    area = pane.extents if pane and pane.extents else frame.extents
    fields = [n for n in nodes if n.role in ("entry", "combo box", "check box", "radio button")
              and n.inside(pane)]
    expected = {(n.role, n.name) for n in fields}
    focus = at.Focus()
    at.grab_focus(combo)
    at.pump(0.5)
    reached, offscreen, stops = {(combo.role, combo.name)}, [], 0
    silent = 0
    for _ in range(160):
        node = focus.after(DISPLAY, "Tab")
        if node is None:
            silent += 1
            if silent == 4:
                check(False, "Tab moves the focus (the window has the keyboard)")
                break
            continue
        silent = 0
        stops += 1
        if not node.inside(pane):
            break
        reached.add((node.role, node.name))
        if not on_screen(node, area):
            offscreen.append(node)
    focus.close()
    missing = {e for e in expected if not any(
        e[1].split(" : ")[0] == r[1].split(" : ")[0] and e[0] == r[0] for r in reached)}
    COUNTS["tab_stops_question_page"] = stops
    COUNTS["tab_stops_off_screen"] = len(offscreen)
    COUNTS["fields_never_reached_by_tab"] = len(missing)
    print(f"      {stops} stops, {len(offscreen)} off screen, "
          f"{len(missing)} of {len(expected)} fields never reached")
    for n in offscreen[:8]:
        print(f"      off screen: {n} at {n.extents}, area {area}")
    for m in sorted(missing)[:8]:
        print(f"      never reached: {m}")
    if not MEASURE:
        check(not offscreen, "every focused widget is on screen")
        check(not missing, "Tab reaches every field of the page")


def list_by_keyboard(app):
    """The question list: every one of the 22 rows reachable with the keyboard."""
    print("== question list by keyboard", flush=True)
    nodes = tree(app)
    search = find(nodes, role="entry", name="Chercher")
    at.grab_focus(search)
    at.pump(0.3)
    row = next((n for n in nodes if n.role in ("list item", "toggle button")
                and n.name.startswith("Question 1 :")), None)
    lst = row.parent if row else None
    focus = at.Focus()
    seen = set()
    for _ in range(60):
        node = focus.after(DISPLAY, "Tab")
        if node is None:
            continue
        if node.name.startswith("Question ") and " : " in node.name:
            seen.add(node.name.split(" : ")[0])
        elif seen and not node.inside(lst):
            break
    by_tab = len(seen)
    # The rows are also one list: Down moves through it.
    first = next((n for n in tree(app) if n.role in ("list item", "toggle button")
                  and n.name.startswith("Question 1 :")), None)
    if first is not None:
        at.grab_focus(first)
        at.pump(0.3)
    for _ in range(22):
        node = focus.after(DISPLAY, "Down", timeout=0.6)
        if node is not None and node.name.startswith("Question "):
            seen.add(node.name.split(" : ")[0])
    focus.close()
    COUNTS["list_rows_reached_by_tab"] = by_tab
    COUNTS["list_rows_reached_by_keyboard"] = len(seen)
    print(f"      {by_tab} rows by Tab, {len(seen)} with Tab then Down")
    if not MEASURE:
        check(len(seen) == 22, "all 22 questions reachable by keyboard")


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


def english():
    print("== editor in English", flush=True)
    proc, app = start_app(QUIZ, lang="en")
    try:
        nodes = tree(app)
        audit("editor-en/Question", nodes, lang="en")
        combo = find(nodes, role="combo box", prefix="Type")
        check(combo is not None and "Poll" in combo.name + combo.desc,
              f"English: the Type combo box says its value ({combo})")
    finally:
        stop_app(proc)


def main():
    started = time.monotonic()
    proc, app = start_app(QUIZ)
    try:
        editor_tabs(app)
        narrow(app)
        menus(app)
        tab_order(app)
        list_by_keyboard(app)
    finally:
        stop_app(proc)
    english()
    presenter(["present", QUIZ])
    console_tally(["present", QUIZ])
    print("== counts " + json.dumps(COUNTS, ensure_ascii=False))
    print(f"== harness took {time.monotonic() - started:.0f} s")
    if FAILURES and not MEASURE:
        print(f"{len(FAILURES)} failed:")
        for f in FAILURES:
            print(f"  - {f}")
        sys.exit(1)


if __name__ == "__main__":
    main()
