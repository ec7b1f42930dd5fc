#!/usr/bin/env bash
# Peak memory of opening the workshop-scale quiz (1,500 questions, 100 images) and presenting
# 20 questions, measured with /usr/bin/time -v while xdotool presses the keys a clicker would.
# Needs Xvfb, openbox, xdotool and GNU time (Debian: xvfb openbox xdotool time).
#   bash benches/memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --bin atelier-quiz --example make_big_quiz
work="$(mktemp -d)"
quiz="$work/big.quiz.json"
target/release/examples/make_big_quiz "$quiz"

if [ -z "${DISPLAY:-}" ]; then
  Xvfb :78 -screen 0 1920x1080x24 >/dev/null 2>&1 &
  XVFB=$!
  export DISPLAY=:78
  sleep 1
  openbox >/dev/null 2>&1 &
  WM=$!
  trap 'kill $XVFB $WM 2>/dev/null || true' EXIT
  sleep 1
fi
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"

/usr/bin/time -v target/release/atelier-quiz present "$quiz" 2> "$work/time.txt" &
APP=$!
for _ in $(seq 60); do
  WIN=$(xdotool search --name "Atelier Quiz" 2>/dev/null | head -1 || true)
  [ -n "$WIN" ] && break
  sleep 0.5
done
sleep 2
xdotool key --window "$WIN" Return      # start screen: "Commencer"
sleep 0.5
presses=0
# Title, then prompt / answers / reveal / explanation for each of 20 questions.
for _ in $(seq 81); do
  xdotool key --window "$WIN" Right
  presses=$((presses + 1))
  sleep 0.15
done
sleep 1
xdotool key --window "$WIN" Escape      # back to the editor
sleep 1
xdotool key --window "$WIN" ctrl+q      # quit (nothing to save)
wait $APP || true
echo "key presses: $presses"
grep -E "Maximum resident set size|Elapsed \(wall clock\)" "$work/time.txt"
du -h "$quiz"
