//! Renaming a finished temporary file over the target, the way each OS allows it.
//!
//! On Windows a rename over a file fails while another program holds that file open without
//! delete sharing: the antivirus scanning the file we just wrote, the search indexer, a sync
//! client (OneDrive), a second Atelier Quiz reading it. Those hold it for milliseconds up to
//! a second or so, so the rename is retried with growing pauses (about 3 s in all) before
//! the save is reported as failed — the old file is intact either way. On Linux and macOS a
//! rename over an open file always succeeds; a failure there is final and reported at once.

use std::io;
use std::path::Path;
use std::time::Duration;

/// `ERROR_ACCESS_DENIED`, `ERROR_SHARING_VIOLATION`, `ERROR_LOCK_VIOLATION`: what Windows
/// answers while another process holds the target (a delete is pending, or it is open).
const ACCESS_DENIED: i32 = 5;
const SHARING_VIOLATION: i32 = 32;
const LOCK_VIOLATION: i32 = 33;

/// Pauses between attempts on Windows (3.08 s in all); none elsewhere.
const PAUSES_MS: &[u64] = if cfg!(windows) {
    &[10, 20, 50, 100, 200, 400, 800, 1500]
} else {
    &[]
};

/// `fs::rename(from, to)`, replacing `to`, retried on Windows while `to` is held open.
pub(super) fn rename(from: &Path, to: &Path) -> io::Result<()> {
    rename_with(|| std::fs::rename(from, to), PAUSES_MS, std::thread::sleep)
}

/// The reason to show for a Windows error about a file another program may hold (`None`
/// elsewhere, or for other errors). A bare "permission denied" would send users looking at
/// file rights, while the usual cause is the file being open in another program; Windows
/// answers "access denied" to a rename over such a file, so that one says "maybe".
pub(super) fn windows_reason_key(e: &io::Error) -> Option<&'static str> {
    if !cfg!(windows) {
        return None;
    }
    match e.raw_os_error() {
        Some(SHARING_VIOLATION | LOCK_VIOLATION) => Some("storage.reason.in_use"),
        Some(ACCESS_DENIED) => Some("storage.reason.denied_maybe_in_use"),
        _ => None,
    }
}

fn is_transient(e: &io::Error) -> bool {
    matches!(
        e.raw_os_error(),
        Some(ACCESS_DENIED | SHARING_VIOLATION | LOCK_VIOLATION)
    )
}

/// The retry loop, with the rename and the sleep injected so tests run it on any OS.
fn rename_with(
    mut attempt: impl FnMut() -> io::Result<()>,
    pauses_ms: &[u64],
    mut sleep: impl FnMut(Duration),
) -> io::Result<()> {
    let mut pauses = pauses_ms.iter();
    loop {
        match attempt() {
            Ok(()) => return Ok(()),
            Err(e) if is_transient(&e) => match pauses.next() {
                Some(&ms) => sleep(Duration::from_millis(ms)),
                None => return Err(e),
            },
            Err(e) => return Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A rename that fails with `errors` (raw OS codes) in turn, then succeeds.
    fn flaky(errors: &[i32]) -> impl FnMut() -> io::Result<()> + '_ {
        let mut left = errors.iter();
        move || match left.next() {
            Some(&code) => Err(io::Error::from_raw_os_error(code)),
            None => Ok(()),
        }
    }

    #[test]
    fn a_file_held_for_a_moment_is_replaced_after_pauses() {
        let mut slept = Vec::new();
        let result = rename_with(
            flaky(&[SHARING_VIOLATION, ACCESS_DENIED, LOCK_VIOLATION]),
            &[10, 20, 50, 100],
            |d| slept.push(d.as_millis()),
        );
        assert!(result.is_ok());
        assert_eq!(slept, [10, 20, 50]);
    }

    #[test]
    fn a_file_held_too_long_fails_with_the_last_error_once_pauses_run_out() {
        let mut slept = 0;
        let e =
            rename_with(flaky(&[SHARING_VIOLATION; 10]), &[1, 2, 3], |_| slept += 1).unwrap_err();
        assert_eq!(e.raw_os_error(), Some(SHARING_VIOLATION));
        assert_eq!(slept, 3);
    }

    #[test]
    fn other_errors_are_final_at_once() {
        let mut slept = 0;
        let e = rename_with(
            || Err(io::ErrorKind::StorageFull.into()),
            &[1, 2, 3],
            |_| slept += 1,
        )
        .unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::StorageFull);
        assert_eq!(slept, 0);
    }

    #[test]
    fn windows_errors_about_a_held_file_get_their_own_reason() {
        let key = |code| windows_reason_key(&io::Error::from_raw_os_error(code));
        if cfg!(windows) {
            assert_eq!(key(SHARING_VIOLATION), Some("storage.reason.in_use"));
            assert_eq!(
                key(ACCESS_DENIED),
                Some("storage.reason.denied_maybe_in_use")
            );
        } else {
            // errno 5 and 32 are EIO and EPIPE there: nothing to do with a held file.
            assert_eq!(key(SHARING_VIOLATION), None);
            assert_eq!(key(ACCESS_DENIED), None);
        }
        assert_eq!(windows_reason_key(&io::ErrorKind::StorageFull.into()), None);
    }

    #[test]
    fn only_windows_waits() {
        assert_eq!(PAUSES_MS.is_empty(), !cfg!(windows));
        assert!(PAUSES_MS.iter().sum::<u64>() < 5000, "a save must not hang");
    }
}
