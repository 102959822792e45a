//! Size limits: bounded reads and text truncation, so that one hostile input
//! cannot exhaust memory or stall a worker.

use std::io::{self, Read};

use warta_core::{Document, SourceInfo};

use crate::ReadOptions;

/// Reads at most `cap` bytes of `reader`. The flag says whether more input
/// was left unread (the rest is not consumed).
pub fn read_capped(reader: &mut dyn Read, cap: usize) -> io::Result<(Vec<u8>, bool)> {
    let mut buf = Vec::new();
    let limit = u64::try_from(cap).unwrap_or(u64::MAX).saturating_add(1);
    reader.take(limit).read_to_end(&mut buf)?;
    let truncated = buf.len() > cap;
    buf.truncate(cap);
    Ok((buf, truncated))
}

/// The most raw bytes read for one markup document (HTML page, feed): the
/// text limit times a generous markup overhead, at least 8 MiB.
pub fn markup_cap(opts: &ReadOptions) -> usize {
    opts.max_text_bytes.saturating_mul(16).max(8 << 20)
}

/// Cuts `text` to at most `max` bytes at a character boundary. Returns the
/// warning to attach when it did.
pub fn truncate_text(text: &mut String, max: usize) -> Option<String> {
    if text.len() <= max {
        return None;
    }
    let mut cut = max;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let original = text.len();
    text.truncate(cut);
    Some(format!(
        "text truncated from {original} to {cut} bytes (limit {max}; raise it with --max-text-bytes)"
    ))
}

/// A new document from `text`, truncated to the limit, with `warnings`.
pub fn make_document(
    mut text: String,
    source: SourceInfo,
    mut warnings: Vec<String>,
    opts: &ReadOptions,
) -> Document {
    if let Some(w) = truncate_text(&mut text, opts.max_text_bytes) {
        warnings.push(w);
    }
    let mut doc = Document::new(text, source);
    doc.warnings = warnings;
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_respects_char_boundaries() {
        let mut t = "aé".repeat(10);
        let w = truncate_text(&mut t, 5).unwrap();
        assert_eq!(t, "aéa");
        assert!(w.contains("--max-text-bytes"));
        let mut short = "abc".to_string();
        assert!(truncate_text(&mut short, 3).is_none());
    }

    #[test]
    fn capped_reads_report_leftovers() {
        let data = b"0123456789";
        let (b, more) = read_capped(&mut &data[..], 4).unwrap();
        assert_eq!((b.as_slice(), more), (&b"0123"[..], true));
        let (b, more) = read_capped(&mut &data[..], 10).unwrap();
        assert_eq!((b.len(), more), (10, false));
    }
}
