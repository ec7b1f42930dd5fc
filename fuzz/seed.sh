#!/usr/bin/env bash
# Seeds the fuzz corpora with the sample quizzes, the malformed corpus and small images.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/load corpus/prepare_image
cp ../quizzes/*.quiz.json ../tests/data/invalid/*.quiz.json corpus/load/
cp ../quizzes/images/*.png corpus/prepare_image/ 2>/dev/null || true
[ -d ../tests/data/fuzz-regressions ] && cp ../tests/data/fuzz-regressions/* corpus/load/ 2>/dev/null || true
echo "corpora seeded: $(ls corpus/load | wc -l) quiz files, $(ls corpus/prepare_image | wc -l) images"
