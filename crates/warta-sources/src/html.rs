//! HTML pages: charset, metadata (title, date, publisher, canonical URL) and
//! main-content extraction.
//!
//! Main content comes from `dom_smoothie` (a Readability port); its article
//! HTML is then flattened to one paragraph per line by [`crate::html_text`],
//! which also drops boilerplate ("Baca juga: ..."). When Readability finds
//! no article, the whole body is used, with a warning.

use std::collections::HashMap;

use dom_query::Document as Dom;
use encoding_rs::Encoding;
use warta_core::{DateSource, Document, SourceInfo};

use crate::date::normalize_date;
use crate::decode::{charset_param, decode};
use crate::html_text;
use crate::limits::{make_document, markup_cap, read_capped};
use crate::open::{Source, fail};
use crate::{DocumentStream, Format, ReadOptions, SourceError};

/// What was extracted from one page.
#[derive(Debug, Default)]
pub struct Page {
    /// Main text, one paragraph per line.
    pub text: String,
    /// Headline.
    pub title: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Site name.
    pub publisher: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Problems met.
    pub warnings: Vec<String>,
}

/// Reads `source` as one HTML page.
pub fn read(path: String, mut source: Source, opts: &ReadOptions) -> DocumentStream {
    let cap = markup_cap(opts);
    let (bytes, more) = match read_capped(&mut source, cap) {
        Ok(x) => x,
        Err(e) => return fail(&path, None, format!("cannot read: {e}")),
    };
    let mut page = extract(bytes, None);
    if more {
        page.warnings.push(format!(
            "page larger than {cap} bytes; only the first {cap} were read"
        ));
    }
    let result = page_document(page, &path, Format::Html.name(), None, opts)
        .ok_or_else(|| SourceError::new(&path, None, "no text found in the HTML page"));
    Box::new(std::iter::once(result))
}

/// Turns an extracted page into a document; `None` when it has no text.
pub fn page_document(
    page: Page,
    path: &str,
    format: &str,
    record: Option<u64>,
    opts: &ReadOptions,
) -> Option<Document> {
    if page.text.trim().is_empty() {
        return None;
    }
    let source = SourceInfo {
        path: path.to_string(),
        url: page.url,
        title: page.title,
        publisher: page.publisher,
        format: format.to_string(),
        record,
    };
    let mut doc = make_document(page.text, source, page.warnings, opts);
    if let Some(date) = page.date {
        doc.date = Some(date);
        doc.date_source = DateSource::Metadata;
    }
    Some(doc)
}

/// Decodes and extracts a page. `http_charset` is the charset of an HTTP
/// `Content-Type` header, when the page came with one.
pub fn extract(bytes: Vec<u8>, http_charset: Option<&'static Encoding>) -> Page {
    let declared = http_charset.or_else(|| charset_param_in_meta(&bytes));
    let decoded = decode(bytes, declared);
    let mut page = Page::default();
    page.warnings.extend(decoded.warning);
    let html = decoded.text;
    if html_text::too_deep(&html) {
        page.warnings.push(format!(
            "pathological HTML (nested deeper than {} elements, or over {} stray `<`): tags stripped without parsing, metadata and main-content detection skipped",
            html_text::MAX_PARSE_DEPTH,
            html_text::MAX_STRAY_ANGLES
        ));
        page.text = html_text::join(html_text::strip_tags(&html));
        return page;
    }
    let dom = Dom::from(html.as_str());
    read_metadata(&dom, &mut page);
    let fallback_title = html_title(&dom);
    let config = dom_smoothie::Config {
        max_elements_to_parse: 200_000,
        ..Default::default()
    };
    let mut readability = dom_smoothie::Readability::with_document(dom, None, Some(config)).ok();
    let article = readability.as_mut().and_then(|r| r.parse().ok());
    match (article, readability) {
        (Some(a), Some(r)) => {
            // Walk Readability's own article tree: serializing it and parsing
            // it again as a fragment would lose table cells (`<td>` outside
            // a `<table>` context is dropped by the HTML parser).
            let root = r.doc.select("#readability-page-1");
            page.text = match root.nodes().first() {
                Some(node) => html_text::join(html_text::paragraphs(node)),
                None => html_text::fragment_to_text(&a.content),
            };
            // Readability's title has the " - Site name" suffix removed.
            if page.title.is_none() && !a.title.trim().is_empty() {
                page.title = Some(html_text::inline_text(a.title.trim()));
            }
            if page.publisher.is_none() {
                page.publisher = a.site_name.filter(|s| !s.trim().is_empty());
            }
            if page.date.is_none() {
                page.date = a.published_time.as_deref().and_then(normalize_date);
            }
        }
        _ => {
            page.warnings
                .push("no article found by main-content detection; all visible text kept".into());
            page.text = plain_text(&html);
        }
    }
    if page.title.is_none() {
        page.title = fallback_title;
    }
    page
}

/// All visible text of a page (navigation, scripts, asides left out),
/// boilerplate paragraphs dropped.
fn plain_text(html: &str) -> String {
    let doc = Dom::from(html);
    html_text::join(html_text::paragraphs(&doc.root()))
}

/// The charset of a `<meta charset>` or `http-equiv` tag in the first 4 KiB.
fn charset_param_in_meta(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = lower.windows(5).position(|w| w == b"<meta")?;
    // Scan from the first <meta>: the charset must be inside a meta tag.
    lower[at..]
        .windows(5)
        .enumerate()
        .filter(|(_, w)| *w == b"<meta")
        .find_map(|(i, _)| {
            let tag = &head[at + i..];
            let end = tag.iter().position(|&b| b == b'>').unwrap_or(tag.len());
            charset_param(&tag[..end])
        })
}

/// The page's `<title>`, for when nothing better names the article.
fn html_title(dom: &Dom) -> Option<String> {
    Some(html_text::inline_text(dom.select("title").text().trim())).filter(|t| !t.is_empty())
}

/// Fills date, publisher, URL and (from `og:title` or JSON-LD) the title.
fn read_metadata(dom: &Dom, page: &mut Page) {
    // One pass over the <meta> tags: key (property, name or itemprop, lower
    // case) -> first non-empty content.
    let mut metas: HashMap<String, String> = HashMap::new();
    for m in dom.select("meta").iter() {
        let Some(content) = m.attr("content") else {
            continue;
        };
        let content = content.trim();
        if content.is_empty() {
            continue;
        }
        for key in ["property", "name", "itemprop"] {
            if let Some(k) = m.attr(key) {
                metas
                    .entry(k.trim().to_ascii_lowercase())
                    .or_insert_with(|| content.to_string());
            }
        }
    }
    let meta = |keys: &[&str]| keys.iter().find_map(|k| metas.get(*k).cloned());
    let json_ld = json_ld_fields(dom);
    let date_candidates = [
        meta(&["article:published_time"]),
        json_ld.date_published.clone(),
        meta(&[
            "pubdate",
            "publishdate",
            "publish-date",
            "content_publisheddate",
            "datepublished",
            "dc.date.issued",
            "dc.date",
            "date",
        ]),
        dom.select("time[datetime]")
            .iter()
            .find_map(|t| t.attr("datetime").map(|v| v.to_string())),
    ];
    page.date = date_candidates
        .iter()
        .flatten()
        .find_map(|d| normalize_date(d));
    page.title = meta(&["og:title"])
        .or_else(|| json_ld.headline.clone())
        .map(|t| html_text::inline_text(&t));
    page.publisher = meta(&["og:site_name"]).or(json_ld.publisher);
    page.url = dom
        .select("link[rel='canonical']")
        .attr("href")
        .map(|h| h.trim().to_string())
        .filter(|h| h.starts_with("http"))
        .or_else(|| meta(&["og:url"]));
}

#[derive(Default)]
struct JsonLd {
    date_published: Option<String>,
    headline: Option<String>,
    publisher: Option<String>,
}

/// `datePublished`, `headline` and `publisher.name` of the first JSON-LD
/// object that has a `datePublished` (also inside `@graph` and arrays).
fn json_ld_fields(dom: &Dom) -> JsonLd {
    let mut out = JsonLd::default();
    for script in dom.select("script[type='application/ld+json']").iter() {
        let text = script.text();
        // serde_json's recursion limit keeps hostile nesting harmless.
        let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) else {
            continue;
        };
        let mut stack = vec![&value];
        while let Some(v) = stack.pop() {
            match v {
                serde_json::Value::Array(items) => stack.extend(items.iter().rev()),
                serde_json::Value::Object(map) => {
                    if let Some(d) = map.get("datePublished").and_then(|d| d.as_str()) {
                        out.date_published = Some(d.to_string());
                        out.headline = map
                            .get("headline")
                            .and_then(|h| h.as_str())
                            .map(str::to_string);
                        out.publisher = map
                            .get("publisher")
                            .and_then(|p| p.get("name").or(Some(p)))
                            .and_then(|n| n.as_str())
                            .map(str::to_string);
                        return out;
                    }
                    if let Some(graph) = map.get("@graph") {
                        stack.push(graph);
                    }
                }
                _ => {}
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_is_found_in_meta_tags_only() {
        assert_eq!(
            charset_param_in_meta(b"<html><head><meta charset=\"windows-1252\"><title>x</title>"),
            Some(encoding_rs::WINDOWS_1252)
        );
        assert_eq!(charset_param_in_meta(b"<p>charset=latin1</p>"), None);
    }
}
