#!/usr/bin/env bash
# Windows x86_64 artifacts made on Linux: cross build, strip, the console twin, the portable
# zip and the NSIS installer, into dist/.
#
#   packaging/windows/build.sh            # everything
#   packaging/windows/build.sh --exe-only # only dist/windows/ (the staged files)
#
# The std is compiled from source for the target (`-Zbuild-std`, see toolchain.sh for why),
# into its own target dir (`target-win/`, or $WIN_TARGET_DIR) so it never disturbs the Linux
# build. The mingw runtime is linked statically: the exe imports only Windows' own DLLs
# (checked below), so there is nothing else to ship.
#
# Two exes from one build: `atelier-quiz.exe` is a GUI program (src/main.rs sets the windows
# subsystem: no console window from the Start menu or a double-click); `atelier-quiz-cli.exe`
# is the same file with the PE header's subsystem set to "console" (objcopy), for terminals,
# where `check`/`convert`/`print` must print and return their exit codes. A GUI program
# started from cmd or PowerShell is not waited for, so its exit code would be lost.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
bash "$here/toolchain.sh" >/dev/null
eval "$(bash "$here/toolchain.sh" --env)"
export CARGO_TARGET_DIR="${WIN_TARGET_DIR:-$root/target-win}"
triple=x86_64-pc-windows-gnu
version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)"
stage="$root/dist/windows"
icon="$root/assets/icons/atelier-quiz.ico"
[ -f "$icon" ] || { echo "missing $icon" >&2; exit 1; }

start=$SECONDS
nice -n "${NICE:-5}" "$CARGO" build --release --locked --target "$triple" \
    -Zbuild-std=std,panic_abort --features windows-resources --bin atelier-quiz
echo "cross build: $(( SECONDS - start )) s"

exe="$CARGO_TARGET_DIR/$triple/release/atelier-quiz.exe"
rm -rf "$stage"
mkdir -p "$stage"
x86_64-w64-mingw32-strip -o "$stage/atelier-quiz.exe" "$exe"
x86_64-w64-mingw32-objcopy --subsystem console "$stage/atelier-quiz.exe" "$stage/atelier-quiz-cli.exe"
cp "$icon" "$stage/atelier-quiz.ico"

# Nothing but Windows' own DLLs (and OpenGL32, part of every Windows) may be imported.
dlls="$(x86_64-w64-mingw32-objdump -p "$stage/atelier-quiz.exe" | sed -n 's/^\s*DLL Name: //p' | sort -u)"
echo "DLL imports:" $dlls
for dll in $dlls; do
    case "${dll,,}" in
        api-ms-win-*|kernel32.dll|user32.dll|gdi32.dll|advapi32.dll|shell32.dll|ole32.dll|oleaut32.dll|\
        comctl32.dll|comdlg32.dll|uxtheme.dll|dwmapi.dll|imm32.dll|opengl32.dll|ntdll.dll|\
        bcryptprimitives.dll|bcrypt.dll|ws2_32.dll|userenv.dll|msvcrt.dll|shlwapi.dll|propsys.dll|\
        uiautomationcore.dll|winmm.dll|dbghelp.dll|secur32.dll|crypt32.dll|iphlpapi.dll|\
        setupapi.dll|hid.dll|version.dll|shcore.dll|dxgi.dll|d3d11.dll|d3d12.dll|dcomp.dll|\
        combase.dll|rpcrt4.dll) ;;
        *) echo "unexpected DLL import: $dll (it would have to be shipped)" >&2; exit 1 ;;
    esac
done
for sub in atelier-quiz.exe:windows atelier-quiz-cli.exe:console; do
    got="$(x86_64-w64-mingw32-objdump -p "$stage/${sub%%:*}" | sed -n 's/^Subsystem\s*[0-9a-f]*\s*//p')"
    echo "${sub%%:*}: subsystem $got"
done

# Licences: the crate's own (MIT OR Apache-2.0), the font's OFL, and the third-party report
# when packaging/ made one (dist/THIRD-PARTY-LICENSES.*, from the Linux side of issue 13).
{
    echo "Atelier Quiz $version — licences"
    echo
    echo "Atelier Quiz est un logiciel libre, distribué au choix sous licence MIT ou Apache-2.0."
    echo "Atelier Quiz is free software, under the MIT or the Apache-2.0 licence, at your choice."
    for f in LICENSE-MIT LICENSE-APACHE assets/fonts/OFL.txt; do
        [ -f "$f" ] || continue
        printf '\n\n==== %s ====\n\n' "$f"
        cat "$f"
    done
} | sed 's/$/\r/' > "$stage/LICENCES.txt"
for f in dist/THIRD-PARTY-LICENSES.html dist/THIRD-PARTY-LICENSES.txt THIRD-PARTY-LICENSES.html; do
    [ -f "$f" ] && cp "$f" "$stage/"
done
sed 's/$/\r/' "$here/LISEZ-MOI.txt" | sed "s/@VERSION@/$version/g" > "$stage/LISEZ-MOI.txt"
[ "${1:-}" = "--exe-only" ] && { ls -l "$stage"; exit 0; }

name="atelier-quiz-$version-windows-x86_64"
zip_dir="$root/dist/$name-portable"
rm -rf "$zip_dir" "$root/dist/$name-portable.zip"
mkdir -p "$zip_dir"
cp "$stage"/atelier-quiz.exe "$stage"/atelier-quiz-cli.exe "$stage"/LICENCES.txt "$stage"/LISEZ-MOI.txt "$zip_dir/"
cp "$stage"/THIRD-PARTY-LICENSES.* "$zip_dir/" 2>/dev/null || true
(cd "$root/dist" && zip -q -9 -r "$name-portable.zip" "$name-portable")
rm -rf "$zip_dir"

size_kb=$(( $(du -k "$stage/atelier-quiz.exe" | cut -f1) + $(du -k "$stage/atelier-quiz-cli.exe" | cut -f1) ))
makensis -V2 -DVERSION="$version" -DSTAGE="$stage" -DSIZE_KB="$size_kb" \
    -DOUTFILE="$root/dist/$name-setup.exe" "$here/installer.nsi"

cd "$root/dist"
for f in "$name-setup.exe" "$name-portable.zip" windows/atelier-quiz.exe; do
    printf '%-48s %10s bytes  sha256 %s\n' "$f" "$(stat -c %s "$f")" "$(sha256sum "$f" | cut -d' ' -f1)"
done
