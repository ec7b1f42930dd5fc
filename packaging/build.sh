#!/usr/bin/env bash
# Builds the release artifacts into dist/, their names carrying the version, then prints their
# sizes and SHA-256 (also written to dist/SHA256SUMS).
#   packaging/build.sh [windows|deb|tarball|linux|all]     (default: all)
# Linux parts: one release build of the binary (reused by the .deb and the tarball), the
# third-party licence report (cargo-about), the man pages (examples/man_page.rs). The Windows
# part is packaging/windows/build.sh (cross build, NSIS installer, portable zip).
# Tools: .ci/setup.d/packaging.sh installs them. Honours CARGO_TARGET_DIR.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
what="${1:-all}"
dist="$root/dist"
version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)"
mkdir -p "$dist"
start=$SECONDS

build_linux_binary() {
    local target="${CARGO_TARGET_DIR:-$root/target}"
    echo "== release build (linux)" >&2
    nice -n 10 cargo build --release --locked --bin atelier-quiz >&2
    bin="$target/release/atelier-quiz"
}

case "$what" in
    windows|deb|tarball|linux|all) ;;
    *) echo "usage: $0 [windows|deb|tarball|linux|all]" >&2; exit 2 ;;
esac
# Shipped by every package (the Windows script picks it up from dist/ too).
third_party="$dist/THIRD-PARTY-LICENSES.html"
echo "== third-party licences" >&2
bash packaging/third-party.sh "$third_party" >&2
if [ "$what" != windows ]; then
    build_linux_binary
    if [ "$what" = deb ] || [ "$what" = linux ] || [ "$what" = all ]; then
        echo "== .deb" >&2
        bash packaging/linux/build-deb.sh "$bin" "$third_party" "$dist" >/dev/null
    fi
    if [ "$what" = tarball ] || [ "$what" = linux ] || [ "$what" = all ]; then
        echo "== .tar.gz" >&2
        bash packaging/linux/build-tarball.sh "$bin" "$third_party" "$dist" >/dev/null
    fi
fi
if [ "$what" = windows ] || [ "$what" = all ]; then
    if [ -f packaging/windows/build.sh ]; then
        echo "== windows" >&2
        bash packaging/windows/build.sh
    else
        echo "packaging/windows/build.sh is missing: no Windows artifacts" >&2
        [ "$what" = windows ] && exit 1
    fi
fi

echo "== artifacts of version $version ($(( SECONDS - start )) s)"
(
    cd "$dist"
    shopt -s nullglob
    files=(*"$version"*.deb *"$version"*.tar.gz *"$version"*.exe *"$version"*.zip)
    [ ${#files[@]} -gt 0 ] || { echo "no artifacts"; exit 1; }
    sha256sum "${files[@]}" > SHA256SUMS
    for f in "${files[@]}"; do
        printf '%-48s %8s  %s\n' "$f" "$(du -h "$f" | cut -f1)" "$(sha256sum "$f" | cut -d' ' -f1)"
    done
)
