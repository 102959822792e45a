//! Resource files (dictionaries, gazetteers, trained weights) and the
//! per-language packs built from them.
//!
//! Everything under the repository's `data/` folder is compiled into the
//! binary, so `warta` runs with no set-up. Setting `WARTA_DATA=/some/dir`
//! makes every lookup try that folder first, so a linguist can edit a
//! dictionary and rerun without rebuilding.
//!
//! Per-language knowledge lives in `data/lang/<code>/` (e.g. `data/lang/id/`)
//! and is reached only through [`LanguageResources`]: adding Malay is adding
//! `data/lang/ms/`, not code.

use std::borrow::Cow;
use std::path::PathBuf;

#[derive(rust_embed::RustEmbed)]
#[folder = "../../data/"]
#[exclude = "*.md"]
struct Embedded;

/// A resource file could not be found or read.
#[derive(Debug, thiserror::Error)]
pub enum ResourceError {
    /// No such file in `data/` (nor in `WARTA_DATA`).
    #[error("resource `{0}` not found in data/ (or WARTA_DATA); rebuild warta or check the path")]
    NotFound(String),
    /// The file is not valid UTF-8.
    #[error("resource `{0}` is not valid UTF-8")]
    NotUtf8(String),
    /// The file's content is malformed.
    #[error("resource `{path}` line {line}: {message}")]
    Malformed {
        /// Resource path.
        path: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Raw bytes of resource `path` (relative to `data/`, `/`-separated).
pub fn resource(path: &str) -> Option<Cow<'static, [u8]>> {
    if let Some(dir) = std::env::var_os("WARTA_DATA") {
        let p: PathBuf = PathBuf::from(dir).join(path);
        if let Ok(bytes) = std::fs::read(&p) {
            return Some(Cow::Owned(bytes));
        }
    }
    Embedded::get(path).map(|f| f.data)
}

/// Resource `path` as text.
pub fn resource_text(path: &str) -> Result<Cow<'static, str>, ResourceError> {
    match resource(path).ok_or_else(|| ResourceError::NotFound(path.to_string()))? {
        Cow::Borrowed(b) => std::str::from_utf8(b)
            .map(Cow::Borrowed)
            .map_err(|_| ResourceError::NotUtf8(path.to_string())),
        Cow::Owned(b) => String::from_utf8(b)
            .map(Cow::Owned)
            .map_err(|_| ResourceError::NotUtf8(path.to_string())),
    }
}

/// The data lines of a text resource: trimmed, without blank lines and
/// `#` comment lines, with their 1-based line numbers.
pub fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| {
            let t = l.trim();
            !t.is_empty() && !t.starts_with('#')
        })
}

/// Language codes that have a pack under `data/lang/`.
pub fn available_languages() -> Vec<String> {
    let mut codes: Vec<String> = Embedded::iter()
        .filter_map(|p| {
            let rest = p.strip_prefix("lang/")?;
            let (code, _) = rest.split_once('/')?;
            Some(code.to_string())
        })
        .collect();
    codes.sort();
    codes.dedup();
    codes
}

/// Per-language knowledge: the one interface through which stages read
/// language-specific word lists, patterns and weights.
pub trait LanguageResources: Send + Sync {
    /// ISO 639-1 code of the language.
    fn code(&self) -> &str;

    /// Raw bytes of a file of this language's pack (`abbreviations.txt`).
    fn file(&self, name: &str) -> Option<Cow<'static, [u8]>>;

    /// A file of this pack as text; missing files are an error.
    fn text(&self, name: &str) -> Result<Cow<'static, str>, ResourceError> {
        let path = format!("lang/{}/{}", self.code(), name);
        match self
            .file(name)
            .ok_or(ResourceError::NotFound(path.clone()))?
        {
            Cow::Borrowed(b) => std::str::from_utf8(b)
                .map(Cow::Borrowed)
                .map_err(|_| ResourceError::NotUtf8(path)),
            Cow::Owned(b) => String::from_utf8(b)
                .map(Cow::Owned)
                .map_err(|_| ResourceError::NotUtf8(path)),
        }
    }

    /// The data lines of a text file (see [`data_lines`]); a missing file
    /// gives no lines, so a language may leave out what it does not need.
    fn lines(&self, name: &str) -> Vec<String> {
        match self.text(name) {
            Ok(t) => data_lines(&t).map(|(_, l)| l.to_string()).collect(),
            Err(_) => Vec::new(),
        }
    }
}

/// A language pack compiled in from `data/lang/<code>/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguagePack {
    code: String,
}

impl LanguagePack {
    /// The pack for `code`, if `data/lang/<code>/` exists.
    pub fn get(code: &str) -> Option<Self> {
        available_languages()
            .iter()
            .any(|c| c == code)
            .then(|| Self {
                code: code.to_string(),
            })
    }
}

impl LanguageResources for LanguagePack {
    fn code(&self) -> &str {
        &self.code
    }
    fn file(&self, name: &str) -> Option<Cow<'static, [u8]>> {
        resource(&format!("lang/{}/{}", self.code, name))
    }
}

/// An in-memory language pack, for tests and for callers that build
/// resources programmatically.
#[derive(Debug, Clone, Default)]
pub struct MemoryPack {
    code: String,
    files: std::collections::HashMap<String, Vec<u8>>,
}

impl MemoryPack {
    /// An empty pack for `code`.
    pub fn new(code: &str) -> Self {
        Self {
            code: code.to_string(),
            files: Default::default(),
        }
    }

    /// Adds (or replaces) a file.
    pub fn with_file(mut self, name: &str, content: &str) -> Self {
        self.files
            .insert(name.to_string(), content.as_bytes().to_vec());
        self
    }
}

impl LanguageResources for MemoryPack {
    fn code(&self) -> &str {
        &self.code
    }
    fn file(&self, name: &str) -> Option<Cow<'static, [u8]>> {
        self.files.get(name).map(|b| Cow::Owned(b.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_lines_skip_comments_and_blanks() {
        let t = "# header\n\nfoo\n  # indented comment\nbar\tbaz\r\n";
        let got: Vec<_> = data_lines(t).collect();
        assert_eq!(got, vec![(3, "foo"), (5, "bar\tbaz")]);
    }

    #[test]
    fn compiled_packs_exist_for_indonesian_and_english() {
        let langs = available_languages();
        assert!(langs.contains(&"id".to_string()), "{langs:?}");
        assert!(langs.contains(&"en".to_string()), "{langs:?}");
        assert!(LanguagePack::get("xx").is_none());
    }

    #[test]
    fn memory_pack_reads_lines() {
        let p = MemoryPack::new("ms").with_file("abbreviations.txt", "# c\nDr.\nProf.\n");
        assert_eq!(p.lines("abbreviations.txt"), vec!["Dr.", "Prof."]);
        assert!(p.lines("missing.txt").is_empty());
    }
}
