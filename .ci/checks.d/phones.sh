#!/usr/bin/env bash
# Three phones in headless Chromium against `present --phones --headless` on 127.0.0.1
# (.ci/browser/phones/tests/): join with the code, tap B, B, A, tally B = 2 and A = 1 in the
# app's status and CSV, the reveal on the phones. In CI (ATELIER_CI=1) a missing Chromium,
# node or playwright-core is a failure; elsewhere a skip.
set -euo pipefail
cd "$(dirname "$0")/../.."
missing=""
command -v node >/dev/null || missing="node"
[ -x /usr/bin/chromium ] || missing="$missing /usr/bin/chromium"
[ -d .ci/browser/phones/node_modules/playwright-core ] || missing="$missing playwright-core (npm ci)"
if [ -n "$missing" ]; then
    if [ "${ATELIER_CI:-}" = 1 ]; then echo "phones: missing:$missing" >&2; exit 1; fi
    echo "phones: missing:$missing — skipped"; exit 0
fi
cargo build --locked --quiet
cd .ci/browser/phones
node --test --test-concurrency=1 tests/
