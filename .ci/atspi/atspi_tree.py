"""Reading an application's accessibility tree the way a screen reader does (pyatspi).

Shared by harness.py: finding the app on the bus, walking its tree into plain records,
listening to events while pumping the GLib main loop, pressing keys (xdotool) and acting on
nodes (the AT-SPI Action and Component interfaces, as Orca's commands do).
"""

import subprocess
import time

import pyatspi
from gi.repository import GLib

# Roles a user can act on: each must have a name.
INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "entry",
    "text", "password text", "link", "menu item", "check menu item", "radio menu item",
    "page tab", "list item", "slider", "spin button", "separator", "splitter",
}


class Node:
    """One accessible object, read once."""

    def __init__(self, acc, depth, parent):
        self.acc = acc
        self.depth = depth
        self.parent = parent
        self.role = acc.getRoleName()
        self.name = acc.name or ""
        self.desc = acc.description or ""
        self.states = set(acc.getState().getStates())
        self._extents = self._attrs = None
        self.children = []
        self.key = acc.path

    @property
    def extents(self):
        """Screen rectangle (x, y, width, height), read on first use (one D-Bus call)."""
        if self._extents is None:
            try:
                ext = self.acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
                self._extents = (ext.x, ext.y, ext.width, ext.height)
            except Exception:  # noqa: BLE001 - no Component interface
                self._extents = ()
        return self._extents or None

    @property
    def attrs(self):
        if self._attrs is None:
            try:
                self._attrs = dict(a.split(":", 1) for a in self.acc.getAttributes() if ":" in a)
            except Exception:  # noqa: BLE001 - some objects refuse attributes
                self._attrs = {}
        return self._attrs

    def inside(self, other):
        """Whether `other` (a node of any walk) is one of this node's ancestors."""
        return other is not None and any(a.key == other.key for a in self.ancestors())

    @property
    def focusable(self):
        return pyatspi.STATE_FOCUSABLE in self.states

    @property
    def focused(self):
        return pyatspi.STATE_FOCUSED in self.states

    @property
    def interactive(self):
        return self.role in INTERACTIVE and (self.focusable or self.role != "separator")

    def has(self, state):
        return state in self.states

    def ancestors(self):
        if self.parent is None and getattr(self, "lazy_parents", False):
            self.lazy_parents = False
            parent, child = self.acc.parent, self
            while parent is not None:
                try:
                    p = Node(parent, 0, None)
                except Exception:  # noqa: BLE001 - a node that vanished
                    break
                child.parent = p
                child, parent = p, parent.parent
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def __repr__(self):
        return f"[{self.role}] {self.name!r}" + (f" ({self.desc!r})" if self.desc else "")


def walk(acc, depth=0, parent=None, out=None):
    """Every node under `acc` (included), in tree (reading) order."""
    if out is None:
        out = []
    try:
        node = Node(acc, depth, parent)
    except Exception:  # noqa: BLE001 - a node that vanished while reading
        return out
    if parent is not None:
        parent.children.append(node)
    out.append(node)
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is not None:
            walk(child, depth + 1, node, out)
    return out


def pump(seconds):
    """Runs the GLib main loop (which delivers AT-SPI events) for `seconds`."""
    ctx = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while ctx.pending():
            ctx.iteration(False)
        time.sleep(0.01)


def find_app(name, timeout=40.0, alive=lambda: True):
    """The application called `name` on the accessibility bus, with a frame."""
    end = time.monotonic() + timeout
    while time.monotonic() < end and alive():
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.name == name and app.childCount > 0:
                    frame = app.getChildAtIndex(0)
                    if frame is not None and frame.childCount > 0:
                        return app
            except Exception:  # noqa: BLE001 - an app leaving the bus
                pass
        pump(0.2)
    raise TimeoutError(f"{name} never appeared on the accessibility bus")


def wait_for(predicate, timeout=10.0, step=0.1):
    """Polls `predicate` (pumping events) until it returns something truthy."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        result = predicate()
        if result:
            return result
        pump(step)
    return predicate()


class Events:
    """Collects AT-SPI events of the given types from one application."""

    def __init__(self, *types):
        self.types = types
        self.items = []
        for t in types:
            pyatspi.Registry.registerEventListener(self._on, t)

    def _on(self, event):
        try:
            name = event.source.name or ""
            role = event.source.getRoleName()
        except Exception:  # noqa: BLE001
            name, role = "", ""
        self.items.append((event.type, role, name, event.any_data, event.detail1))

    def take(self):
        items, self.items = self.items, []
        return items

    def close(self):
        for t in self.types:
            pyatspi.Registry.deregisterEventListener(self._on, t)


def key(display, *keys):
    """Presses keys on the X display (as a user would)."""
    subprocess.run(["xdotool", "key", "--delay", "40", *keys], check=True,
                   env={"DISPLAY": display})


def click(node):
    """The node's default action (what Orca's "activate" does)."""
    node.acc.queryAction().doAction(0)


def grab_focus(node):
    node.acc.queryComponent().grabFocus()


class Focus:
    """Follows the keyboard focus through AT-SPI focus events (as Orca does)."""

    def __init__(self):
        self.latest = None
        pyatspi.Registry.registerEventListener(self._on, "object:state-changed:focused")

    def _on(self, event):
        if event.detail1 == 1:
            self.latest = event.source

    def after(self, display, key_name, timeout=1.5):
        """Presses `key_name`; returns the newly focused node (or None)."""
        self.latest = None
        key(display, key_name)
        end = time.monotonic() + timeout
        while self.latest is None and time.monotonic() < end:
            pump(0.02)
        pump(0.05)  # a later focus event of the same key press wins
        acc = self.latest
        if acc is None:
            return None
        try:
            node = Node(acc, 0, None)
        except Exception:  # noqa: BLE001
            return None
        node.lazy_parents = True  # read on first use of ancestors(), for "inside"
        return node

    def close(self):
        pyatspi.Registry.deregisterEventListener(self._on, "object:state-changed:focused")
