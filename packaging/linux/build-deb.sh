#!/usr/bin/env bash
# Builds dist/atelier-quiz_VERSION_ARCH.deb from a staging directory with dpkg-deb.
#   packaging/linux/build-deb.sh BINARY THIRD_PARTY_LICENSES OUT_DIR
# Why dpkg-deb and not cargo-deb: dpkg-deb is on every Debian/Ubuntu machine (no tool to
# compile in CI), the staging tree is plain files we can inspect, and the tarball reuses the
# same layout. Runtime Depends: dpkg-shlibdeps for what the binary links (libc, libgcc), plus
# the libraries winit/glutin open at run time with dlopen, which no tool can see, listed in
# DLOPENED below from the libraries those crates name (to be confirmed by the LD_DEBUG
# measurement in docs/RELEASING.md once a release binary is at hand: not done yet).
# No maintainer scripts: dpkg's triggers of shared-mime-info, desktop-file-utils, the hicolor
# icon cache and man-db refresh their caches on install and removal.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="$1" third_party="$2" out="$3"
id=io.github.atelierquiz.AtelierQuiz
version="$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/Cargo.toml" | head -n1)"
arch="$(dpkg --print-architecture)"
# OpenGL (glutin: EGL first, then GLX), X11 and its extensions, keyboard maps, Wayland.
DLOPENED="libgl1, libegl1, libx11-6, libx11-xcb1, libxcursor1, libxrandr2, libxi6, libxkbcommon0, libxkbcommon-x11-0, libwayland-client0, libwayland-cursor0, libwayland-egl1"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
pkg="$stage/pkg"
install -Dm755 "$bin" "$pkg/usr/bin/atelier-quiz"
install -Dm644 "$here/$id.desktop" "$pkg/usr/share/applications/$id.desktop"
install -Dm644 "$here/$id.metainfo.xml" "$pkg/usr/share/metainfo/$id.metainfo.xml"
install -Dm644 "$here/$id.mime.xml" "$pkg/usr/share/mime/packages/$id.xml"
icons="$root/assets/icons"
mime_icon=application-x-atelier-quiz+json
for kind in apps mimetypes; do
    name=$id
    [ "$kind" = mimetypes ] && name=$mime_icon
    install -Dm644 "$icons/atelier-quiz.svg" "$pkg/usr/share/icons/hicolor/scalable/$kind/$name.svg"
    for s in 16 24 32 48 64 128 256 512; do
        install -Dm644 "$icons/atelier-quiz-$s.png" "$pkg/usr/share/icons/hicolor/${s}x$s/$kind/$name.png"
    done
done
man="$stage/man"
(cd "$root" && cargo run --quiet --locked --example man_page -- "$man")
for page in "$man"/man1/*.1 "$man"/fr/man1/*.1; do
    rel="${page#"$man"/}"
    install -Dm644 "$page" "$pkg/usr/share/man/$rel"
    gzip -9n "$pkg/usr/share/man/$rel"
done
doc="$pkg/usr/share/doc/atelier-quiz"
install -Dm644 "$here/copyright" "$doc/copyright"
install -Dm644 "$root/LICENSE-MIT" "$doc/LICENSE-MIT"
install -Dm644 "$root/LICENSE-APACHE" "$doc/LICENSE-APACHE"
install -Dm644 "$root/assets/fonts/OFL.txt" "$doc/OFL-AtkinsonHyperlegible.txt"
install -Dm644 "$third_party" "$doc/THIRD-PARTY-LICENSES.html"
install -Dm644 "$root/README.md" "$doc/README.md"
gzip -9nc "$root/CHANGELOG.md" > "$doc/changelog.gz"

# Libraries the binary links: dpkg-shlibdeps reads debian/control, so give it a minimal one.
mkdir -p "$stage/debian"
printf 'Source: atelier-quiz\n\nPackage: atelier-quiz\nArchitecture: any\n' > "$stage/debian/control"
linked="$(cd "$stage" && dpkg-shlibdeps -O "$pkg/usr/bin/atelier-quiz" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')"

mkdir -p "$pkg/DEBIAN"
cat > "$pkg/DEBIAN/control" <<CONTROL
Package: atelier-quiz
Version: $version
Architecture: $arch
Maintainer: The Atelier Quiz contributors <atelier-quiz@users.noreply.invalid>
Installed-Size: $(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
Depends: ${linked:+$linked, }$DLOPENED
Recommends: xdg-desktop-portal-gtk | xdg-desktop-portal-kde | zenity
Section: education
Priority: optional
Homepage: https://github.com/atelierquiz/atelier-quiz
Description: create and present quizzes for digital skills workshops
 Atelier Quiz helps digital inclusion advisors write quizzes organised by
 level, present them full screen on a projector and share them as a single
 .quiz.json file with images and credited sources. Offline and anonymous.
 .
 Atelier Quiz aide les conseillères et conseillers numériques à créer,
 partager et animer des quiz pendant les ateliers collectifs.
CONTROL
mkdir -p "$out"
deb="$out/atelier-quiz_${version}_$arch.deb"
# CI smoke builds set DEB_COMPRESSION=gzip: a debug binary takes a minute to xz on 2 cores.
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-xz}" --build "$pkg" "$deb" >/dev/null
echo "$deb"
