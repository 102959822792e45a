//! JSON Lines: one article object per line, read one line at a time.
//!
//! Recognised fields (first non-empty wins): `id`; `url`/`link`;
//! `title`/`headline`; `date`/`published`/`published_at`/`publish_date`/
//! `pubdate`/`datePublished`; `text`/`body`/`content`/`article`;
//! `language`/`lang`; `publisher`/`source`/`site_name`. Other fields are ignored.

use std::io::BufRead;

use serde::Deserialize;
use serde_json::Value;
use warta_core::{DateSource, Document, LanguageInfo, SourceInfo};

use crate::date::{from_unix, normalize_date};
use crate::limits::make_document;
use crate::open::Source;
use crate::{DocumentStream, Format, ReadOptions, SourceError};

/// Reads `source` as JSON Lines.
pub fn read(path: String, source: Source, opts: &ReadOptions) -> DocumentStream {
    Box::new(JsonlReader {
        path,
        source,
        opts: opts.clone(),
        line_cap: opts
            .max_text_bytes
            .saturating_mul(2)
            .saturating_add(1 << 20),
        line_no: 0,
        buf: Vec::new(),
        done: false,
    })
}

struct JsonlReader {
    path: String,
    source: Source,
    opts: ReadOptions,
    /// Longest line accepted; JSON escapes can double a text's size.
    line_cap: usize,
    line_no: u64,
    buf: Vec<u8>,
    done: bool,
}

impl Iterator for JsonlReader {
    type Item = Result<Document, SourceError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            self.line_no += 1;
            let limit = u64::try_from(self.line_cap).unwrap_or(u64::MAX) + 1;
            let read =
                std::io::Read::take(&mut self.source, limit).read_until(b'\n', &mut self.buf);
            match read {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(_) => {}
                Err(e) => {
                    self.done = true;
                    return Some(Err(self.error(format!("cannot read further: {e}"))));
                }
            }
            if self.buf.len() > self.line_cap && self.buf.last() != Some(&b'\n') {
                if let Err(e) = skip_line(&mut self.source) {
                    self.done = true;
                    return Some(Err(self.error(format!("cannot read further: {e}"))));
                }
                return Some(Err(self.error(format!(
                    "line longer than {} bytes; skipped (raise --max-text-bytes for longer articles)",
                    self.line_cap
                ))));
            }
            let mut line: &[u8] = &self.buf;
            if self.line_no == 1 {
                line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
            }
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(self.parse(line));
        }
        None
    }
}

/// Consumes the rest of an over-long line, without buffering it.
fn skip_line(source: &mut Source) -> std::io::Result<()> {
    loop {
        let buf = source.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        if let Some(i) = buf.iter().position(|&b| b == b'\n') {
            source.consume(i + 1);
            return Ok(());
        }
        let n = buf.len();
        source.consume(n);
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Article {
    id: Option<Value>,
    url: Option<Value>,
    link: Option<Value>,
    title: Option<Value>,
    headline: Option<Value>,
    date: Option<Value>,
    published: Option<Value>,
    published_at: Option<Value>,
    publish_date: Option<Value>,
    pubdate: Option<Value>,
    #[serde(rename = "datePublished")]
    date_published: Option<Value>,
    text: Option<Value>,
    body: Option<Value>,
    content: Option<Value>,
    article: Option<Value>,
    language: Option<Value>,
    lang: Option<Value>,
    publisher: Option<Value>,
    source: Option<Value>,
    site_name: Option<Value>,
}

impl JsonlReader {
    fn error(&self, message: String) -> SourceError {
        SourceError::new(
            &self.path,
            Some(self.line_no),
            format!("line {}: {message}", self.line_no),
        )
    }

    fn parse(&self, line: &[u8]) -> Result<Document, SourceError> {
        let mut warnings = Vec::new();
        let parsed = match serde_json::from_slice::<Article>(line) {
            Err(e) if std::str::from_utf8(line).is_err() => {
                warnings.push("line is not valid UTF-8; bad bytes were replaced by U+FFFD".into());
                serde_json::from_str::<Article>(&String::from_utf8_lossy(line)).map_err(|_| e)
            }
            other => other,
        };
        let a = parsed.map_err(|e| {
            self.error(format!(
                "not a JSON object ({e}); each line must be one article object"
            ))
        })?;
        let text = first_string([a.text, a.body, a.content, a.article]).ok_or_else(|| {
            self.error(
                "no text: give the article body in a `text`, `body` or `content` field".into(),
            )
        })?;
        let text = if looks_like_html(&text) {
            crate::html_text::fragment_to_text(&text)
        } else {
            text
        };
        let source = SourceInfo {
            path: self.path.clone(),
            url: first_string([a.url, a.link]),
            title: first_string([a.title, a.headline]),
            publisher: first_string([a.publisher, a.source, a.site_name]),
            format: Format::Jsonl.name().into(),
            record: Some(self.line_no),
        };
        let mut doc = make_document(text, source, warnings, &self.opts);
        if let Some(id) = first_string([a.id]) {
            doc.id = id;
        }
        let date = [
            a.date,
            a.published,
            a.published_at,
            a.publish_date,
            a.pubdate,
            a.date_published,
        ]
        .into_iter()
        .flatten()
        .find(|v| !v.is_null());
        if let Some(raw) = date {
            let normalized = match &raw {
                Value::String(s) => normalize_date(s),
                Value::Number(n) => n.as_f64().and_then(from_unix),
                _ => None,
            };
            match normalized {
                Some(d) => {
                    doc.date = Some(d);
                    doc.date_source = DateSource::Metadata;
                }
                None => doc.warnings.push(format!(
                    "date {raw} is not an ISO 8601, RFC 2822 or Unix-time date; ignored"
                )),
            }
        }
        if let Some(raw) = first_string([a.language, a.lang]) {
            match language_code(&raw) {
                Some(code) => {
                    doc.language = LanguageInfo {
                        code,
                        confidence: 1.0,
                        method: "input".into(),
                    }
                }
                None => doc.warnings.push(format!(
                    "language {raw:?} is not an ISO 639 code; the language will be detected"
                )),
            }
        }
        Ok(doc)
    }
}

/// The first value that is a non-empty string (or a number, or an object
/// with a `name`, as publishers sometimes are).
fn first_string<const N: usize>(values: [Option<Value>; N]) -> Option<String> {
    values.into_iter().flatten().find_map(|v| match v {
        Value::String(s) if !s.trim().is_empty() => Some(s),
        Value::Number(n) => Some(n.to_string()),
        Value::Object(mut m) => match m.remove("name") {
            Some(Value::String(s)) if !s.trim().is_empty() => Some(s),
            _ => None,
        },
        _ => None,
    })
}

fn looks_like_html(text: &str) -> bool {
    let t = text.trim_start();
    t.starts_with('<') && (t.contains("</p>") || t.contains("<br") || t.contains("</div>"))
}

/// ISO 639-1 code for a language tag or name (`id`, `id-ID`, `ind`, `Indonesian`).
pub(crate) fn language_code(raw: &str) -> Option<String> {
    let lower = raw.trim().to_ascii_lowercase();
    let primary = lower.split(['-', '_']).next().unwrap_or_default();
    let code = match primary {
        "ind" | "indonesian" | "bahasa indonesia" => "id",
        "eng" | "english" => "en",
        "msa" | "may" | "zsm" | "malay" => "ms",
        c if c.len() == 2 && c.bytes().all(|b| b.is_ascii_lowercase()) => c,
        _ => return None,
    };
    Some(code.to_string())
}

#[cfg(test)]
mod tests {
    use super::language_code;

    #[test]
    fn language_tags_become_iso_639_1() {
        assert_eq!(language_code("id-ID").as_deref(), Some("id"));
        assert_eq!(language_code("IND").as_deref(), Some("id"));
        assert_eq!(language_code("English").as_deref(), Some("en"));
        assert_eq!(language_code("klingon"), None);
    }
}
