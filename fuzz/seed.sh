#!/usr/bin/env bash
# Seeds the fuzz corpora with the sample quizzes, the malformed corpus, small images and the
# interchange samples (GIFT, Aiken, Moodle XML; Kahoot and H5P files when there are some).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/load corpus/prepare_image corpus/gift corpus/aiken corpus/moodle_xml
cp ../quizzes/*.quiz.json ../tests/data/invalid/*.quiz.json corpus/load/
cp ../quizzes/images/*.png corpus/prepare_image/ 2>/dev/null || true
[ -d ../tests/data/fuzz-regressions ] && cp ../tests/data/fuzz-regressions/*.quiz.json corpus/load/ 2>/dev/null || true
data=../tests/data/interchange
# Every text sample feeds the three text importers: a GIFT file is a good start for the Aiken
# reader too (and the other way round), and the regressions of each are kept in its corpus.
for target in gift aiken moodle_xml; do
    cp "$data"/*.gift "$data"/*.txt "$data"/*.xml corpus/$target/ 2>/dev/null || true
    cp ../tests/data/fuzz-regressions/interchange/$target-* corpus/$target/ 2>/dev/null || true
done
for target in kahoot h5p; do
    [ -f fuzz_targets/$target.rs ] || continue
    mkdir -p corpus/$target
    ext=$([ $target = kahoot ] && echo xlsx || echo h5p)
    find .. -path ../target -prune -o -path ./target -prune -o -name "*.$ext" -print \
        | grep -v '/fuzz/corpus/' | xargs -r cp -t corpus/$target/
    cp ../tests/data/fuzz-regressions/interchange/$target-* corpus/$target/ 2>/dev/null || true
done
for d in corpus/*/; do echo "corpus $(basename "$d"): $(ls "$d" | wc -l) files"; done
