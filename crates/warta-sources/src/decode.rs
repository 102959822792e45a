//! Character set detection and decoding.
//!
//! Order of evidence, strongest first: a byte order mark, a charset declared
//! by the container (HTTP header, `<meta charset>`, XML declaration), valid
//! UTF-8, and finally a statistical guess (`chardetng`). Whatever is lossy or
//! guessed leaves a warning on the document, so an analyst can tell.

use encoding_rs::{Encoding, UTF_8};

/// Decoded text and, when decoding was lossy or guessed, why.
#[derive(Debug)]
pub struct Decoded {
    /// The text, always valid UTF-8, without a byte order mark.
    pub text: String,
    /// A warning for the document, if any.
    pub warning: Option<String>,
}

/// Decodes `bytes`, using `declared` (from a header or meta tag) when there
/// is no byte order mark.
pub fn decode(bytes: Vec<u8>, declared: Option<&'static Encoding>) -> Decoded {
    if let Some((encoding, bom_len)) = Encoding::for_bom(&bytes) {
        return decode_with(encoding, &bytes[bom_len..], "byte order mark");
    }
    if let Some(encoding) = declared {
        // A page that declares a legacy charset but is valid UTF-8 with
        // non-ASCII text is almost always mislabelled UTF-8.
        if encoding != UTF_8 && !bytes.is_ascii() && std::str::from_utf8(&bytes).is_ok() {
            return Decoded {
                text: String::from_utf8(bytes).unwrap_or_default(),
                warning: None,
            };
        }
        return decode_with(encoding, &bytes, "declared charset");
    }
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => {
            return Decoded {
                text,
                warning: None,
            };
        }
        Err(e) => e.into_bytes(),
    };
    if mostly_utf8(&bytes) {
        return decode_with(UTF_8, &bytes, "UTF-8");
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(&bytes, true);
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    let (text, had_errors) = guess.decode_without_bom_handling(&bytes);
    let mut warning = format!(
        "input is not UTF-8; decoded as {} (guessed from the bytes)",
        guess.name()
    );
    if had_errors {
        warning.push_str(", with undecodable bytes replaced by U+FFFD");
    }
    Decoded {
        text: text.into_owned(),
        warning: Some(warning),
    }
}

fn decode_with(encoding: &'static Encoding, bytes: &[u8], why: &str) -> Decoded {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let warning = had_errors.then(|| {
        format!(
            "invalid {} byte sequences (encoding from {why}) were replaced by U+FFFD",
            encoding.name()
        )
    });
    Decoded {
        text: text.into_owned(),
        warning,
    }
}

/// True when the invalid bytes look like damage inside UTF-8 text (there are
/// at least as many valid multi-byte characters as broken sequences) rather
/// than text in a legacy single-byte encoding.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let mut valid_multibyte = 0usize;
    let mut invalid = 0usize;
    for chunk in bytes.utf8_chunks() {
        valid_multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            invalid += 1;
        }
    }
    valid_multibyte >= invalid
}

/// The encoding named by a `charset=` parameter in `text` (an HTTP
/// `Content-Type` value, or the head of an HTML page), if any.
pub fn charset_param(text: &[u8]) -> Option<&'static Encoding> {
    let lower: Vec<u8> = text.iter().map(u8::to_ascii_lowercase).collect();
    let at = find(&lower, b"charset")?;
    let rest = &text[at + b"charset".len()..];
    let rest = trim_start(rest);
    let rest = trim_start(rest.strip_prefix(b"=")?);
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|&b| {
            matches!(b, b'"' | b'\'' | b';' | b'>' | b'/' | b',') || b.is_ascii_whitespace()
        })
        .unwrap_or(rest.len());
    let encoding = Encoding::for_label(&rest[..end])?;
    // A page cannot really be UTF-16 if its head was readable as ASCII
    // (the HTML standard's rule for `<meta charset=utf-16>`).
    Some(
        if encoding.is_single_byte() || encoding == UTF_8 || encoding.name().starts_with("UTF-16") {
            encoding.output_encoding()
        } else {
            encoding
        },
    )
}

/// The encoding of an XML declaration (`<?xml ... encoding="ISO-8859-1"?>`).
pub fn xml_encoding(head: &[u8]) -> Option<&'static Encoding> {
    let end = find(head, b"?>")?;
    let decl = &head[..end];
    if !trim_start(decl).starts_with(b"<?xml") {
        return None;
    }
    let at = find(decl, b"encoding")?;
    let rest = trim_start(&decl[at + b"encoding".len()..]);
    let rest = trim_start(rest.strip_prefix(b"=")?);
    let quote = *rest.first()?;
    let body = &rest[1..];
    let close = body.iter().position(|&b| b == quote)?;
    Encoding::for_label(&body[..close]).map(Encoding::output_encoding)
}

fn trim_start(b: &[u8]) -> &[u8] {
    let s = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    &b[s..]
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_through_without_warning() {
        let d = decode("Menteri “Sugiono”".as_bytes().to_vec(), None);
        assert_eq!(d.text, "Menteri “Sugiono”");
        assert!(d.warning.is_none());
    }

    #[test]
    fn damaged_utf8_is_decoded_lossily_with_warning() {
        let mut bytes = "Kata “dia” ".as_bytes().to_vec();
        bytes.push(0xFF);
        bytes.extend_from_slice(b" lagi");
        let d = decode(bytes, None);
        assert_eq!(d.text, "Kata “dia” \u{FFFD} lagi");
        assert!(d.warning.unwrap().contains("U+FFFD"));
    }

    #[test]
    fn latin1_is_guessed_with_warning() {
        let d = decode(
            b"Caf\xe9 au lait in S\xe3o Paulo, na\xefve r\xe9sum\xe9".to_vec(),
            None,
        );
        assert!(d.text.contains("Café"), "{}", d.text);
        assert!(d.warning.unwrap().contains("guessed"));
    }

    #[test]
    fn bom_and_declared_charsets() {
        let d = decode(b"\xEF\xBB\xBFhalo".to_vec(), None);
        assert_eq!(d.text, "halo");
        let d = decode(b"\xFF\xFEh\x00i\x00".to_vec(), None);
        assert_eq!(d.text, "hi");
        let d = decode(b"Jos\xe9".to_vec(), Some(encoding_rs::WINDOWS_1252));
        assert_eq!(d.text, "José");
        assert!(d.warning.is_none());
    }

    #[test]
    fn charset_parameters_are_found() {
        assert_eq!(
            charset_param(b"text/html; charset=ISO-8859-1"),
            Some(encoding_rs::WINDOWS_1252)
        );
        assert_eq!(charset_param(b"<meta charset=\"utf-8\">"), Some(UTF_8));
        assert_eq!(
            charset_param(
                b"<meta http-equiv=Content-Type content='text/html;charset=windows-1252'>"
            ),
            Some(encoding_rs::WINDOWS_1252)
        );
        assert_eq!(charset_param(b"text/html"), None);
        assert_eq!(
            xml_encoding(b"<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss>"),
            Some(encoding_rs::WINDOWS_1252)
        );
    }
}
