//! `imsmanifest.xml` of the SCORM 1.2 package: one organization with one item launching one
//! SCO, the page. What each element is for, and where the SCORM 1.2 Content Aggregation Model
//! requires it, is in `tests/suite/scorm_manifest.rs`, which checks it element by element.
//!
//! No `xsi:schemaLocation`: the package ships only the manifest and the page (issue 11 §2),
//! and a manifest naming `.xsd` files would ask for them to be in the package too. The
//! namespaces are declared all the same, so LMSs and validators read the elements as SCORM's.

use crate::export::web::escape;

/// The SCO's file inside the package.
pub const PAGE: &str = "index.html";
/// The CAM's smallest permitted maximum for a `<title>` (characters).
pub const TITLE_MAX: usize = 200;

/// The manifest of a package whose page is [`PAGE`]: `identifier` must be an XML `ID`
/// (a letter, then letters, digits, `-`, `_`, `.`), `title` any text (escaped, cut to
/// [`TITLE_MAX`] characters), `mastery` the passing score in percent.
pub fn manifest(identifier: &str, title: &str, mastery: u8) -> String {
    let title: String = title.trim().chars().take(TITLE_MAX).collect();
    let title = escape::attribute(&title);
    let id = escape::attribute(identifier);
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="{id}" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="{id}-org">
    <organization identifier="{id}-org">
      <title>{title}</title>
      <item identifier="{id}-item" identifierref="{id}-page" isvisible="true">
        <title>{title}</title>
        <adlcp:masteryscore>{mastery}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="{id}-page" type="webcontent" adlcp:scormtype="sco" href="{PAGE}">
      <file href="{PAGE}"/>
    </resource>
  </resources>
</manifest>
"#
    )
}
