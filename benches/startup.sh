#!/usr/bin/env bash
# Time from process start to first painted frame: Atelier Quiz vs a bare eframe window with
# the same features (examples/hello), in the same run. Needs an X display (starts Xvfb if
# none) and hyperfine (Debian package `hyperfine`).
#   bash benches/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --bin atelier-quiz --example hello
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :77 -screen 0 1920x1080x24 >/dev/null 2>&1 &
  XVFB=$!
  trap 'kill $XVFB' EXIT
  export DISPLAY=:77
  sleep 1
fi
# An empty config folder, so the app opens its bundled sample rather than a recent file.
export XDG_CONFIG_HOME="$(mktemp -d)" XDG_DATA_HOME="$(mktemp -d)"
hyperfine --warmup 3 --runs 20 \
  'target/release/examples/hello' \
  'target/release/atelier-quiz --exit-after-first-frame'
