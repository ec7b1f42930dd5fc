#!/usr/bin/env bash
# Real-browser tests (.ci/browser/tests/): the web page and the SCORM package exported by the
# real binary, in Debian's headless Chromium driven by playwright-core, with axe-core.
# Installed by .ci/setup.d/browser.sh. Fails on any failing test; in CI (ATELIER_CI=1) a
# missing Chromium or node is a failure too, elsewhere a skip.
set -euo pipefail
cd "$(dirname "$0")/../.."
missing=""
command -v node >/dev/null || missing="node"
[ -x /usr/bin/chromium ] || missing="$missing /usr/bin/chromium"
[ -d .ci/browser/node_modules/playwright-core ] || missing="$missing playwright-core (npm ci)"
if [ -n "$missing" ]; then
    if [ "${ATELIER_CI:-}" = 1 ]; then echo "browser: missing:$missing" >&2; exit 1; fi
    echo "browser: missing:$missing — skipped"; exit 0
fi
# The binary the tests export with (already built by `cargo test`; a no-op then).
cargo build --locked --quiet
cd .ci/browser
# The summary node prints ("# pass N", "# fail N") is the closing line CI reads.
ATELIER_CI="${ATELIER_CI:-}" node --test --test-concurrency=1 tests/
