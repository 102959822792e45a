//! # warta-sources
//!
//! Readers that turn input files into [`warta_core::Document`]s, streaming:
//! each reader yields documents one at a time, so memory stays bounded by one
//! record whatever the input size (a 5 GB WARC is never loaded whole).
//!
//! | format | detected by | one document per | `source.record` |
//! |---|---|---|---|
//! | plain text | `.txt`, or no other match | file | none |
//! | JSON Lines | `.jsonl`/`.ndjson`/`.json`, or a leading `{` | line | 1-based line number |
//! | HTML | `.html`/`.htm`, or a leading `<` | page | none |
//! | RSS / Atom / JSON Feed | `.rss`/`.atom`/`.xml`, or `<rss`/`<feed`, or a JSON object naming `jsonfeed.org` | item | 1-based item index |
//! | WARC | `.warc`, or a leading `WARC/` | HTTP 200 HTML `response` record | byte offset of the record: in a `.warc.gz` with one gzip member per record (the Common Crawl layout), the offset of its member in the compressed file; otherwise the offset in the (decompressed) WARC stream |
//!
//! Any of them may be gzip-compressed (detected by the gzip magic number,
//! multi-member files included). The [`mod@detect`] module decides the format;
//! charsets are detected from a byte order mark, the HTTP header or
//! `<meta charset>` / XML declaration, then by `chardetng`, and decoding
//! problems become document warnings.
//!
//! What each reader keeps:
//! - **.txt**: the text exactly as in the file (minus a BOM and one trailing
//!   newline), so offsets match the file; a short first line followed by a
//!   blank line fills `source.title` but stays in the text.
//! - **JSONL**: `id`, `url`/`link`, `title`/`headline`, `date`/`published`/...,
//!   `text`/`body`/`content`, `language`/`lang`, `publisher`/`source` (see the
//!   `jsonl` module docs). A bad line is a [`SourceError`] with its line
//!   number; reading goes on.
//! - **HTML**: the main content (Readability, via `dom_smoothie`), one
//!   paragraph per line, boilerplate such as "Baca juga: ..." dropped (the
//!   patterns are `boilerplate.tsv` in each language pack); title, date
//!   (`article:published_time`, JSON-LD `datePublished`, `pubdate` metas,
//!   `<time datetime>`), publisher (`og:site_name`) and canonical URL.
//! - **Feeds**: each item's `content:encoded`/content, else description or
//!   summary, flattened like HTML; title, link, date, feed language.
//! - **WARC**: each HTML page as above; `url` is the WARC-Target-URI, and
//!   WARC-Date is the date when the page states none.
//!
//! Every error names the input and, where it applies, the line or byte
//! offset; bad input never panics. Limits ([`ReadOptions`]) bound the text
//! of one document; pathological markup (nesting deeper than 512 elements)
//! is stripped of tags instead of parsed.

use std::fmt;
use std::path::{Path, PathBuf};

use warta_core::Document;

mod boilerplate;
mod date;
mod decode;
pub mod detect;
mod feed;
mod gz;
mod html;
mod html_text;
mod jsonl;
mod limits;
mod open;
mod txt;
mod warc;

pub use detect::detect;

/// The input formats warta reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text: one article per file, optional leading title line.
    Txt,
    /// One JSON article per line.
    Jsonl,
    /// An HTML page.
    Html,
    /// RSS 2.0/1.0, Atom or JSON Feed: one document per item.
    Feed,
    /// WARC (Common Crawl, CC-NEWS): one document per HTML response record.
    Warc,
}

impl Format {
    /// The name used in `source.format` of the output.
    pub fn name(self) -> &'static str {
        match self {
            Format::Txt => "txt",
            Format::Jsonl => "jsonl",
            Format::Html => "html",
            Format::Feed => "feed",
            Format::Warc => "warc",
        }
    }
}

/// Limits and defaults for reading.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Texts longer than this many bytes are truncated (at a character
    /// boundary) with a warning on the document.
    pub max_text_bytes: usize,
}

/// Default [`ReadOptions::max_text_bytes`]: 2 MiB of body text, far more than
/// any news article, small enough that one hostile record cannot stall a worker.
pub const DEFAULT_MAX_TEXT_BYTES: usize = 2 * 1024 * 1024;

impl Default for ReadOptions {
    fn default() -> Self {
        Self {
            max_text_bytes: DEFAULT_MAX_TEXT_BYTES,
        }
    }
}

/// Something in the input could not be read. Reading continues with the next
/// record or file.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceError {
    /// The input path (`-` for standard input).
    pub path: String,
    /// Byte offset (WARC, gzip) or line number (JSONL) where it happened, if known.
    pub offset: Option<u64>,
    /// What went wrong and, where possible, what to do.
    pub message: String,
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.offset {
            Some(o) => write!(f, "{} (at {}): {}", self.path, o, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

impl std::error::Error for SourceError {}

impl SourceError {
    /// An error about `path` at `offset` (if known).
    pub fn new(path: impl Into<String>, offset: Option<u64>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            offset,
            message: message.into(),
        }
    }
}

/// One input: a file or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file on disk.
    File(PathBuf),
    /// Standard input.
    Stdin,
    /// Bytes already in memory (an API request body), with a name whose
    /// extension helps format detection (`api.jsonl`).
    Memory {
        /// Name shown in output and errors; its extension is a format hint.
        name: String,
        /// The content.
        bytes: Vec<u8>,
    },
}

impl Input {
    /// The path as shown in output and errors (`-` for standard input).
    pub fn display_path(&self) -> String {
        match self {
            Input::File(p) => p.display().to_string(),
            Input::Stdin => "-".to_string(),
            Input::Memory { name, .. } => name.clone(),
        }
    }
}

/// Expands command-line arguments into inputs: files as given, folders
/// recursively (sorted; hidden files and files without a known input
/// extension such as `README.md` skipped, see [`detect::is_input_name`]),
/// `-` or nothing as stdin.
pub fn expand_inputs(args: &[PathBuf]) -> (Vec<Input>, Vec<SourceError>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    if args.is_empty() {
        inputs.push(Input::Stdin);
    }
    for arg in args {
        if arg.as_os_str() == "-" {
            inputs.push(Input::Stdin);
        } else if arg.is_dir() {
            walk(arg, &mut inputs, &mut errors);
        } else if arg.exists() {
            inputs.push(Input::File(arg.clone()));
        } else {
            errors.push(SourceError {
                path: arg.display().to_string(),
                offset: None,
                message: "no such file or folder".into(),
            });
        }
    }
    (inputs, errors)
}

fn walk(dir: &Path, inputs: &mut Vec<Input>, errors: &mut Vec<SourceError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(SourceError {
                path: dir.display().to_string(),
                offset: None,
                message: format!("cannot read folder: {e}"),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let hidden = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk(&p, inputs, errors);
        } else if p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(detect::is_input_name)
        {
            inputs.push(Input::File(p));
        }
    }
}

/// A stream of documents (or per-record errors) from one input.
pub type DocumentStream = Box<dyn Iterator<Item = Result<Document, SourceError>> + Send>;

/// Opens `input`, detects its format and returns its documents as a stream.
///
/// Never panics on bad input: an unreadable or unrecognised input yields one
/// [`SourceError`] and ends; a bad record yields a [`SourceError`] and the
/// stream goes on with the next record where the format allows it.
pub fn read(input: &Input, opts: &ReadOptions) -> DocumentStream {
    open::open(input, opts)
}
