//! Zip packages (Kahoot's `.xlsx`, H5P's `.h5p`) read with a bound on everything: the
//! package's size, its number of entries, and every entry's size *as decompressed* — not as
//! the archive claims, since a zip bomb lies about it.
//!
//! An entry is only ever decompressed through [`Package::read`], which stops one byte past its
//! limit: a 1 GB entry of zeros compressed to 1 MB costs at most the limit in memory and time.
//! Errors are problems located at the entry (`content/content.json`), with translated text.

use std::io::{Cursor, Read};

use zip::ZipArchive;

use super::{Location, Problem};

/// The bounds of one kind of package.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// The package file itself (compressed).
    pub package_bytes: usize,
    /// Entries in the central directory.
    pub entries: usize,
    /// Sum of what every entry read so far decompressed to.
    pub total_bytes: usize,
}

/// An opened zip package.
pub struct Package<'a> {
    archive: ZipArchive<Cursor<&'a [u8]>>,
    limits: Limits,
    read_so_far: usize,
}

const MB: usize = 1024 * 1024;

fn error(at: Location, key: &'static str, hint: &'static str) -> Problem {
    Problem::error(at, key, hint)
}

impl<'a> Package<'a> {
    /// Opens `bytes` as a zip, or says why not (`interchange.zip.not_zip`, `.too_large`,
    /// `.too_many_entries`).
    pub fn open(bytes: &'a [u8], limits: Limits) -> Result<Package<'a>, Problem> {
        if bytes.len() > limits.package_bytes {
            return Err(error(
                Location::File,
                "interchange.zip.too_large",
                "interchange.zip.too_large.hint",
            )
            .with("max", limits.package_bytes / MB));
        }
        if !bytes.starts_with(b"PK") {
            return Err(error(
                Location::File,
                "interchange.zip.not_zip",
                "interchange.zip.not_zip.hint",
            ));
        }
        let archive = ZipArchive::new(Cursor::new(bytes)).map_err(|_| {
            error(
                Location::File,
                "interchange.zip.not_zip",
                "interchange.zip.not_zip.hint",
            )
        })?;
        if archive.len() > limits.entries {
            return Err(error(
                Location::File,
                "interchange.zip.too_many_entries",
                "interchange.zip.too_many_entries.hint",
            )
            .with("n", archive.len())
            .with("max", limits.entries));
        }
        Ok(Package {
            archive,
            limits,
            read_so_far: 0,
        })
    }

    /// Whether an entry called `name` exists.
    pub fn contains(&self, name: &str) -> bool {
        self.archive.index_for_name(name).is_some()
    }

    /// The bytes of entry `name`, at most `max` of them once decompressed; `None` when there is
    /// no such entry. Errors: `interchange.zip.entry_too_large` (declared or actual size over
    /// `max`, or the package's total over its limit), `interchange.zip.bad_entry` (corrupt,
    /// encrypted, or an unsupported compression).
    pub fn read(&mut self, name: &str, max: usize) -> Option<Result<Vec<u8>, Problem>> {
        let index = self.archive.index_for_name(name)?;
        Some(self.read_index(index, name, max))
    }

    fn read_index(&mut self, index: usize, name: &str, max: usize) -> Result<Vec<u8>, Problem> {
        let at = || Location::Entry(name.to_owned());
        let too_large = |max: usize| {
            error(
                at(),
                "interchange.zip.entry_too_large",
                "interchange.zip.entry_too_large.hint",
            )
            .with("max", format_mb(max))
        };
        let bad = || {
            error(
                at(),
                "interchange.zip.bad_entry",
                "interchange.zip.bad_entry.hint",
            )
        };
        let left = self.limits.total_bytes.saturating_sub(self.read_so_far);
        let max = max.min(left);
        let mut file = self.archive.by_index(index).map_err(|_| bad())?;
        if file.is_dir() {
            return Ok(Vec::new());
        }
        if usize::try_from(file.size()).unwrap_or(usize::MAX) > max {
            return Err(too_large(max));
        }
        let mut out = Vec::new();
        let cap = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
        (&mut file)
            .take(cap)
            .read_to_end(&mut out)
            .map_err(|_| bad())?;
        if out.len() > max {
            return Err(too_large(max));
        }
        self.read_so_far += out.len();
        Ok(out)
    }

    /// Reads every entry once within `max_entry` each (and the package's total), discarding
    /// the bytes: proves the package is no bomb before another reader (calamine) opens it.
    pub fn check_all(&mut self, max_entry: usize) -> Result<(), Problem> {
        for index in 0..self.archive.len() {
            let name = match self.archive.name_for_index(index) {
                Some(Ok(name)) => name.into_owned(),
                _ => format!("#{index}"),
            };
            self.read_index(index, &name, max_entry)?;
        }
        Ok(())
    }
}

/// `8` for 8 MB, `0.5` for 512 KB.
fn format_mb(bytes: usize) -> String {
    if bytes >= MB {
        (bytes / MB).to_string()
    } else {
        format!("{:.1}", bytes as f64 / MB as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write as _;

    const LIMITS: Limits = Limits {
        package_bytes: 4 * MB,
        entries: 3,
        total_bytes: 2 * MB,
    };

    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, data) in entries {
            w.start_file(*name, opts).unwrap();
            w.write_all(data).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    #[test]
    fn reads_within_limits_and_refuses_the_rest() {
        let zeros = vec![0u8; MB + 10];
        let bytes = zip_of(&[("lisez-moi.txt", b"bonjour"), ("big", &zeros)]);
        let mut p = Package::open(&bytes, LIMITS).unwrap();
        assert_eq!(p.read("lisez-moi.txt", 100).unwrap().unwrap(), b"bonjour");
        assert!(p.read("absent", 100).is_none());
        let e = p.read("big", MB).unwrap().unwrap_err();
        assert_eq!(e.key, "interchange.zip.entry_too_large");
        assert_eq!(e.location, Location::Entry("big".into()));
        assert!(p.check_all(MB).is_err());
        assert_eq!(
            Package::open(b"not a zip", LIMITS).err().unwrap().key,
            "interchange.zip.not_zip"
        );
        assert_eq!(
            Package::open(b"PK\x03\x04garbage", LIMITS)
                .err()
                .unwrap()
                .key,
            "interchange.zip.not_zip"
        );
        let many = zip_of(&[("1", b""), ("2", b""), ("3", b""), ("4", b"")]);
        assert_eq!(
            Package::open(&many, LIMITS).err().unwrap().key,
            "interchange.zip.too_many_entries"
        );
    }

    /// A bomb whose central directory lies (says 7 bytes, holds 3 MB): stopped at the limit
    /// while decompressing, not trusted from the header.
    #[test]
    fn a_lying_zip_bomb_is_stopped_while_decompressing() {
        let bytes = lying_bomb(3 * MB);
        let mut p = Package::open(&bytes, LIMITS).unwrap();
        let e = p.read("bomb.json", MB).unwrap().unwrap_err();
        assert!(
            e.key == "interchange.zip.entry_too_large" || e.key == "interchange.zip.bad_entry",
            "{e:?}"
        );
    }

    /// A deflated entry of `size` zeros whose sizes, in both headers, claim 7 bytes.
    pub fn lying_bomb(size: usize) -> Vec<u8> {
        let mut bytes = zip_of(&[("bomb.json", &vec![0u8; size])]);
        let size = u32::try_from(size).unwrap().to_le_bytes();
        let fake = 7u32.to_le_bytes();
        // Local header: uncompressed size at offset 22; central header: at offset 24.
        let patch = |bytes: &mut Vec<u8>, sig: &[u8], off: usize| {
            let pos = bytes.windows(4).position(|w| w == sig).unwrap();
            assert_eq!(bytes[pos + off..pos + off + 4], size);
            bytes[pos + off..pos + off + 4].copy_from_slice(&fake);
        };
        patch(&mut bytes, b"PK\x03\x04", 22);
        patch(&mut bytes, b"PK\x01\x02", 24);
        bytes
    }
}
