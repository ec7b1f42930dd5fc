#!/usr/bin/env bash
# Outside judges of the interchange tests (tests/suite/interchange_judges.rs): an independent GIFT
# parser (npm gift-pegjs, pinned by .ci/judges/gift/package-lock.json) and a strict XML
# parser (xmllint, Debian's libxml2-utils). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
packages=()
command -v xmllint >/dev/null || packages+=(libxml2-utils)
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)
if [ ${#packages[@]} -gt 0 ]; then
    echo "installing: ${packages[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=600 update -qq || true
    apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "${packages[@]}"
fi
if [ ! -d .ci/judges/gift/node_modules/gift-pegjs ]; then
    (cd .ci/judges/gift && npm ci --no-audit --no-fund)
fi
