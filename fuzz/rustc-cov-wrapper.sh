#!/usr/bin/env bash
# RUSTC_WRAPPER used by fuzz/run-busy.sh: libFuzzer coverage instrumentation (FUZZ_FLAGS) only
# on the crates named in FUZZ_CRATES (ours and the targets), so the dependencies are reused
# from the warm debug build of the main crate.
rustc="$1"; shift
for ((i = 1; i <= $#; i++)); do
    if [ "${!i}" = "--crate-name" ]; then
        j=$((i + 1)); name="${!j}"
        case " $FUZZ_CRATES " in
            *" $name "*) exec "$rustc" "$@" $FUZZ_FLAGS ;;
        esac
    fi
done
exec "$rustc" "$@"
