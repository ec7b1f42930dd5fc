#!/usr/bin/env bash
# Writes the third-party licence report of every crate compiled into the shipped binaries
# (Linux and Windows) to $1 (e.g. dist/THIRD-PARTY-LICENSES.html), with cargo-about, offline:
# the licence texts are read from the crates' own sources in the cargo registry cache.
# A crate whose licence is not in packaging/about.toml's list fails the build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$1"
about_version="${CARGO_ABOUT_VERSION:-0.9.3}"
if ! cargo-about --version 2>/dev/null | grep -q " $about_version\$"; then
    # No binary on a registry we reach: compiled once, then kept in ~/.cargo/bin.
    nice -n "${NICE:-10}" cargo install --locked --features cli cargo-about --version "$about_version"
fi
mkdir -p "$(dirname "$out")"
cd "$root"
cargo about generate --locked --offline --fail -c packaging/about.toml -o "$out" packaging/about.hbs
