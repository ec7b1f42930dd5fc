#!/usr/bin/env bash
# Real-browser tests of the exported web page (.ci/checks.d/browser.sh): Debian's own Chromium
# (never a browser downloaded by a test tool), and the harness's npm packages pinned by
# .ci/browser/package-lock.json (playwright-core: drives Chromium over the DevTools protocol;
# axe-core: the accessibility rules). Idempotent: apt only for what is missing, `npm ci` only
# when node_modules is older than the lock file.
set -euo pipefail
cd "$(dirname "$0")/../.."
packages=(chromium chromium-driver fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node and npm: the machine's own when present (a nodesource build carries npm), Debian's otherwise.
command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=600 update -qq || true
    apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "${missing[@]}"
fi
cd .ci/browser
stamp=node_modules/.package-lock.json
if [ ! -e "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
    # playwright-core has no install script that fetches a browser; the variable says so twice.
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --ignore-scripts
fi
