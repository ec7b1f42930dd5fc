//! Outside programs some tests need (a browser, `pdftotext`, an XML validator…).
//!
//! On a developer's machine a missing program skips the test with a message; in CI
//! (`ATELIER_CI=1`, set by `.ci/run`, whose setup scripts install the programs) it fails the
//! test, so a check that silently stopped running cannot pass CI.

use std::path::PathBuf;

/// Whether this run must have every outside program (CI).
pub fn strict() -> bool {
    std::env::var_os("ATELIER_CI").is_some_and(|v| v == "1")
}

/// The path of `program` (searched in `PATH`, or an absolute path), or `None` after printing
/// why the calling test is skipped. Panics in CI when the program is missing.
pub fn require_tool(program: &str) -> Option<PathBuf> {
    let found = if program.contains('/') {
        let p = PathBuf::from(program);
        p.is_file().then_some(p)
    } else {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|dir| dir.join(program))
                .find(|p| p.is_file())
        })
    };
    if found.is_none() {
        assert!(
            !strict(),
            "{program} is required in CI (ATELIER_CI=1): is it installed by .ci/setup.d?"
        );
        eprintln!("skipped: {program} is not installed (CI installs it through .ci/setup.d)");
    }
    found
}
