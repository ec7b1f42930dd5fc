#!/usr/bin/env bash
# Our GIFT import against gift-pegjs (npm, the independent parser of the judges) on the same
# 1,500-question file, in one run: each is timed in-process (file already in memory, one
# warm-up parse, process start-up not counted) and gives the median of N parses.
#
#   bash benches/gift_vs_pegjs.sh [N]        (default N = 30)
#
# Needs node and .ci/judges/gift/node_modules (bash .ci/setup.d/interchange.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-30}"
if [ ! -d .ci/judges/gift/node_modules/gift-pegjs ]; then
    echo "gift-pegjs missing: run bash .ci/setup.d/interchange.sh" >&2
    exit 2
fi
cargo build --quiet --release --example gift_parse_median
bin="${CARGO_TARGET_DIR:-target}/release/examples/gift_parse_median"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
"$bin" write "$dir/bank.gift"
echo "file: $(wc -c <"$dir/bank.gift") bytes, N = $n"
read -r ours_q ours_ms < <("$bin" parse "$dir/bank.gift" "$n")
read -r peg_q peg_ms < <(node benches/gift_pegjs_median.js "$dir/bank.gift" "$n")
echo "atelier-quiz gift::import: $ours_q questions, median $ours_ms ms"
echo "gift-pegjs parse:          $peg_q questions, median $peg_ms ms"
if [ "$ours_q" != "$peg_q" ]; then
    echo "the two parsers disagree on the number of questions" >&2
    exit 1
fi
awk -v a="$peg_ms" -v b="$ours_ms" 'BEGIN { printf "ratio gift-pegjs / ours: %.1f×\n", a / b }'
