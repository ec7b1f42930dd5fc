/* TEST PREFIX ONLY — never shipped, never installed on a real Windows.
 *
 * Rust's std (since 1.78) gets random bytes from ProcessPrng in bcryptprimitives.dll, which
 * Windows 10+ has but Wine 8.0 (Debian 12) lacks: the exe stops with exit code 53 before
 * main. smoke.sh builds this stand-in bcryptprimitives.dll into its throw-away Wine prefix
 * (DLL override "native"), forwarding to RtlGenRandom (advapi32!SystemFunction036). */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
