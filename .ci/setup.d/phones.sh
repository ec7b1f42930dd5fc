#!/usr/bin/env bash
# The phone page's real-browser test (.ci/checks.d/phones.sh): Debian's chromium and
# playwright-core (npm ci from the lock file; it never downloads a browser). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -x /usr/bin/chromium ]; then
    echo "installing: chromium"
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=600 update -qq || true
    apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends chromium
fi
if command -v npm >/dev/null && [ ! -d .ci/browser/phones/node_modules/playwright-core ]; then
    (cd .ci/browser/phones && npm ci --no-audit --no-fund)
fi
