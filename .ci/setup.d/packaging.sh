#!/usr/bin/env bash
# Packaging tools (packaging/build.sh, packaging/linux/smoke.sh, .ci/checks.d/deny.sh).
# Idempotent: installs only what is missing. The two cargo tools compile from crates.io the
# first time (cargo-deny ~N min, cargo-about ~N min on 2 cores, measured in docs/RELEASING.md),
# then are kept in ~/.cargo/bin.
set -euo pipefail
# dpkg-dev: dpkg-shlibdeps. desktop-file-utils, appstream, shared-mime-info, xdg-utils,
# libglib2.0-bin (gio), man-db: the checks of the installed .deb. xvfb, xdotool, x11-utils
# (xprop): starting it. librsvg2-bin, icoutils: packaging/icons.sh (only when editing the icon).
packages=(dpkg-dev desktop-file-utils appstream shared-mime-info xdg-utils libglib2.0-bin
    man-db xvfb xdotool x11-utils librsvg2-bin icoutils)
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
# Pinned versions: a new release of either can change its config format or its verdicts.
install_tool() {
    local tool="$1" version="$2" start=$SECONDS
    if "$tool" --version 2>/dev/null | grep -q " $version\$"; then
        return
    fi
    echo "installing $tool $version (compiles once, a few minutes)"
    nice -n 10 cargo install --locked "$tool" --version "$version"
    echo "$tool installed in $(( SECONDS - start )) s"
}
install_tool cargo-deny "${CARGO_DENY_VERSION:-0.20.2}"
install_tool cargo-about "${CARGO_ABOUT_VERSION:-0.8.4}"
