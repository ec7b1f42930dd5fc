#!/usr/bin/env bash
# The app read by a real AT-SPI client (what Orca sees): names, values, roles, Tab order,
# announcements. Uses the debug binary `cargo test` just built. See docs/ACCESSIBILITY.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$SECONDS
[ -x target/debug/atelier-quiz ] || cargo build --locked --bin atelier-quiz
timeout 300 bash .ci/atspi/run.sh target/debug/atelier-quiz quizzes/naviguer-en-securite.quiz.json
echo "screen-reader harness: $(( SECONDS - start )) s"
