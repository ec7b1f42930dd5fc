// TEST ONLY (packaging/windows/smoke.sh, step 0): src/storage/replace.rs compiled for Windows,
// so its cfg(windows) paths run for real under Wine: a rename over a file held open without
// delete sharing waits and succeeds once it is released, fails after the pauses (about 3 s)
// with the "maybe in use" reason when it is not, and is immediate when nothing holds it.
// smoke.sh strips the module's `//!` lines and its tests into replace_body.rs next to this.
use std::fs::{self, OpenOptions};
use std::os::windows::fs::OpenOptionsExt;
use std::time::{Duration, Instant};
mod replace {
    include!("replace_body.rs");
    pub fn key(e: &io::Error) -> Option<&'static str> { windows_reason_key(e) }
    pub fn ren(a: &Path, b: &Path) -> io::Result<()> { rename(a, b) }
}
const FILE_SHARE_READ: u32 = 1;
const FILE_SHARE_WRITE: u32 = 2;
fn hold(path: &std::path::Path, ms: u64) -> std::thread::JoinHandle<()> {
    let f = OpenOptions::new().read(true).share_mode(FILE_SHARE_READ | FILE_SHARE_WRITE).open(path).unwrap();
    std::thread::spawn(move || { std::thread::sleep(Duration::from_millis(ms)); drop(f); })
}
fn main() {
    let dir = std::env::temp_dir().join("replace été test");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    let target = dir.join("Quiz à tenir.quiz.json");
    let tmp = dir.join("new.tmp");
    fs::write(&target, "old").unwrap();
    // Held 600 ms: the rename waits and succeeds.
    fs::write(&tmp, "new").unwrap();
    let h = hold(&target, 600);
    let start = Instant::now();
    let r = replace::ren(&tmp, &target);
    let took = start.elapsed();
    h.join().unwrap();
    println!("held 600 ms: {:?} after {} ms, content {:?}", r.as_ref().map_err(|e| e.raw_os_error()), took.as_millis(), fs::read_to_string(&target).unwrap());
    assert!(r.is_ok() && took >= Duration::from_millis(500) && fs::read_to_string(&target).unwrap() == "new");
    // Held 6 s: fails after the pauses (about 3 s), old file intact, reason says "in use".
    fs::write(&tmp, "newer").unwrap();
    let h = hold(&target, 6000);
    let start = Instant::now();
    let r = replace::ren(&tmp, &target);
    let took = start.elapsed();
    let e = r.unwrap_err();
    println!("held 6 s: error {:?} after {} ms, reason key {:?}", e.raw_os_error(), took.as_millis(), replace::key(&e));
    assert!(took >= Duration::from_millis(3000) && took < Duration::from_millis(5500));
    assert!(replace::key(&e).is_some());
    h.join().unwrap();
    assert_eq!(fs::read_to_string(&target).unwrap(), "new");
    // Not held: immediate.
    let start = Instant::now();
    replace::ren(&tmp, &target).unwrap();
    println!("not held: ok after {} ms", start.elapsed().as_millis());
    assert_eq!(fs::read_to_string(&target).unwrap(), "newer");
    println!("replace.rs under Wine: all checks passed");
}
