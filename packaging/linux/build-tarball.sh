#!/usr/bin/env bash
# Builds dist/atelier-quiz-VERSION-linux-ARCH.tar.gz, the portable archive for distributions
# without .deb: the binary, licences, README, icons, the desktop entry and the file type,
# plus install.sh that puts them in ~/.local for one user (no root needed).
#   packaging/linux/build-tarball.sh BINARY THIRD_PARTY_LICENSES OUT_DIR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="$1" third_party="$2" out="$3"
id=io.github.atelierquiz.AtelierQuiz
version="$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/Cargo.toml" | head -n1)"
name="atelier-quiz-$version-linux-$(uname -m)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
d="$stage/$name"
install -Dm755 "$bin" "$d/atelier-quiz"
install -Dm755 "$here/install.sh" "$d/install.sh"
install -Dm644 "$here/$id.desktop" "$d/share/$id.desktop"
install -Dm644 "$here/$id.mime.xml" "$d/share/$id.xml"
install -Dm644 "$here/$id.metainfo.xml" "$d/share/$id.metainfo.xml"
install -Dm644 "$root/assets/icons/atelier-quiz.svg" "$d/share/icons/atelier-quiz.svg"
for s in 16 24 32 48 64 128 256 512; do
    install -Dm644 "$root/assets/icons/atelier-quiz-$s.png" "$d/share/icons/atelier-quiz-$s.png"
done
install -Dm644 "$root/README.md" "$d/README.md"
install -Dm644 "$root/CHANGELOG.md" "$d/CHANGELOG.md"
install -Dm644 "$root/LICENSE-MIT" "$d/LICENSE-MIT"
install -Dm644 "$root/LICENSE-APACHE" "$d/LICENSE-APACHE"
install -Dm644 "$root/assets/fonts/OFL.txt" "$d/OFL-AtkinsonHyperlegible.txt"
install -Dm644 "$third_party" "$d/THIRD-PARTY-LICENSES.html"
mkdir -p "$out"
tarball="$out/$name.tar.gz"
# Reproducible: sorted names, fixed owner and time.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='2026-01-01 00:00Z' \
    -C "$stage" -cf - "$name" | gzip -9n > "$tarball"
echo "$tarball"
