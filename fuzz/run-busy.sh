#!/usr/bin/env bash
# Fuzzing on a busy shared machine without a full `cargo fuzz` build: the targets are built
# with plain `cargo build` in the main target directory (dev profile, our crate at opt-level 2
# with debug assertions), libFuzzer's coverage flags added by fuzz/rustc-cov-wrapper.sh to our
# crate and the targets only, so every dependency comes from the warm debug build. No
# AddressSanitizer (the code is safe Rust: panics, hangs and OOM are what we look for).
#
#   bash fuzz/run-busy.sh TARGET [SECONDS]     (one target at a time; default 600 s)
set -euo pipefail
cd "$(dirname "$0")"
target="$1"; seconds="${2:-600}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$(cd .. && pwd)/target}"
export RUSTC_WRAPPER="$PWD/rustc-cov-wrapper.sh"
export FUZZ_CRATES="atelier_quiz $target"
export FUZZ_FLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares -Cllvm-args=-sanitizer-coverage-stack-depth \
--cfg fuzzing"
nice -n 10 cargo build --bin "$target"
mkdir -p "corpus/$target" "artifacts/$target"
nice -n 15 "$CARGO_TARGET_DIR/debug/$target" "corpus/$target" -max_total_time="$seconds" \
    -rss_limit_mb=2048 -timeout=10 -artifact_prefix="artifacts/$target/"
