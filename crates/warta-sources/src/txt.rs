//! Plain text: one article per file. The text is kept exactly as written
//! (offsets of analysts' tools must match the file), apart from a byte order
//! mark and one trailing newline.

use warta_core::SourceInfo;

use crate::decode::decode;
use crate::limits::{make_document, read_capped};
use crate::open::{Source, fail};
use crate::{DocumentStream, Format, ReadOptions, SourceError};

/// Reads `source` as one plain-text document.
pub fn read(path: String, mut source: Source, opts: &ReadOptions) -> DocumentStream {
    // Four raw bytes per text byte covers UTF-16 and legacy encodings; the
    // decoded text is cut to the exact limit afterwards.
    let cap = opts.max_text_bytes.saturating_mul(4).saturating_add(4);
    let (bytes, _more) = match read_capped(&mut source, cap) {
        Ok(x) => x,
        Err(e) => return fail(&path, None, format!("cannot read: {e}")),
    };
    let decoded = decode(bytes, None);
    let mut text = decoded.text;
    if text.ends_with('\n') {
        text.pop();
        if text.ends_with('\r') {
            text.pop();
        }
    }
    if text.trim().is_empty() {
        return Box::new(std::iter::once(Err(SourceError::new(
            path,
            None,
            "the file is empty; nothing to read",
        ))));
    }
    let source = SourceInfo {
        path,
        title: title_line(&text),
        format: Format::Txt.name().into(),
        ..Default::default()
    };
    let warnings = decoded.warning.into_iter().collect();
    Box::new(std::iter::once(Ok(make_document(
        text, source, warnings, opts,
    ))))
}

/// A headline: a short first line followed by a blank line, not ending like
/// a sentence. It stays in the text; this only fills `source.title`.
fn title_line(text: &str) -> Option<String> {
    let (first, rest) = text.split_once('\n')?;
    let first = first.trim();
    let blank_follows = rest.starts_with('\n') || rest.starts_with("\r\n");
    let sentence_end = first.ends_with(['.', '!', '?', ':', ',', ';']);
    (blank_follows && !first.is_empty() && first.chars().count() <= 200 && !sentence_end)
        .then(|| first.to_string())
}

#[cfg(test)]
mod tests {
    use super::title_line;

    #[test]
    fn headline_needs_a_blank_line_after_it() {
        assert_eq!(
            title_line("Gempa M 5,6 guncang Cianjur\n\nCIANJUR - Gempa...").as_deref(),
            Some("Gempa M 5,6 guncang Cianjur")
        );
        assert_eq!(
            title_line("IPOL.ID – Kim akan ke Rusia\nMengutip Reuters..."),
            None
        );
        assert_eq!(title_line("Kalimat pertama.\n\nKalimat kedua."), None);
    }
}
