//! Quotation marks in every common typography, and their pairing into direct
//! quote spans.
//!
//! Recognised: “ ” „ ‟ " (double), ‘ ’ ‚ ' (single), « » ‹ › (guillemets),
//! U+FFFD replacement characters standing in for lost curly quotes, and the
//! UTF-8-read-as-Windows-1252 forms `â€œ` / `â€\u{9d}` / `â€˜` / `â€™`.
//! Straight and broken marks are ambiguous; their role (open or close) comes
//! from the characters around them.

/// The family of a mark: a quote opened by one family closes with the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// Double marks (and broken stand-ins).
    Double,
    /// Single marks.
    Single,
    /// Guillemets.
    Guillemet,
}

/// One quotation mark: a byte span of the text (1 to 4 characters long).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Family.
    pub family: Family,
    /// May open a quote here.
    pub can_open: bool,
    /// May close a quote here.
    pub can_close: bool,
    /// A low opening mark (`„`), closed by `“` or `”`.
    pub low: bool,
}

/// A direct quote: the marks that bound it (byte offsets).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Index of the opening mark.
    pub open: usize,
    /// Index of the closing mark; `None` when the quote runs to the end of its
    /// last paragraph without closing.
    pub close: Option<usize>,
    /// First byte of the content.
    pub content_start: usize,
    /// One past the last byte of the content.
    pub content_end: usize,
}

fn is_opening_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => c.is_whitespace() || "([{—–-:/".contains(c),
    }
}

fn is_closing_context(next: Option<char>) -> bool {
    match next {
        None => true,
        Some(c) => c.is_whitespace() || (!c.is_alphanumeric()),
    }
}

/// Finds every quotation mark in `text`, in order.
pub fn find_marks(text: &str) -> Vec<Mark> {
    let mut marks = Vec::new();
    let mut prev: Option<char> = None;
    let bytes = text.as_bytes();
    let plain = |b: u8| b.is_ascii() && b != b'"' && b != b'\'';
    let mut at = 0;
    while at < bytes.len() {
        // Fast path: ASCII other than `"` and `'` is never a mark (nor the
        // start of a mis-decoded one, which begins with `â`): skip the run.
        if plain(bytes[at]) {
            let run_end = bytes[at..]
                .iter()
                .position(|&b| !plain(b))
                .map_or(bytes.len(), |k| at + k);
            prev = Some(bytes[run_end - 1] as char);
            at = run_end;
            continue;
        }
        let i = at;
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        at = i + c.len_utf8();
        let rest = &text[i..];
        // Mis-decoded UTF-8: `â€` followed by the Windows-1252 reading of the
        // third byte. The dashes (`â€”`, `â€“`) are not marks.
        let (family, len, opening, closing) = if let Some(after) = rest.strip_prefix("â€") {
            match after.chars().next() {
                Some('œ') => (Family::Double, "â€œ".len(), true, false),
                Some('˜') => (Family::Single, "â€˜".len(), true, false),
                Some('™') => (Family::Single, "â€™".len(), false, true),
                Some('”') | Some('“') => {
                    prev = Some(c);
                    continue;
                }
                Some(d @ ('\u{9d}' | '\u{fffd}')) => {
                    (Family::Double, "â€".len() + d.len_utf8(), false, true)
                }
                _ => (Family::Double, "â€".len(), false, true),
            }
        } else {
            match c {
                '“' | '”' | '„' | '‟' | '"' | '\u{fffd}' => {
                    (Family::Double, c.len_utf8(), false, false)
                }
                '‘' | '’' | '‚' | '\'' => (Family::Single, c.len_utf8(), false, false),
                '«' | '»' | '‹' | '›' => (Family::Guillemet, c.len_utf8(), false, false),
                _ => {
                    prev = Some(c);
                    continue;
                }
            }
        };
        let next = text[i + len..].chars().next();
        let open_ctx = is_opening_context(prev) && next.is_some_and(|n| !n.is_whitespace());
        let close_ctx = prev.is_some_and(|p| !p.is_whitespace()) && is_closing_context(next);
        let inner_apostrophe =
            prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
        let (can_open, can_close, low) = match c {
            _ if opening || closing => (opening || open_ctx, closing || close_ctx, false),
            '“' => (true, close_ctx && !open_ctx, false),
            '”' => (open_ctx && !close_ctx, true, false),
            '„' | '‚' => (true, false, true),
            '‘' => (!inner_apostrophe, close_ctx && !open_ctx, false),
            '’' | '\'' if inner_apostrophe => (false, false, false),
            '’' => (open_ctx && !close_ctx, close_ctx, false),
            '«' | '‹' => (true, false, false),
            '»' | '›' => (false, true, false),
            _ => (open_ctx, close_ctx, false),
        };
        if can_open || can_close {
            marks.push(Mark {
                start: i,
                end: i + len,
                family,
                can_open,
                can_close,
                low,
            });
        }
        // Skip the rest of a multi-character mark.
        at = at.max(i + len);
        prev = text[..i + len].chars().next_back();
    }
    marks
}

/// Byte range of the paragraph (line) containing byte `pos`.
fn paragraph_end(text: &str, pos: usize) -> usize {
    text[pos..].find('\n').map_or(text.len(), |n| pos + n)
}

/// Pairs marks into direct quote spans. A quote left open at the end of a
/// paragraph continues when the next non-empty paragraph opens with a mark of
/// the same family (the wire convention for multi-paragraph quotes);
/// otherwise it ends with its paragraph.
pub fn pair_marks(text: &str, marks: &[Mark]) -> Vec<QuoteSpan> {
    let mut spans = Vec::new();
    // (index of the opening mark, end of the paragraph it is currently in,
    // whether it already continued across a paragraph)
    let mut open: Option<(usize, usize, bool)> = None;
    for (k, m) in marks.iter().enumerate() {
        if let Some((o, para_end, continued)) = open {
            let opener = &marks[o];
            if m.start > para_end {
                // The paragraph ended with the quote still open.
                let starts_paragraph = text[para_end..m.start].trim().is_empty();
                if starts_paragraph && m.can_open && m.family == opener.family {
                    open = Some((o, paragraph_end(text, m.end), true));
                    continue;
                }
                // A one-paragraph quote that never closes is a stray mark.
                if continued {
                    spans.push(unclosed(o, opener, para_end));
                }
                open = None;
            } else {
                let closes = m.family == opener.family && m.can_close
                    || (opener.low && m.family == Family::Double && m.start > opener.end);
                if closes {
                    spans.push(QuoteSpan {
                        open: o,
                        close: Some(k),
                        content_start: opener.end,
                        content_end: m.start,
                    });
                    open = None;
                }
                continue;
            }
        }
        if m.can_open {
            open = Some((k, paragraph_end(text, m.end), false));
        }
    }
    if let Some((o, para_end, true)) = open {
        spans.push(unclosed(o, &marks[o], para_end));
    }
    spans
        .into_iter()
        .map(|s| trim_content(text, s))
        .filter(|s| s.content_end > s.content_start)
        .collect()
}

fn unclosed(o: usize, opener: &Mark, para_end: usize) -> QuoteSpan {
    QuoteSpan {
        open: o,
        close: None,
        content_start: opener.end,
        content_end: para_end.max(opener.end),
    }
}

/// Trims spaces, and the comma that belongs to the tag (`“…,” kata X`).
fn trim_content(text: &str, mut s: QuoteSpan) -> QuoteSpan {
    let inner = &text[s.content_start..s.content_end];
    let lead = inner.len() - inner.trim_start().len();
    let trimmed = inner.trim().trim_end_matches(',').trim_end();
    s.content_start += lead;
    s.content_end = s.content_start + trimmed.len();
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(text: &str) -> Vec<String> {
        let marks = find_marks(text);
        pair_marks(text, &marks)
            .iter()
            .map(|s| text[s.content_start..s.content_end].to_string())
            .collect()
    }

    #[test]
    fn curly_straight_guillemets_and_low_marks() {
        assert_eq!(contents("“Kami siap,” kata dia."), vec!["Kami siap"]);
        assert_eq!(
            contents("He said: \"We are ready.\""),
            vec!["We are ready."]
        );
        assert_eq!(
            contents("«Nous restons,» a-t-il dit."),
            vec!["Nous restons"]
        );
        assert_eq!(contents("„Wir bleiben“, sagte er."), vec!["Wir bleiben"]);
        assert_eq!(contents("‘Tidak ada,’ ujarnya."), vec!["Tidak ada"]);
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(
            contents("It isn’t over, the minister’s aide said."),
            Vec::<String>::new()
        );
        assert_eq!(
            contents("\"We don't know,\" he said."),
            vec!["We don't know"]
        );
    }

    #[test]
    fn broken_encodings() {
        assert_eq!(
            contents("\u{fffd}Kami ingin,\u{fffd} ujarnya."),
            vec!["Kami ingin"]
        );
        assert_eq!(
            contents("â€œKami siap,â€\u{9d} kata dia."),
            vec!["Kami siap"]
        );
        // A mis-decoded dash is not a quote mark.
        assert_eq!(contents("Jakarta â€” Kami"), Vec::<String>::new());
    }

    #[test]
    fn multi_paragraph_quote_continues() {
        let text = "“Kami siap berunding.\n\n“Tetapi kami tidak akan mundur,” kata dia.";
        let got = contents(text);
        assert_eq!(got.len(), 1);
        assert!(got[0].starts_with("Kami siap") && got[0].ends_with("mundur"));
    }

    #[test]
    fn stray_unclosed_mark_is_no_quote() {
        let text = "“Kami siap berunding.\nPara menteri bertemu.";
        assert_eq!(contents(text), Vec::<String>::new());
        let text = "“Kami siap.\n“Kami menunggu.\nPara menteri bertemu.";
        assert_eq!(contents(text), vec!["Kami siap.\n“Kami menunggu."]);
    }

    #[test]
    fn single_marks_inside_double_are_content() {
        let text = "“Ia bilang ‘tidak’ kepada kami,” kata Budi.";
        assert_eq!(contents(text), vec!["Ia bilang ‘tidak’ kepada kami"]);
    }
}
