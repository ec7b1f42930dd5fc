#!/usr/bin/env bash
# Every crate compiled into the shipped binaries (Linux and Windows) has a licence in
# deny.toml's list, comes from crates.io, and no version requirement is a wildcard.
# Known vulnerabilities (`advisories`) need the RustSec database, a git repository that CI
# cannot fetch (only package registries are reachable): see docs/RELEASING.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$SECONDS
cargo deny --locked check licenses bans sources
if [ -n "${ATELIER_ADVISORIES:-}" ]; then
    # On a machine with access to the advisory database (a release machine).
    cargo deny --locked check advisories
fi
echo "cargo deny: $(( SECONDS - start )) s"
