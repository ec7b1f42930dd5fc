#!/usr/bin/env bash
# The .deb on a clean system: a minimal Debian 12 made with debootstrap, where apt must find
# everything the app needs from the package's Depends alone (no -dev packages, no desktop).
#   packaging/linux/chroot-smoke.sh dist/atelier-quiz_VERSION_ARCH.deb [CHROOT_DIR]
# As root. CHROOT_DIR (default target/chroot-bookworm) is made once (about 2 min, ~300 MB)
# and reused; each run installs with `apt-get install --no-install-recommends ./DEB`,
# checks, then purges. The X server is the host's: $SMOKE_DISPLAY (default :97) through a
# bind mount of /tmp/.X11-unix, started here if nothing answers there.
#
# Why beside smoke.sh: smoke.sh checks desktop integration on this (developer) machine, where
# every graphics library is already installed, so a missing Depends would go unnoticed.
# Here the app is started with nothing but what apt pulled in, and the libraries it
# opened with dlopen (LD_DEBUG) are printed with their packages.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
deb="$(realpath "$1")"
chroot_dir="${2:-$root/target/chroot-bookworm}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
display="${SMOKE_DISPLAY:-:97}"
sample="$root/quizzes/naviguer-en-securite.quiz.json"
failures=0
pass() { echo "ok   $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
in_chroot() { chroot "$chroot_dir" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    LANG=C.UTF-8 DISPLAY="$display" "$@"; }

if [ ! -f "$chroot_dir/.complete" ]; then
    command -v debootstrap >/dev/null || apt-get install -y --no-install-recommends debootstrap
    # Never rm -rf a tree with /dev or /proc still bound into it (a run killed mid-way).
    if grep -qF " $(realpath -m "$chroot_dir")/" /proc/self/mounts; then
        echo "mounts left under $chroot_dir: umount them first" >&2; exit 1
    fi
    rm -rf "$chroot_dir"
    mkdir -p "$chroot_dir"
    echo "== debootstrap --variant=minbase bookworm $chroot_dir"
    debootstrap --variant=minbase bookworm "$chroot_dir" "$mirror" >"$chroot_dir.log" 2>&1 ||
        { tail -n 20 "$chroot_dir.log"; exit 1; }
    touch "$chroot_dir/.complete"
fi

xvfb=""
mounted=()
cleanup() {
    in_chroot sh -c 'dpkg-query -W atelier-quiz >/dev/null 2>&1 && apt-get purge -y -qq atelier-quiz >/dev/null' || true
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount "${mounted[$i]}" 2>/dev/null || true; done
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
for m in proc sys dev tmp/.X11-unix; do
    mkdir -p "$chroot_dir/$m" "/$m"
    mount --bind "/$m" "$chroot_dir/$m"
    mounted+=("$chroot_dir/$m")
done
cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
if ! DISPLAY="$display" xdpyinfo >/dev/null 2>&1; then
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    for _ in $(seq 50); do DISPLAY="$display" xdpyinfo >/dev/null 2>&1 && break; sleep 0.2; done
fi

echo "== apt-get install ./$(basename "$deb") in a clean bookworm"
in_chroot apt-get update -qq
before="$(in_chroot dpkg-query -W -f='${Package}\n' | sort)"
cp "$deb" "$chroot_dir/tmp/atelier-quiz.deb"
cp "$sample" "$chroot_dir/root/Sécurité en ligne.quiz.json"
if in_chroot apt-get install -y -qq --no-install-recommends /tmp/atelier-quiz.deb >"$chroot_dir/tmp/apt.log" 2>&1; then
    pass "apt-get install ./deb (dependencies resolved from Depends alone)"
else
    fail "apt-get install"; tail -n 20 "$chroot_dir/tmp/apt.log"
fi
pulled="$(comm -13 <(echo "$before") <(in_chroot dpkg-query -W -f='${Package}\n' | sort) | wc -l)"
echo "     $pulled packages installed, atelier-quiz included"
in_chroot test -x /usr/bin/atelier-quiz && pass "/usr/bin/atelier-quiz installed" || fail "/usr/bin/atelier-quiz"
in_chroot /usr/bin/atelier-quiz --version && pass "--version" || fail "--version"
set +e
out="$(in_chroot /usr/bin/atelier-quiz --lang fr check "/root/Sécurité en ligne.quiz.json" 2>&1)"
code=$?
set -e
[ "$code" = 0 ] && grep -q é <<<"$out" && pass "check: exit 0, accented French" ||
    { fail "check (exit $code)"; echo "$out"; }
set +e
in_chroot sh -c 'LD_DEBUG=files timeout 120 /usr/bin/atelier-quiz --exit-after-first-frame "/root/Sécurité en ligne.quiz.json"' \
    >"$chroot_dir/tmp/run.log" 2>&1
code=$?
set -e
if [ "$code" = 0 ]; then
    pass "started with only its Depends, painted a frame, exit 0 (display $display)"
else
    fail "--exit-after-first-frame exit $code"; grep -v 'file=\|^ *[0-9]*:\s*$' "$chroot_dir/tmp/run.log" | tail -n 20
fi
echo "     dynamically loaded (dlopen) by the app: $(sed -n 's/.*file=\([^ ]*\) \[0\];  dynamically loaded by.*/\1/p' "$chroot_dir/tmp/run.log" | sort -u | tr '\n' ' ')"
echo "     packages of every library loaded:"
sed -n 's/.*calling init: \(\/.*\.so[.0-9]*\)$/\1/p' "$chroot_dir/tmp/run.log" | sort -u |
    while read -r lib; do # merged /usr: dpkg may know the file under /usr/lib only
        in_chroot sh -c 'dpkg -S "$1" || dpkg -S "/usr$1" || dpkg -S "*/${1##*/}"' _ "$lib" 2>/dev/null |
            cut -d: -f1 | head -n1
    done |
    sort -u | tr '\n' ' ' | fold -s -w 88 | sed 's/^/       /'
echo
if in_chroot apt-get purge -y -qq atelier-quiz >/dev/null 2>&1; then pass "apt-get purge"; else fail "apt-get purge"; fi
left="$(in_chroot sh -c 'ls -d /usr/bin/atelier-quiz /usr/share/doc/atelier-quiz /usr/share/applications/io.github.atelierquiz.* /usr/share/man/man1/atelier-quiz* 2>/dev/null' || true)"
[ -z "$left" ] && pass "nothing left after purge" || { fail "left after purge"; echo "$left"; }
in_chroot apt-get autoremove -y -qq --purge >/dev/null 2>&1 || true

echo "== $failures failure(s)"
[ "$failures" -eq 0 ]
