//! Format detection: the file extension says what the author meant, the first
//! bytes say what the file is. Extension wins, except that a file which looks
//! binary is always rejected (a `.txt` full of NUL bytes is not an article).

use crate::Format;

/// How many leading bytes of a (decompressed) input detection looks at.
pub const SNIFF_BYTES: usize = 8 * 1024;

/// The gzip magic number.
pub fn is_gzip(head: &[u8]) -> bool {
    head.starts_with(&[0x1f, 0x8b])
}

/// Detects the format of an input from its file name (with any `.gz` removed;
/// `None` for standard input) and its first bytes (decompressed, at most
/// [`SNIFF_BYTES`]).
///
/// Returns an error message meant for the user when the input is not
/// something warta reads.
pub fn detect(name: Option<&str>, head: &[u8]) -> Result<Format, String> {
    if let Some(kind) = other_compression(head) {
        return Err(format!(
            "compressed with {kind}, which warta does not read; decompress it first (gzip is read directly)"
        ));
    }
    // A WARC holds binary payloads (images) after its text header.
    if sniff(head) == Some(Format::Warc) {
        return Ok(Format::Warc);
    }
    if looks_binary(head) {
        return Err("not a text, JSONL, HTML, feed or WARC file (looks binary)".into());
    }
    if sniff(head) == Some(Format::Feed) && skip_bom_and_space(head).starts_with(b"{") {
        return Ok(Format::Feed);
    }
    if has_extension(name, "json") && !skip_bom_and_space(head).starts_with(b"{") {
        return Err(
            "a .json file must hold one article object per line (JSON Lines); convert an array with `jq -c '.[]'`"
                .into(),
        );
    }
    let by_extension = name.and_then(format_from_extension);
    let by_content = sniff(head);
    Ok(match (by_extension, by_content) {
        // `.xml` is a weak hint: an XML file is a feed only if it looks like one.
        (Some(Format::Feed), Some(Format::Html)) if has_extension(name, "xml") => Format::Html,
        (Some(f), _) => f,
        (None, Some(f)) => f,
        (None, None) => Format::Txt,
    })
}

/// True when a file name has an extension warta reads (`.txt`, `.jsonl`,
/// `.html`, `.rss`, `.xml`, `.warc`, ..., optionally followed by `.gz`).
/// Folder walks read only such files; files named explicitly are always read.
pub fn is_input_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let base = lower.strip_suffix(".gz").unwrap_or(&lower);
    format_from_extension(base).is_some() || base.ends_with(".json")
}

fn has_extension(name: Option<&str>, ext: &str) -> bool {
    name.and_then(extension)
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

fn extension(name: &str) -> Option<&str> {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    file.rsplit_once('.').map(|(_, e)| e)
}

fn format_from_extension(name: &str) -> Option<Format> {
    let ext = extension(name)?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "txt" | "text" => Format::Txt,
        "jsonl" | "ndjson" | "jsonlines" => Format::Jsonl,
        "html" | "htm" | "xhtml" | "shtml" => Format::Html,
        "rss" | "atom" | "xml" => Format::Feed,
        "warc" | "arc" => Format::Warc,
        _ => return None,
    })
}

/// Content sniffing for inputs without a telling extension.
fn sniff(head: &[u8]) -> Option<Format> {
    let text = skip_bom_and_space(head);
    if text.starts_with(b"WARC/") {
        return Some(Format::Warc);
    }
    if text.starts_with(b"{") {
        // A JSON Feed is one (pretty-printed) object naming its version URL.
        let head = &text[..text.len().min(512)];
        if head.windows(12).any(|w| w == b"jsonfeed.org") {
            return Some(Format::Feed);
        }
        return Some(Format::Jsonl);
    }
    if text.starts_with(b"<") {
        let lower: Vec<u8> = text
            .iter()
            .take(SNIFF_BYTES)
            .map(u8::to_ascii_lowercase)
            .collect();
        let has = |needle: &[u8]| lower.windows(needle.len()).any(|w| w == needle);
        if has(b"<rss") || has(b"<feed") || has(b"<rdf:rdf") {
            return Some(Format::Feed);
        }
        return Some(Format::Html);
    }
    None
}

fn skip_bom_and_space(head: &[u8]) -> &[u8] {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    &head[start..]
}

fn other_compression(head: &[u8]) -> Option<&'static str> {
    if head.starts_with(b"\x28\xB5\x2F\xFD") {
        Some("zstd")
    } else if head.starts_with(b"BZh") && head.get(3).is_some_and(u8::is_ascii_digit) {
        Some("bzip2")
    } else if head.starts_with(b"\xFD7zXZ\x00") {
        Some("xz")
    } else if head.starts_with(b"PK\x03\x04") {
        Some("zip")
    } else {
        None
    }
}

/// True when the bytes are not text in any encoding warta decodes: NUL bytes
/// (outside UTF-16, which announces itself with a BOM) or many control bytes.
pub fn looks_binary(head: &[u8]) -> bool {
    if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        return false;
    }
    if head.is_empty() {
        return false;
    }
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
        .count();
    controls * 20 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_wins_over_content() {
        assert_eq!(detect(Some("a.txt"), b"<html>").unwrap(), Format::Txt);
        assert_eq!(
            detect(Some("a.jsonl"), b"{\"text\":1}").unwrap(),
            Format::Jsonl
        );
        assert_eq!(detect(Some("a.HTM"), b"hello").unwrap(), Format::Html);
    }

    #[test]
    fn content_decides_without_extension() {
        assert_eq!(detect(None, b"WARC/1.1\r\n").unwrap(), Format::Warc);
        assert_eq!(
            detect(Some("x.warc"), b"WARC/1.0\r\n\r\n\xff\xd8\x00\x00").unwrap(),
            Format::Warc
        );
        assert_eq!(
            detect(None, b"  {\"text\": \"x\"}\n").unwrap(),
            Format::Jsonl
        );
        assert_eq!(
            detect(None, b"<?xml version=\"1.0\"?><rss version=\"2.0\">").unwrap(),
            Format::Feed
        );
        assert_eq!(
            detect(Some("x.xml"), b"<?xml?><feed xmlns=").unwrap(),
            Format::Feed
        );
        assert_eq!(
            detect(None, b"<!DOCTYPE html><html>").unwrap(),
            Format::Html
        );
        assert_eq!(
            detect(Some("x.dat"), b"JAKARTA - Berita").unwrap(),
            Format::Txt
        );
    }

    #[test]
    fn input_names() {
        assert!(is_input_name("a.warc.gz"));
        assert!(is_input_name("B.HTML"));
        assert!(is_input_name("data.json"));
        assert!(!is_input_name("README.md"));
        assert!(!is_input_name("foto.jpg.gz"));
    }

    #[test]
    fn binary_and_other_compression_are_rejected() {
        let err = detect(Some("a.txt"), b"\x7fELF\x02\x01\x01\x00\x00\x00").unwrap_err();
        assert!(err.contains("looks binary"), "{err}");
        let err = detect(None, b"\x28\xB5\x2F\xFD\x00").unwrap_err();
        assert!(err.contains("zstd"), "{err}");
        assert!(!looks_binary(b"\xFF\xFEJ\x00a\x00"));
        let err = detect(Some("a.json"), b"[{\"text\": 1}]").unwrap_err();
        assert!(err.contains("JSON Lines"), "{err}");
        assert_eq!(
            detect(Some("a.json"), b"{\"text\": 1}").unwrap(),
            Format::Jsonl
        );
    }
}
