#!/usr/bin/env bash
# Renders the app icon (assets/icons/atelier-quiz.svg) to the PNG sizes the desktops and the
# window use, and to a multi-size .ico for Windows. Run it after editing the SVG and commit
# the results: builds and packages only copy these files, so they need no SVG converter.
# Needs rsvg-convert (Debian librsvg2-bin) and icotool (icoutils).
set -euo pipefail
cd "$(dirname "$0")/../assets/icons"
for tool in rsvg-convert icotool; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install librsvg2-bin icoutils)" >&2; exit 2; }
done
sizes=(16 24 32 48 64 128 256 512)
for s in "${sizes[@]}"; do
    rsvg-convert -w "$s" -h "$s" atelier-quiz.svg -o "atelier-quiz-$s.png"
done
# Windows picks 16/24/32/48 for lists and title bars, 256 (stored as PNG) for large views.
icotool -c -o atelier-quiz.ico atelier-quiz-{16,24,32,48,64}.png -r atelier-quiz-128.png -r atelier-quiz-256.png
ls -l atelier-quiz*
