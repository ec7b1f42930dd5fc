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
import subprocess
import sys
import time

import pyatspi

import atspi_tree as at
from presenter_checks import console_tally, presenter
from screen_audit import (COUNTS, DISPLAY, FAILURES, MEASURE, QUIZ, audit, check, find,
                          start_app, stop_app, tree)


def open_tab(app, name, nodes=None):
    """Clicks the editor tab called `name` (a page tab; toggle button in the old tree)."""
    nodes = nodes or tree(app)
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
    row = next((n for n in nodes if n.name.startswith(f"Question {number}\u202f:")
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
    nodes = None
    for tab in EDITOR_TABS:
        nodes = open_tab(app, tab, nodes)
        audit(f"editor/{tab}", nodes)
    nodes = open_tab(app, "Question", nodes)
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
    nodes = None
    for tab in ("Question", "Informations du quiz", "Sources et crédits"):
        nodes = open_tab(app, tab, nodes)
        audit(f"editor-1024/{tab}", nodes)
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
            at.pump(0.3)  # the frame that scrolled to it may still be coming
            node._extents = None
        if not on_screen(node, area):
            offscreen.append(node)
    focus.close()
    missing = {e for e in expected if not any(
        e[1].split("\u202f: ")[0] == r[1].split("\u202f: ")[0] and e[0] == r[0] for r in reached)}
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
    """The question list: Down moves row by row, and Tab reaches every one of the 22 rows."""
    print("== question list by keyboard", flush=True)
    nodes = tree(app)
    row = next((n for n in nodes if n.role in ("list item", "toggle button")
                and n.name.startswith("Question 1\u202f:")), None)
    lst = row.parent if row else None
    focus = at.Focus()
    if row is not None:
        at.grab_focus(row)
        at.pump(0.3)
    downs = []
    for _ in range(3):
        node = focus.after(DISPLAY, "Down", timeout=0.8)
        downs.append(node.name.split("\u202f: ")[0] if node is not None else None)
    check(downs == ["Question 2", "Question 3", "Question 4"], f"Down moves row by row {downs}")
    at.grab_focus(find(nodes, role="entry", name="Chercher"))
    at.pump(0.3)
    seen = set()
    for _ in range(60):
        node = focus.after(DISPLAY, "Tab")
        if node is None:
            continue
        if node.name.startswith("Question ") and "\u202f: " in node.name:
            seen.add(node.name.split("\u202f: ")[0])
        elif seen and not node.inside(lst):
            break
    focus.close()
    by_tab = len(seen)
    COUNTS["list_rows_reached_by_tab"] = by_tab
    print(f"      {by_tab} rows of 22 by Tab")
    if not MEASURE:
        check(by_tab == 22, "all 22 questions reachable with Tab")


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
    def timed(part, *args):
        t0 = time.monotonic()
        part(*args)
        print(f"   ({part.__name__}: {time.monotonic() - t0:.0f} s)", flush=True)

    try:
        for part in (editor_tabs, narrow, menus, tab_order, list_by_keyboard):
            timed(part, app)
    finally:
        stop_app(proc)
    timed(english)
    timed(presenter, ["present", QUIZ])
    timed(console_tally, ["present", QUIZ])
    print("== counts " + json.dumps(COUNTS, ensure_ascii=False))
    print(f"== harness took {time.monotonic() - started:.0f} s")
    if FAILURES and not MEASURE:
        print(f"{len(FAILURES)} failed:")
        for f in FAILURES:
            print(f"  - {f}")
        sys.exit(1)


if __name__ == "__main__":
    main()
