mod directory_content;
pub use directory_content::{
    DirectoryContent, DirectoryContentState, DirectoryEntry, DirectoryFilter, Metadata,
};

mod disks;
pub use disks::{Disk, Disks};

mod user_directories;

pub use user_directories::UserDirectories;
