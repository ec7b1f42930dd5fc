#!/usr/bin/env bash
# Smoke test of the Windows installer and exe under Wine, in a throw-away prefix, on an X
# server (Xvfb). Run after packaging/windows/build.sh:
#
#   packaging/windows/smoke.sh          # display :108 unless SMOKE_DISPLAY is set
#
# What it checks (each line prints "ok: …" or the script stops non-zero):
#   1. the installer runs silently (/S) without administrator rights and puts the exes, the
#      Start-menu shortcut, the file type (ProgID, icon, "Quiz Atelier Quiz"), the .json
#      "Ouvrir avec" entry and the uninstall entry in place (per user: HKCU only);
#   2. the installed GUI exe opens a sample quiz from a folder with accents and spaces and
#      quits after its first frame (--exit-after-first-frame) with exit code 0;
#   3. `atelier-quiz-cli.exe check` prints accented French intact (UTF-8) and returns
#      0 (valid quiz), 1 (quiz with errors), 2 (unreadable file);
#   4. saving over a file another program holds open (no delete sharing) succeeds once it is
#      released (storage retries), and fails cleanly, old file intact, when it is not;
#   5. a screenshot of the window (target-win/smoke/window.png) — look at it;
#   6. the silent uninstaller removes the program, the shortcut and the registry entries.
#
# Wine 8.0 (Debian 12) lacks ProcessPrng, which Rust's std needs: a stand-in DLL
# (wine/processprng_shim.c) is built into this test prefix only. It is never shipped.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
version="$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/Cargo.toml" | head -n1)"
setup="$root/dist/atelier-quiz-$version-windows-x86_64-setup.exe"
[ -f "$setup" ] || { echo "missing $setup: run packaging/windows/build.sh first" >&2; exit 1; }
for tool in wine wineserver xwininfo import x86_64-w64-mingw32-gcc; do
    command -v "$tool" >/dev/null || { echo "missing $tool: run packaging/windows/toolchain.sh" >&2; exit 1; }
done

work="${SMOKE_DIR:-$root/target-win/smoke}"
rm -rf "$work"
mkdir -p "$work"
export WINEPREFIX="$work/prefix" WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=;bcryptprimitives=n,b"
export DISPLAY="${SMOKE_DISPLAY:-:108}"
# French system: the CLI's messages are checked in French.
export LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8

pids=()
cleanup() {
    wineserver -k 2>/dev/null || true
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
if ! xdpyinfo >/dev/null 2>&1; then
    Xvfb "$DISPLAY" -screen 0 1920x1080x24 >"$work/xvfb.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.2; done
    if command -v openbox >/dev/null; then openbox >"$work/openbox.log" 2>&1 & pids+=($!); fi
fi

ok() { echo "ok: $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

wineboot -i >"$work/wineboot.log" 2>&1
sys32="$WINEPREFIX/drive_c/windows/system32"
x86_64-w64-mingw32-gcc -O2 -shared -s -o "$sys32/bcryptprimitives.dll" \
    "$here/wine/processprng_shim.c" -ladvapi32
x86_64-w64-mingw32-gcc -O2 -municode -s -o "$work/hold_open.exe" "$here/wine/hold_open.c"
user_dir="$WINEPREFIX/drive_c/users/$(whoami)"

# 1. Silent per-user install.
wine "$setup" /S
wineserver -w
inst="$user_dir/AppData/Local/Programs/Atelier Quiz"
for f in atelier-quiz.exe atelier-quiz-cli.exe uninstall.exe LICENCES.txt LISEZ-MOI.txt; do
    [ -f "$inst/$f" ] || fail "installer did not put $f in $inst"
done
ok "silent install into %LOCALAPPDATA%\\Programs\\Atelier Quiz"
lnk="$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Atelier Quiz.lnk"
[ -f "$lnk" ] || fail "no Start-menu shortcut at $lnk"
ok "Start-menu shortcut"
reg_has() { # KEY VALUE-NAME EXPECTED-SUBSTRING
    local out
    out="$(wine reg query "$1" ${2:+/v "$2"} 2>/dev/null | tr -d '\r')" || fail "no registry key $1"
    grep -qF -- "$3" <<<"$out" || fail "$1 ${2:-(default)} lacks '$3': $out"
}
reg_has 'HKCU\Software\Classes\AtelierQuiz.Quiz' FriendlyTypeName "Quiz Atelier Quiz"
reg_has 'HKCU\Software\Classes\AtelierQuiz.Quiz\DefaultIcon' "" 'atelier-quiz.exe",0'
reg_has 'HKCU\Software\Classes\AtelierQuiz.Quiz\shell\open\command' "" '"%1"'
reg_has 'HKCU\Software\Classes\.json\OpenWithProgids' AtelierQuiz.Quiz AtelierQuiz.Quiz
reg_has 'HKCU\Software\Classes\.json' "" AtelierQuiz.Quiz
ok "file type AtelierQuiz.Quiz (icon, open verb, .json Ouvrir avec + default when unowned)"
uninst='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\AtelierQuiz'
reg_has "$uninst" DisplayName "Atelier Quiz"
reg_has "$uninst" DisplayVersion "$version"
reg_has "$uninst" UninstallString 'uninstall.exe'
ok "uninstall entry in HKCU (Applications et fonctionnalités)"
if wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\AtelierQuiz' >/dev/null 2>&1; then
    fail "the installer wrote to HKLM"
fi
ok "nothing written to HKLM"

# A folder and file names with accents and spaces, as advisors name them.
docs="$user_dir/Documents/Ateliers été 2026"
mkdir -p "$docs"
cp "$root/quizzes/naviguer-en-securite.quiz.json" "$docs/Sécurité en ligne.quiz.json"
cp "$root/tests/data/invalid/duplicate_id.quiz.json" "$docs/Quiz à corriger.quiz.json"
printf 'pas du JSON' >"$docs/Illisible.quiz.json"
win_docs='C:\users\'"$(whoami)"'\Documents\Ateliers été 2026'
gui="$inst/atelier-quiz.exe"
cli="$inst/atelier-quiz-cli.exe"

# 2. The GUI exe opens the quiz and quits after its first frame.
set +e
timeout 180 wine "$gui" "$win_docs\\Sécurité en ligne.quiz.json" --exit-after-first-frame \
    >"$work/gui.out" 2>"$work/gui.err"
code=$?
set -e
[ "$code" = 0 ] || fail "GUI exe exit code $code (stderr: $(head -c 600 "$work/gui.err"))"
ok "GUI exe opened '$win_docs\\Sécurité en ligne.quiz.json' and quit after the first frame, exit 0"

# 3. The console twin: French with accents intact, exit codes 0/1/2.
check() { # FILE EXPECTED-CODE
    set +e
    wine "$cli" check "$win_docs\\$1" >"$work/check.out" 2>"$work/check.err"
    local code=$?
    set -e
    [ "$code" = "$2" ] || fail "check '$1' exit code $code, expected $2: $(cat "$work/check.out" "$work/check.err")"
    iconv -f UTF-8 -t UTF-8 "$work/check.out" "$work/check.err" >/dev/null || fail "check output is not UTF-8"
    cat "$work/check.out" "$work/check.err" | tr -d '\r' | sed 's/^/    /'
}
check "Sécurité en ligne.quiz.json" 0
grep -qF "Sécurité en ligne.quiz.json" "$work/check.out" || fail "accented file name not printed intact"
ok "check on a valid quiz: exit 0, accented path printed intact"
check "Quiz à corriger.quiz.json" 1
grep -qE "erreur|identifiant" "$work/check.out" || fail "no French error message"
grep -q "é" "$work/check.out" || fail "no accented French in the report"
ok "check on a quiz with errors: exit 1, French report with accents"
check "Illisible.quiz.json" 2
ok "check on an unreadable file: exit 2"

# 4. Saving over a file that another program holds open (no delete sharing).
target="$docs/Copie tenue.quiz.json"
win_target="$win_docs\\Copie tenue.quiz.json"
printf '{"ancien": true}' >"$target"
hold() { # MILLISECONDS — returns once the file is held
    rm -f "$work/held"
    wine "$work/hold_open.exe" "$win_target" "$1" 'Z:'"${work//\//\\}"'\held' &
    hold_pid=$!
    for _ in $(seq 100); do [ -f "$work/held" ] && return 0; sleep 0.1; done
    fail "hold_open did not start"
}
convert_to_target() {
    set +e
    wine "$cli" convert "$win_docs\\Sécurité en ligne.quiz.json" "$win_target" \
        >"$work/convert.out" 2>"$work/convert.err"
    local code=$?
    set -e
    return "$code"
}
hold 1200
convert_to_target || fail "save over a file held 1.2 s failed: $(cat "$work/convert.err")"
wait "$hold_pid"
grep -q '"questions"' "$target" || fail "the held file was not replaced"
[ -f "$target.bak" ] && grep -q ancien "$target.bak" || fail "no .bak of the previous content"
ok "save over a file held open for 1.2 s: retried, replaced, previous content in .bak"
cp "$target" "$work/before"
hold 10000
if convert_to_target; then fail "save over a file held 10 s claimed success"; fi
grep -q "ouvert dans un autre programme" "$work/convert.err" "$work/convert.out" ||
    fail "no 'ouvert dans un autre programme' reason: $(cat "$work/convert.err")"
wait "$hold_pid"
cmp -s "$target" "$work/before" || fail "the held file changed after a failed save"
leftovers="$(find "$docs" -name '*.tmp' | wc -l)"
[ "$leftovers" = 0 ] || fail "temporary files left behind: $(find "$docs" -name '*.tmp')"
sed 's/^/    /' "$work/convert.err"
ok "save over a file held open for 10 s: clear French reason, old file intact, no temp file"

# 5. A screenshot of the window with the quiz open.
wine "$gui" "$win_docs\\Sécurité en ligne.quiz.json" >"$work/gui2.out" 2>&1 &
gui_pid=$!
for _ in $(seq 120); do
    xwininfo -root -tree 2>/dev/null | grep -q "Sécurité en ligne\|Atelier Quiz" && break
    sleep 0.5
done
sleep 5
import -window root "$work/window.png"
kill "$gui_pid" 2>/dev/null || true
wineserver -k || true
wineserver -w || true
ok "screenshot: $work/window.png"

# 6. Silent uninstall.
wine "$inst/uninstall.exe" /S
wineserver -w
for _ in $(seq 50); do [ -f "$inst/atelier-quiz.exe" ] || break; sleep 0.2; done
[ ! -e "$inst/atelier-quiz.exe" ] || fail "uninstaller left the exe"
[ ! -e "$lnk" ] || fail "uninstaller left the shortcut"
if wine reg query "$uninst" >/dev/null 2>&1; then fail "uninstall entry still there"; fi
if wine reg query 'HKCU\Software\Classes\AtelierQuiz.Quiz' >/dev/null 2>&1; then fail "ProgID still there"; fi
[ -f "$docs/Sécurité en ligne.quiz.json" ] || fail "the uninstaller touched the user's quizzes"
ok "silent uninstall: program, shortcut and registry entries gone, user's quizzes kept"
echo "Wine smoke test passed."
