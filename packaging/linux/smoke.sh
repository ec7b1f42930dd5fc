#!/usr/bin/env bash
# Smoke test of the Linux packages on this machine (as root: it installs system-wide, then
# removes everything it installed):
#   packaging/linux/smoke.sh dist/atelier-quiz_VERSION_ARCH.deb [dist/atelier-quiz-…tar.gz]
# .deb: dpkg -i, the files are where desktops look, desktop-file-validate, appstreamcli
# validate, the file type wins over JSON (xdg-mime, gio), the app is the default for it, the
# man pages (French and English), the installed binary runs its CLI (accented French, exit
# codes) and opens a sample quiz under Xvfb with its window icon and class, then dpkg -r
# leaves nothing behind. Tarball: install.sh into a scratch HOME and --remove.
# Needs what .ci/setup.d/packaging.sh installs. Display: $SMOKE_DISPLAY (default :97).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
deb="$(realpath "$1")"
tarball="${2:+$(realpath "$2")}"
id=io.github.atelierquiz.AtelierQuiz
mime=application/x-atelier-quiz+json
sample="$root/quizzes/naviguer-en-securite.quiz.json"
failures=0
pass() { echo "ok   $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
check() { local what="$1"; shift; if "$@" >/tmp/smoke-out.$$ 2>&1; then pass "$what"; else fail "$what"; sed 's/^/     /' /tmp/smoke-out.$$; fi; }
scratch="$(mktemp -d)"
cleanup() {
    [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true
    dpkg-query -W atelier-quiz >/dev/null 2>&1 && dpkg -r atelier-quiz >/dev/null 2>&1 || true
    rm -rf "$scratch" /tmp/smoke-out.$$
}
trap cleanup EXIT

echo "== install $deb"
if dpkg-query -W -f='${Status}' atelier-quiz 2>/dev/null | grep -q "install ok installed"; then
    echo "atelier-quiz is already installed: remove it first (dpkg -r atelier-quiz)" >&2
    exit 2
fi
check "dpkg -i" dpkg -i "$deb"
check "dependencies satisfied (dpkg --audit)" bash -c '[ -z "$(dpkg --audit atelier-quiz)" ]'
for f in /usr/bin/atelier-quiz /usr/share/applications/$id.desktop \
    /usr/share/metainfo/$id.metainfo.xml /usr/share/mime/packages/$id.xml \
    /usr/share/icons/hicolor/scalable/apps/$id.svg /usr/share/icons/hicolor/16x16/apps/$id.png \
    /usr/share/icons/hicolor/512x512/apps/$id.png \
    /usr/share/icons/hicolor/48x48/mimetypes/application-x-atelier-quiz+json.png \
    /usr/share/man/man1/atelier-quiz.1.gz /usr/share/man/fr/man1/atelier-quiz.1.gz \
    /usr/share/doc/atelier-quiz/copyright /usr/share/doc/atelier-quiz/THIRD-PARTY-LICENSES.html \
    /usr/share/doc/atelier-quiz/LICENSE-MIT /usr/share/doc/atelier-quiz/LICENSE-APACHE \
    /usr/share/doc/atelier-quiz/OFL-AtkinsonHyperlegible.txt; do
    check "installed $f" test -s "$f"
done
check "desktop-file-validate" desktop-file-validate /usr/share/applications/$id.desktop
check "appstreamcli validate --no-net" appstreamcli validate --no-net /usr/share/metainfo/$id.metainfo.xml
check "the MIME database has *.quiz.json → $mime, weight 80" grep -qx "80:$mime:\*.quiz.json" /usr/share/mime/globs2
check "xdg-mime query default $mime = $id.desktop" \
    bash -c "[ \"\$(xdg-mime query default $mime)\" = $id.desktop ]"
cp "$sample" "$scratch/Mon quiz é.quiz.json"
check "gio: a .quiz.json is $mime (GNOME's answer, not application/json)" \
    bash -c "gio info -a standard::content-type \"$scratch/Mon quiz é.quiz.json\" | grep -q 'standard::content-type: $mime'"
check "xdg-mime query filetype (GNOME) = $mime" \
    bash -c "[ \"\$(XDG_CURRENT_DESKTOP=GNOME xdg-mime query filetype \"$scratch/Mon quiz é.quiz.json\")\" = $mime ]"
check "man page (English)" bash -c 'LANG=C man -w atelier-quiz | grep -q "/usr/share/man/man1/atelier-quiz.1.gz"'
check "man page (French: man -L fr)" bash -c 'man -L fr -w atelier-quiz | grep -q "/usr/share/man/fr/man1/atelier-quiz.1.gz"'
check "atelier-quiz --version" bash -c '/usr/bin/atelier-quiz --version | grep -q "^atelier-quiz "'
check "check on a valid quiz: exit 0, accented French" \
    bash -c "LANG=fr_FR.UTF-8 /usr/bin/atelier-quiz --lang fr check \"$scratch/Mon quiz é.quiz.json\" | grep -q 'é'"
printf '{"format": "pas un quiz"' > "$scratch/cassé.quiz.json"
check "check on a broken quiz: exit 1 or 2" \
    bash -c "/usr/bin/atelier-quiz check \"$scratch/cassé.quiz.json\"; code=\$?; [ \$code -eq 1 ] || [ \$code -eq 2 ]"

echo "== start the installed app under Xvfb"
display="${SMOKE_DISPLAY:-:97}"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 2
export DISPLAY="$display"
check "opens a sample quiz and exits after its first frame (exit 0)" \
    timeout 120 /usr/bin/atelier-quiz --exit-after-first-frame "$scratch/Mon quiz é.quiz.json"
HOME="$scratch" /usr/bin/atelier-quiz "$scratch/Mon quiz é.quiz.json" >"$scratch/app.log" 2>&1 &
app=$!
window=""
for _ in $(seq 60); do
    window="$(xdotool search --pid "$app" --onlyvisible 2>/dev/null | head -n1 || true)"
    [ -n "$window" ] && break
    sleep 1
done
if [ -n "$window" ]; then
    pass "window shown"
    sleep 2
    # 32c: numbers, not xprop's picture of the icon (which a non-UTF-8 locale prints empty).
    check "window icon set (_NET_WM_ICON 256 × 256)" \
        bash -c "xprop -id $window -f _NET_WM_ICON 32c _NET_WM_ICON | head -c 200 | grep -q '= 256, 256,'"
    # winit puts the Wayland app id in WM_CLASS's class: the entry's StartupWMClass must match.
    check "window class $id (the desktop entry's StartupWMClass)" \
        bash -c "xprop -id $window WM_CLASS | grep -q '\"$id\"\$' && grep -qx 'StartupWMClass=$id' /usr/share/applications/$id.desktop"
    if command -v import >/dev/null; then
        import -window root "${SMOKE_SHOT:-$scratch/shot.png}" && echo "     screenshot: ${SMOKE_SHOT:-(scratch, set SMOKE_SHOT to keep it)}"
    fi
else
    fail "window shown"; sed 's/^/     /' "$scratch/app.log"
fi
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true

echo "== remove"
check "dpkg -r" dpkg -r atelier-quiz
check "no file left" bash -c "! ls /usr/bin/atelier-quiz /usr/share/applications/$id.desktop /usr/share/mime/packages/$id.xml /usr/share/doc/atelier-quiz /usr/share/icons/hicolor/*/apps/$id.* 2>/dev/null | grep -q ."
check "the file type is gone from the MIME database" bash -c "! grep -q '$mime' /usr/share/mime/globs2"
check "no default application left" bash -c "[ -z \"\$(xdg-mime query default $mime)\" ]"

if [ -n "$tarball" ]; then
    echo "== tarball $tarball"
    mkdir -p "$scratch/home" "$scratch/x"
    tar -xzf "$tarball" -C "$scratch/x"
    dir="$(echo "$scratch"/x/*)"
    for f in atelier-quiz install.sh README.md LICENSE-MIT LICENSE-APACHE OFL-AtkinsonHyperlegible.txt THIRD-PARTY-LICENSES.html share/$id.desktop share/icons/atelier-quiz.svg; do
        check "tarball has $f" test -s "$dir/$f"
    done
    check "install.sh (per user)" env HOME="$scratch/home" XDG_DATA_HOME= XDG_BIN_HOME= sh "$dir/install.sh"
    check "installed desktop entry validates" desktop-file-validate "$scratch/home/.local/share/applications/$id.desktop"
    check "per-user binary runs" "$scratch/home/.local/bin/atelier-quiz" --version
    check "install.sh --remove" env HOME="$scratch/home" XDG_DATA_HOME= XDG_BIN_HOME= sh "$dir/install.sh" --remove
    check "nothing left but caches" bash -c "[ -z \"\$(find '$scratch/home' -type f ! -path '*/mime/*' ! -name 'mimeinfo.cache' ! -name 'icon-theme.cache')\" ]"
fi

echo "== $failures failure(s)"
[ "$failures" -eq 0 ]
