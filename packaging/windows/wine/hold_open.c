/* Test helper for smoke.sh (never shipped): keeps a file open the way many Windows programs
 * do (read/write sharing, NO delete sharing), so renaming over it fails with a sharing
 * violation until it is closed. Usage: hold_open.exe FILE MILLISECONDS READY_FILE
 * READY_FILE is created once FILE is open, so the script knows when to start the save. */
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>

int wmain(int argc, wchar_t **argv)
{
    if (argc != 4) {
        fwprintf(stderr, L"usage: hold_open FILE MILLISECONDS READY_FILE\n");
        return 2;
    }
    HANDLE h = CreateFileW(argv[1], GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                           OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    if (h == INVALID_HANDLE_VALUE) {
        fwprintf(stderr, L"cannot open: %lu\n", GetLastError());
        return 1;
    }
    HANDLE ready = CreateFileW(argv[3], GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    if (ready != INVALID_HANDLE_VALUE)
        CloseHandle(ready);
    Sleep((DWORD)_wtoi(argv[2]));
    CloseHandle(h);
    return 0;
}
