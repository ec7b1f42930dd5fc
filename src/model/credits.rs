//! Who made the quiz and where its content comes from.
//!
//! Advisors reuse each other's material "as is, citing the source" or adapt it; structured
//! credits make that provenance survive every exchange instead of living in a slide footer.

use super::Extra;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Author {
    pub name: String,
    /// E-mail, web page or handle — free text, optional.
    pub contact: String,
    pub extra: Extra,
}

/// How a source was used.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SourceUse {
    /// Taken as is, citing the source.
    #[default]
    Reused,
    /// Modified (see `changes`).
    Adapted,
    /// Background reference for the advice given.
    Reference,
}

impl SourceUse {
    pub const ALL: [SourceUse; 3] = [Self::Reused, Self::Adapted, Self::Reference];
    /// The values, as a diagnostic's hint lists them.
    pub const ALLOWED: &'static str = "reused, adapted, reference";

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Reused => "reused",
            Self::Adapted => "adapted",
            Self::Reference => "reference",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|u| u.as_str() == s)
    }
}

/// A work the quiz draws on (a colleague's quiz, a public guide…).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub author: String,
    pub url: String,
    pub license: String,
    pub usage: Option<SourceUse>,
    /// What was changed when adapting.
    pub changes: String,
    pub note: String,
    pub extra: Extra,
}

impl Source {
    /// A `use` value this version does not know (from a newer one), kept in `extra` and
    /// written back as long as no known value replaces it.
    pub fn unknown_usage(&self) -> Option<&str> {
        self.extra.get("use").and_then(serde_json::Value::as_str)
    }
}

/// A question's pointer to one of the quiz's sources.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SourceRef {
    pub source: String,
    /// e.g. "question 4, reformulée".
    pub detail: String,
    pub extra: Extra,
}

/// Credit of an embedded image.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Credit {
    pub title: String,
    pub author: String,
    pub url: String,
    pub license: String,
    pub extra: Extra,
}

impl Credit {
    /// `self` with its free-text field `name` ("title", "author", "url", "license") set to
    /// `text`: the editors list these fields by name. An unknown name changes nothing.
    #[must_use]
    pub fn with_text(&self, name: &str, text: String) -> Self {
        let mut c = self.clone();
        match name {
            "title" => c.title = text,
            "author" => c.author = text,
            "url" => c.url = text,
            "license" => c.license = text,
            _ => {}
        }
        c
    }

    pub fn is_empty(&self) -> bool {
        self.title.is_empty()
            && self.author.is_empty()
            && self.url.is_empty()
            && self.license.is_empty()
            && self.extra.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn with_text_sets_the_named_field_only() {
        let c = Credit {
            title: "Capture".into(),
            ..Credit::default()
        };
        let c = c.with_text("author", "Camille".into());
        assert_eq!(
            (c.title.as_str(), c.author.as_str()),
            ("Capture", "Camille")
        );
        assert_eq!(
            c.with_text("url", "https://example.org".into()).url,
            "https://example.org"
        );
        assert_eq!(c.with_text("license", "CC0-1.0".into()).license, "CC0-1.0");
        assert_eq!(c.with_text("nonsense", "x".into()), c);
    }
}
