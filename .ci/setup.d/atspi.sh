#!/usr/bin/env bash
# Screen-reader harness (.ci/checks.d/atspi.sh): X server, window manager, session bus, the
# accessibility bus and Debian's own Python bindings of the AT-SPI client library.
set -euo pipefail
packages=(xvfb openbox dbus dbus-x11 at-spi2-core python3-pyatspi gir1.2-atspi-2.0 xdotool x11-utils)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=600 update -qq || true
    apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "${missing[@]}"
fi
