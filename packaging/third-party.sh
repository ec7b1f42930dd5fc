#!/usr/bin/env bash
# Writes the third-party licence report of every crate compiled into the shipped binaries
# (Linux and Windows) to $1 (e.g. dist/THIRD-PARTY-LICENSES.html), with cargo-about, offline:
# the licence texts are read from the crates' own sources in the cargo registry cache.
# A crate whose licence is not in packaging/about.toml's list fails the build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$1"
command -v cargo-about >/dev/null || {
    echo "cargo-about missing: cargo install --locked cargo-about (.ci/setup.d/packaging.sh)" >&2
    exit 2
}
mkdir -p "$(dirname "$out")"
cd "$root"
cargo about generate --locked --fail -c packaging/about.toml -o "$out" packaging/about.hbs
