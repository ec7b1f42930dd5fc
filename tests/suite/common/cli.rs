//! The real binary run as a user would from a terminal, in French (`LANG=fr_FR.UTF-8`, the
//! variables that would override it removed), so messages are checked in the default language.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A bundled sample quiz, `quizzes/NAME`.
pub fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("quizzes")
        .join(name)
}

/// Runs `atelier-quiz ARGS…` in `dir` with `env` added; (exit code, stdout, stderr).
pub fn run_cli_env<S: AsRef<OsStr>>(
    dir: &Path,
    args: &[S],
    env: &[(&str, &str)],
) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_atelier-quiz"));
    cmd.current_dir(dir).args(args);
    for var in ["LC_ALL", "LC_MESSAGES", "LANGUAGE"] {
        cmd.env_remove(var);
    }
    cmd.env("LANG", "fr_FR.UTF-8");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    (
        out.status
            .code()
            .expect("exited normally, not killed by a signal"),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Runs `atelier-quiz ARGS…` in `dir`; (exit code, stdout, stderr).
pub fn run_cli<S: AsRef<OsStr>>(dir: &Path, args: &[S]) -> (i32, String, String) {
    run_cli_env(dir, args, &[])
}

/// Runs a command that reports on stderr only (`convert`, `print`); (exit code, stderr).
pub fn run_quiet<S: AsRef<OsStr>>(dir: &Path, args: &[S]) -> (i32, String) {
    let (code, stdout, stderr) = run_cli(dir, args);
    assert_eq!(stdout, "", "reports on stderr only");
    (code, stderr)
}
