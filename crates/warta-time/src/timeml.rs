//! Reading TimeML (`.tml`) files: the TimeBank / IndoTimex format.
//!
//! The document creation time is the `<TIMEX3 functionInDocument="CREATION_TIME">`
//! inside `<DCT>`; the body is the content of `<TEXT>`, whose inline
//! `<TIMEX3 tid type value>` elements are the gold expressions. Tags are
//! stripped and character entities decoded; gold offsets are code point
//! offsets into the stripped body text. Files that are not UTF-8 are read
//! as Windows-1252, which is what older Indonesian news archives use.

use std::path::{Path, PathBuf};

/// A gold TIMEX3 from a TimeML body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldTimex {
    /// First code point in [`TimemlDoc::text`].
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The expression's text.
    pub text: String,
    /// TIMEX3 `type` (`DATE`, `TIME`, `DURATION`, `SET`).
    pub kind: String,
    /// TIMEX3 `value`.
    pub value: String,
}

/// A parsed TimeML document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimemlDoc {
    /// File name (or id) for reports.
    pub name: String,
    /// Document creation time, `YYYY-MM-DD`, if the file has one.
    pub dct: Option<String>,
    /// The body text with tags removed.
    pub text: String,
    /// Gold expressions in text order.
    pub timexes: Vec<GoldTimex>,
}

/// A TimeML file could not be read or parsed.
#[derive(Debug, thiserror::Error)]
pub enum TimemlError {
    /// Reading failed.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A named path does not exist.
    #[error("{0}: no such file or folder; give .tml files or folders that contain them")]
    Missing(PathBuf),
    /// The file has no `<TEXT>` element.
    #[error("{0}: no <TEXT> element; is this a TimeML file?")]
    NoText(String),
}

/// Decodes bytes as UTF-8, or as Windows-1252 when they are not UTF-8.
pub fn decode(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => bytes.iter().map(|&b| cp1252(b)).collect(),
    }
}

fn cp1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '\u{20AC}', '\u{81}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}',
        '\u{2021}', '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{8D}',
        '\u{017D}', '\u{8F}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}',
        '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}',
        '\u{9D}', '\u{017E}', '\u{0178}',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

/// Reads and parses one `.tml` file.
pub fn read(path: &Path) -> Result<TimemlDoc, TimemlError> {
    let bytes = std::fs::read(path).map_err(|source| TimemlError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    parse(&name, &decode(&bytes))
}

/// The files named in `paths`, plus the `.tml` files inside any folders
/// among them (recursively), sorted. A named path that does not exist is
/// an error.
pub fn collect_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, TimemlError> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk(p, &mut out)?;
        } else if p.is_file() {
            out.push(p.clone());
        } else {
            return Err(TimemlError::Missing(p.clone()));
        }
    }
    out.sort();
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), TimemlError> {
    let io = |source| TimemlError::Io {
        path: dir.to_path_buf(),
        source,
    };
    for e in std::fs::read_dir(dir).map_err(io)? {
        let path = e.map_err(io)?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "tml") {
            out.push(path);
        }
    }
    Ok(())
}

/// The value of attribute `name` in a start tag's inside (`TIMEX3 tid="t1" ...`).
fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(pos) = rest.find(name) {
        let before_ok = pos == 0 || rest.as_bytes()[pos - 1].is_ascii_whitespace();
        let after = rest[pos + name.len()..].trim_start();
        if before_ok && let Some(after) = after.strip_prefix('=') {
            let after = after.trim_start();
            let quote = after.chars().next()?;
            if quote == '"' || quote == '\'' {
                let body = &after[1..];
                return body
                    .find(quote)
                    .map(|e| warta_core::markup::decoded(&body[..e]));
            }
            return Some(
                after
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .trim_end_matches('/')
                    .to_string(),
            );
        }
        rest = &rest[pos + name.len()..];
    }
    None
}

/// Parses TimeML source text.
pub fn parse(name: &str, source: &str) -> Result<TimemlDoc, TimemlError> {
    let dct = source.find("<DCT").and_then(|start| {
        let end = source[start..]
            .find("</DCT>")
            .map_or(source.len(), |e| start + e);
        let block = &source[start..end];
        let open = block.find("<TIMEX3")?;
        let close = block[open..].find('>')? + open;
        let value = attribute(&block[open + 1..close], "value")?;
        normalize_day(&value)
    });
    let body_start = source
        .find("<TEXT>")
        .or_else(|| source.find("<TEXT "))
        .and_then(|s| source[s..].find('>').map(|e| s + e + 1))
        .ok_or_else(|| TimemlError::NoText(name.to_string()))?;
    let body_end = source[body_start..]
        .find("</TEXT>")
        .map_or(source.len(), |e| body_start + e);
    let body = &source[body_start..body_end];

    let mut text = String::with_capacity(body.len());
    let mut chars = 0usize;
    let mut timexes = Vec::new();
    let mut open: Option<(usize, String, String)> = None;
    let mut rest = body;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            push_text(&mut text, &mut chars, rest);
            break;
        };
        push_text(&mut text, &mut chars, &rest[..lt]);
        let Some(gt) = rest[lt..].find('>') else {
            push_text(&mut text, &mut chars, &rest[lt..]);
            break;
        };
        let tag = &rest[lt + 1..lt + gt];
        if let Some(inner) = tag.strip_prefix("TIMEX3") {
            let kind = attribute(inner, "type").unwrap_or_default();
            let value = attribute(inner, "value").unwrap_or_default();
            open = Some((chars, kind, value));
        } else if tag.starts_with("/TIMEX3")
            && let Some((start, kind, value)) = open.take()
        {
            let from = text
                .char_indices()
                .nth(start)
                .map_or(text.len(), |(b, _)| b);
            timexes.push(GoldTimex {
                start,
                end: chars,
                text: text[from..].to_string(),
                kind,
                value,
            });
        }
        rest = &rest[lt + gt + 1..];
    }
    Ok(TimemlDoc {
        name: name.to_string(),
        dct,
        text,
        timexes,
    })
}

/// `2014-12-3`, `2014-12-03T10:00` -> `2014-12-03`; `None` if not a day.
fn normalize_day(value: &str) -> Option<String> {
    let day_part = value.split('T').next()?;
    let mut parts = day_part.split('-').map(|p| p.trim().parse::<u32>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

fn push_text(text: &mut String, chars: &mut usize, raw: &str) {
    let decoded = warta_core::markup::decoded(raw);
    *chars += decoded.chars().count();
    text.push_str(&decoded);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_tags_and_keeps_offsets() {
        let src = r#"<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2023-09-06" functionInDocument="CREATION_TIME">6 Sept</TIMEX3></DCT>
<TEXT>Rapat digelar <TIMEX3 tid="t1" type="DATE" value="2023-09-05">kemarin</TIMEX3> &amp; <EVENT eid="e1">dibuka</EVENT> <TIMEX3 tid="t2" type="DURATION" value="P2Y">dua tahun</TIMEX3>.</TEXT></TimeML>"#;
        let d = parse("x.tml", src).unwrap();
        assert_eq!(d.dct.as_deref(), Some("2023-09-06"));
        assert_eq!(d.text, "Rapat digelar kemarin & dibuka dua tahun.");
        assert_eq!(d.timexes.len(), 2);
        let t = &d.timexes[1];
        let got: String = d.text.chars().skip(t.start).take(t.end - t.start).collect();
        assert_eq!(got, "dua tahun");
        assert_eq!((t.kind.as_str(), t.value.as_str()), ("DURATION", "P2Y"));
        assert!(parse("y.tml", "<TimeML></TimeML>").is_err());
        let loose = r#"<DCT><TIMEX3 tid="t0" type="TIME" value="2014-12-3" functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>a</TEXT>"#;
        assert_eq!(
            parse("z.tml", loose).unwrap().dct.as_deref(),
            Some("2014-12-03")
        );
    }

    #[test]
    fn decodes_windows_1252() {
        assert_eq!(decode(b"\x93Kami\x94"), "\u{201C}Kami\u{201D}");
    }
}
