#!/bin/sh
# Installs Atelier Quiz from this folder for the current user only (no root needed):
# ~/.local/bin/atelier-quiz, the menu entry, the icon and the .quiz.json file type.
#   ./install.sh            install (or update)
#   ./install.sh --remove   uninstall
# Installe Atelier Quiz pour l'utilisateur courant (sans droits d'administrateur) ;
# « ./install.sh --remove » le désinstalle.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
id=io.github.atelierquiz.AtelierQuiz
bin="${XDG_BIN_HOME:-$HOME/.local/bin}"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
files="$bin/atelier-quiz $data/applications/$id.desktop $data/mime/packages/$id.xml $data/metainfo/$id.metainfo.xml $data/icons/hicolor/scalable/apps/$id.svg"
for s in 16 24 32 48 64 128 256 512; do
    files="$files $data/icons/hicolor/${s}x$s/apps/$id.png"
done
refresh() {
    command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
    command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}
if [ "${1:-}" = "--remove" ]; then
    rm -f $files
    refresh
    echo "Atelier Quiz désinstallé / uninstalled."
    exit 0
fi
mkdir -p "$bin" "$data/applications" "$data/mime/packages" "$data/metainfo" "$data/icons/hicolor/scalable/apps"
cp "$here/atelier-quiz" "$bin/atelier-quiz"
# The menu entry starts the binary by its full path: ~/.local/bin is not always on PATH.
sed "s|^Exec=atelier-quiz|Exec=$bin/atelier-quiz|; s|^TryExec=atelier-quiz|TryExec=$bin/atelier-quiz|" \
    "$here/share/$id.desktop" > "$data/applications/$id.desktop"
cp "$here/share/$id.xml" "$data/mime/packages/$id.xml"
cp "$here/share/$id.metainfo.xml" "$data/metainfo/$id.metainfo.xml"
cp "$here/share/icons/atelier-quiz.svg" "$data/icons/hicolor/scalable/apps/$id.svg"
for s in 16 24 32 48 64 128 256 512; do
    mkdir -p "$data/icons/hicolor/${s}x$s/apps"
    cp "$here/share/icons/atelier-quiz-$s.png" "$data/icons/hicolor/${s}x$s/apps/$id.png"
done
refresh
echo "Atelier Quiz installé : $bin/atelier-quiz (menu Éducation)."
echo "Atelier Quiz installed: $bin/atelier-quiz (Education menu)."
