//! RSS 2.0 / RSS 1.0 / Atom feeds (via `feed-rs`): one document per item.
//!
//! A feed is one XML file, parsed whole; its size is bounded by the markup
//! limit (see [`crate::limits::markup_cap`]). Entity references other than
//! XML's predefined five are never expanded, so "billion laughs" feeds stay
//! small.

use feed_rs::model::{Entry, Feed, FeedType, Text};
use warta_core::{DateSource, Document, LanguageInfo, SourceInfo};

use crate::date::local_datetime;
use crate::decode::{decode, xml_encoding};
use crate::html_text;
use crate::jsonl::language_code;
use crate::limits::{make_document, markup_cap, read_capped};
use crate::open::{Source, fail};
use crate::{DocumentStream, ReadOptions, SourceError};

/// Reads `source` as a feed.
pub fn read(path: String, mut source: Source, opts: &ReadOptions) -> DocumentStream {
    let cap = markup_cap(opts);
    let (bytes, more) = match read_capped(&mut source, cap) {
        Ok(x) => x,
        Err(e) => return fail(&path, None, format!("cannot read: {e}")),
    };
    if more {
        return fail(
            &path,
            None,
            format!("feed larger than {cap} bytes; split it or raise --max-text-bytes"),
        );
    }
    let declared = xml_encoding(&bytes[..bytes.len().min(1024)]);
    let decoded = decode(bytes, declared);
    let xml = utf8_declaration(decoded.text);
    let parser = feed_rs::parser::Builder::new()
        .sanitize_content(false)
        // Keep the publisher's wall-clock time: the local calendar date is
        // the document date (see `crate::date`), so store it as if UTC.
        .timestamp_parser(|s| local_datetime(s).map(|d| d.and_utc()))
        .build();
    let feed = match parser.parse(xml.as_bytes()) {
        Ok(f) => f,
        Err(e) => {
            return fail(
                &path,
                None,
                format!("not a valid RSS or Atom feed ({e}); check that the file is complete"),
            );
        }
    };
    let context = FeedContext::new(&feed, path, decoded.warning, opts.clone());
    Box::new(
        feed.entries
            .into_iter()
            .enumerate()
            .map(move |(i, entry)| context.document(i as u64 + 1, entry)),
    )
}

/// Rewrites the XML declaration's encoding after decoding to UTF-8, so the
/// XML parser does not try to apply it again.
fn utf8_declaration(xml: String) -> String {
    let trimmed = xml.trim_start();
    if !trimmed.starts_with("<?xml") {
        return xml;
    }
    let Some(end) = trimmed.find("?>") else {
        return xml;
    };
    let decl = &trimmed[..end];
    if !decl.contains("encoding") || decl.to_ascii_lowercase().contains("utf-8") {
        return xml;
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"{}",
        &trimmed[end..]
    )
}

struct FeedContext {
    path: String,
    format: &'static str,
    publisher: Option<String>,
    language: Option<String>,
    decode_warning: Option<String>,
    opts: ReadOptions,
}

impl FeedContext {
    fn new(feed: &Feed, path: String, decode_warning: Option<String>, opts: ReadOptions) -> Self {
        let format = match feed.feed_type {
            FeedType::Atom => "atom",
            FeedType::JSON => "json-feed",
            FeedType::RSS0 | FeedType::RSS1 | FeedType::RSS2 => "rss",
        };
        Self {
            path,
            format,
            publisher: feed
                .title
                .as_ref()
                .map(|t| html_text::inline_text(&t.content))
                .filter(|t| !t.is_empty()),
            language: feed.language.clone(),
            decode_warning,
            opts,
        }
    }

    fn document(&self, record: u64, entry: Entry) -> Result<Document, SourceError> {
        let title = entry
            .title
            .as_ref()
            .map(|t| html_text::inline_text(&t.content))
            .filter(|t| !t.is_empty());
        let mut warnings: Vec<String> = self.decode_warning.iter().cloned().collect();
        let body = entry
            .content
            .as_ref()
            .and_then(|c| {
                let html = !c.content_type.essence().to_string().ends_with("plain");
                c.body.as_deref().map(|b| to_text(b, html))
            })
            .filter(|t| !t.is_empty())
            .or_else(|| {
                entry
                    .summary
                    .as_ref()
                    .map(text_of)
                    .filter(|t| !t.is_empty())
            });
        let text = match (body, &title) {
            (Some(t), _) => t,
            (None, Some(title)) => {
                warnings
                    .push("feed item has no description or content; its title is the text".into());
                title.clone()
            }
            (None, None) => {
                return Err(SourceError::new(
                    &self.path,
                    Some(record),
                    format!("item {record} has neither text nor title; skipped"),
                ));
            }
        };
        let url = entry
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or(entry.links.first())
            .map(|l| l.href.clone());
        let source = SourceInfo {
            path: self.path.clone(),
            url,
            title,
            publisher: self.publisher.clone(),
            format: self.format.to_string(),
            record: Some(record),
        };
        let mut doc = make_document(text, source, warnings, &self.opts);
        if let Some(when) = entry.published.or(entry.updated) {
            doc.date = Some(when.date_naive().format("%Y-%m-%d").to_string());
            doc.date_source = DateSource::Metadata;
        }
        if let Some(code) = entry
            .language
            .as_ref()
            .or(self.language.as_ref())
            .and_then(|l| language_code(l))
        {
            doc.language = LanguageInfo {
                code,
                confidence: 1.0,
                method: "input".into(),
            };
        }
        Ok(doc)
    }
}

fn text_of(t: &Text) -> String {
    to_text(
        &t.content,
        !t.content_type.essence().to_string().ends_with("plain"),
    )
}

/// Feed text to paragraphs: HTML is flattened; plain text keeps its lines.
/// RSS calls every description HTML, but one without a single tag is plain
/// text whose line breaks are paragraph breaks.
fn to_text(body: &str, html: bool) -> String {
    if (html && body.contains('<')) || body.contains("</") || body.contains("<br") {
        return html_text::fragment_to_text(body);
    }
    body.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}
