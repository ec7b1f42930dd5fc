#!/usr/bin/env bash
# Inside the private session bus: the accessibility bus, accessibility on, then the harness.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# The launcher keeps IsEnabled in GSettings: with a fresh HOME and no dconf the value is lost
# and the app never joins the bus, unless GSettings keeps it in memory.
GSETTINGS_BACKEND=memory /usr/libexec/at-spi-bus-launcher --launch-immediately &
launcher=$!
trap 'kill $launcher 2>/dev/null || true; wait $launcher 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    busctl --user status org.a11y.Bus >/dev/null 2>&1 && break
    sleep 0.1
done
for prop in IsEnabled ScreenReaderEnabled; do
    busctl --user set-property org.a11y.Bus /org/a11y/bus org.a11y.Status "$prop" b true
    value="$(busctl --user get-property org.a11y.Bus /org/a11y/bus org.a11y.Status "$prop")"
    [ "$value" = "b true" ] || { echo "accessibility bus: $prop reads back '$value'"; exit 1; }
done
/usr/bin/python3 "$here/harness.py" "$1" "$2"
