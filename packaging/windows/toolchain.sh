#!/usr/bin/env bash
# Windows cross toolchain for packaging/windows/build.sh, idempotent.
#
# Why this way: rustup cannot add targets on these machines, and Debian's own `rustc` is too
# old for the crate's rust-version. Debian 12 ships a recent compiler for Firefox/Chromium
# builds (`rustc-web`, 1.96 today) together with the std sources (`rust-web-src`): those let
# cargo's `-Zbuild-std` compile std for x86_64-pc-windows-gnu. The packages are fetched with
# `apt-get download` and unpacked with `dpkg -x` into `.toolchain/` (gitignored) — nothing is
# installed system-wide except the mingw-w64 cross gcc/binutils (linker, `windres`, `objdump`,
# `strip`) and NSIS, which Debian ships as ordinary packages.
#
# Prints nothing but progress; `source <(packaging/windows/toolchain.sh --env)` exports the
# variables build.sh uses.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tc="$root/.toolchain/rust-web"
debs="$root/.toolchain/debs"

# Compiler, cargo, std sources, and the runtime libraries rustc/cargo link to that the
# machine may lack (libgit2-1.5 is cargo's; it needs mbedTLS and http-parser).
rust_pkgs=(rustc-web cargo-web rust-web-src libstd-rust-web-dev libstd-rust-web-1.96
    libllvm22 libgit2-1.5 libmbedtls14 libmbedx509-1 libmbedcrypto7 libhttp-parser2.9)
# Installed the ordinary way: the cross linker and resource compiler, NSIS, Wine + Xvfb for
# the smoke test (packaging/windows/smoke.sh).
system_pkgs=(gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 nsis zip xvfb openbox wine wine64 imagemagick
    x11-utils locales)

print_env() {
    local libs="$tc/usr/lib/x86_64-linux-gnu:$tc/usr/lib/x86_64-linux-gnu/rustlib/x86_64-unknown-linux-gnu/lib:$tc/usr/lib"
    cat <<ENV
export PATH="$tc/usr/bin:\$PATH"
export LD_LIBRARY_PATH="$libs\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}"
export RUSTC="$tc/usr/bin/rustc"
export CARGO="$tc/usr/bin/cargo"
export __CARGO_TESTS_ONLY_SRC_ROOT="$(ls -d "$tc"/usr/src/rustc-*/library 2>/dev/null | head -n1)"
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
export CC_x86_64_pc_windows_gnu=x86_64-w64-mingw32-gcc
export AR_x86_64_pc_windows_gnu=x86_64-w64-mingw32-ar
export WINDRES=x86_64-w64-mingw32-windres
ENV
}

if [ "${1:-}" = "--env" ]; then
    print_env
    exit 0
fi

missing=()
for p in "${system_pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=600 update -qq || true
    apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "${missing[@]}"
fi

# The smoke test runs Wine in fr_FR.UTF-8: Wine takes the Windows display language (French
# messages) and the file-name encoding from the Unix locale. Without that locale generated,
# Wine falls back to ASCII and every path with an accent is "Fichier introuvable".
if ! locale -a 2>/dev/null | grep -qix 'fr_FR.utf8'; then
    sed -i 's/^# *fr_FR.UTF-8 UTF-8/fr_FR.UTF-8 UTF-8/' /etc/locale.gen
    grep -q '^fr_FR.UTF-8 UTF-8' /etc/locale.gen || echo 'fr_FR.UTF-8 UTF-8' >>/etc/locale.gen
    locale-gen
fi

if [ ! -x "$tc/usr/bin/rustc" ] || [ ! -f "$tc/.complete" ]; then
    mkdir -p "$debs" "$tc"
    (
        cd "$debs"
        for p in "${rust_pkgs[@]}"; do
            ls "${p}"_*.deb >/dev/null 2>&1 || apt-get download "$p" ||
                { apt-get update -qq && apt-get download "$p"; }
        done
    )
    for deb in "$debs"/*.deb; do
        echo "unpacking $(basename "$deb")"
        dpkg -x "$deb" "$tc"
    done
    touch "$tc/.complete"
fi

eval "$(print_env)"
"$RUSTC" --version
"$CARGO" --version
[ -d "$__CARGO_TESTS_ONLY_SRC_ROOT" ] || { echo "std sources not found under $tc/usr/src" >&2; exit 1; }
echo "std sources: $__CARGO_TESTS_ONLY_SRC_ROOT"
