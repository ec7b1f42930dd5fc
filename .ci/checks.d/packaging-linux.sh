#!/usr/bin/env bash
# The Linux packages, built and smoke-tested in every CI run (packaging/linux/, RELEASING.md):
# the .deb and the tarball made around the debug binary that `cargo test` already built (no
# release build: that is 10–30 min here), installed and checked on this machine (smoke.sh:
# desktop entry, MIME type, AppStream, man pages, window icon and class, removal), then
# installed with apt in a clean debootstrap'd Debian 12 with nothing but its Depends, where
# it must start and paint a frame (chroot-smoke.sh: catches a missing runtime dependency
# that this machine's -dev packages would hide). Measured: about 4 min, most of it
# debootstrap on a cold machine (docs/RELEASING.md).
# The third-party licence report needs cargo-about (10 min to compile): a release build
# makes the real one (packaging/build.sh); this run ships a stand-in of the same name, and
# licences are checked by cargo deny (deny.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$SECONDS
work="target/ci-packaging"
rm -rf "$work"
mkdir -p "$work"
bin="target/debug/atelier-quiz"
[ -x "$bin" ] || cargo build --locked --bin atelier-quiz
# The symbols would make a 170 MB package; the smoke test checks integration, not backtraces.
strip -o "$work/atelier-quiz" "$bin"
printf '<!doctype html><title>CI build</title><p>CI smoke build: report not generated.</p>\n' \
    >"$work/THIRD-PARTY-LICENSES.html"
deb="$(DEB_COMPRESSION=gzip bash packaging/linux/build-deb.sh "$work/atelier-quiz" "$work/THIRD-PARTY-LICENSES.html" "$work")"
tarball="$(bash packaging/linux/build-tarball.sh "$work/atelier-quiz" "$work/THIRD-PARTY-LICENSES.html" "$work")"
echo "built $(basename "$deb"), $(basename "$tarball") in $(( SECONDS - start )) s"
SMOKE_DISPLAY="${SMOKE_DISPLAY:-:97}" bash packaging/linux/smoke.sh "$deb" "$tarball"
echo "smoke.sh done at $(( SECONDS - start )) s"
SMOKE_DISPLAY="${SMOKE_DISPLAY:-:97}" bash packaging/linux/chroot-smoke.sh "$deb" "${CHROOT_DIR:-target/chroot-bookworm}"
echo "Linux packaging checks: $(( SECONDS - start )) s"
