#!/usr/bin/env bash
# Starts everything a screen reader needs, privately, then the harness; cleans up after itself.
#   run.sh BINARY QUIZ
# An X server (Xvfb, first free display from :140), a window manager (openbox), a private
# session bus (dbus-run-session), the accessibility bus; then harness.py with Debian's own
# Python (pyatspi is a Debian package, not on PyPI).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="$(realpath "$1")"
quiz="$(realpath "$2")"
work="$(mktemp -d /tmp/atspi-harness.XXXXXX)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    sleep 0.3
    for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

display=""
for n in $(seq 140 199); do
    if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then display=":$n"; break; fi
done
[ -n "$display" ] || { echo "no free X display"; exit 1; }
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
DISPLAY="$display" openbox >"$work/openbox.log" 2>&1 &
pids+=($!)

mkdir -p "$work/home" "$work/runtime"
chmod 700 "$work/runtime"
env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" \
    XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
    DISPLAY="$display" NO_AT_BRIDGE=0 ATSPI_MEASURE="${ATSPI_MEASURE:-}" \
    dbus-run-session -- bash "$here/session.sh" "$bin" "$quiz"
