//! A small tokenizer for time expressions: words, numbers (keeping inner
//! `.`, `:`, `/`, `,` between digits and `-` between letters or digits, so
//! `6/9`, `06.18`, `2023-09-06`, `1990-an` and `bertahun-tahun` are one
//! token), single punctuation marks and line breaks. It does not depend on
//! the segmenter's tokens, so the stage works on any document.

/// Token class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Number,
    Punct,
    LineBreak,
}

/// A token: a byte range of the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// The character at byte `i` and its length; ASCII without decoding.
#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        Some((b as char, 1))
    } else {
        text.get(i..)?.chars().next().map(|c| (c, c.len_utf8()))
    }
}

/// Splits `text` into tokens; whitespace other than `\n` separates tokens
/// and is dropped.
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while let Some((c, n)) = char_at(text, i) {
        if c == '\n' {
            out.push(Tok {
                start: i,
                end: i + 1,
                kind: Kind::LineBreak,
            });
            i += 1;
            continue;
        }
        if c.is_whitespace() {
            i += n;
            continue;
        }
        if !is_alnum(c) {
            out.push(Tok {
                start: i,
                end: i + n,
                kind: Kind::Punct,
            });
            i += n;
            continue;
        }
        let kind = if c.is_ascii_digit() {
            Kind::Number
        } else {
            Kind::Word
        };
        let mut end = i + n;
        let mut prev = c;
        let bytes = text.as_bytes();
        loop {
            // ASCII letters and digits without decoding (most of a word).
            let run = bytes[end..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            if run > 0 {
                end += run;
                prev = bytes[end - 1] as char;
            }
            let Some((d, dn)) = char_at(text, end) else {
                break;
            };
            if is_alnum(d) {
                end += dn;
                prev = d;
                continue;
            }
            // A joiner continues the token only when an alphanumeric follows.
            let next = char_at(text, end + dn).map(|(x, _)| x);
            let joins = match d {
                // `10.00-12.00` is a range of two clock times, not one token.
                '-' if kind == Kind::Number && text[i..end].contains(['.', ':']) => false,
                // `2015-2019` is a range of two years; `2023-09-06` stays whole.
                '-' if kind == Kind::Number && is_year_range(text, i, end) => false,
                // `Juni-Juli`, `Sabtu-Minggu`: two capitalised words are a range.
                '-' if text[i..].starts_with(char::is_uppercase)
                    && next.is_some_and(char::is_uppercase) =>
                {
                    false
                }
                '-' => next.is_some_and(is_alnum),
                '.' | ':' | '/' | ',' => {
                    prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit())
                }
                '\'' | '\u{2019}' => prev.is_alphabetic() && next.is_some_and(char::is_alphabetic),
                _ => false,
            };
            if !joins {
                break;
            }
            end += dn;
            prev = d;
        }
        out.push(Tok {
            start: i,
            end,
            kind,
        });
        i = end;
    }
    out
}

/// True when `text[start..end]` is four digits followed by `-` and four
/// more digits that end the number.
fn is_year_range(text: &str, start: usize, end: usize) -> bool {
    let digits = |s: &str| s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit());
    let after = text.as_bytes().get(end + 5).copied();
    digits(&text[start..end])
        && text.get(end + 1..end + 5).is_some_and(digits)
        && !after.is_some_and(|b| b.is_ascii_digit() || b == b'-')
}

/// True when `token` equals the lower-case `word`, ignoring case.
pub(crate) fn eq_lower(token: &str, word: &str) -> bool {
    if token.is_ascii() {
        token.eq_ignore_ascii_case(word)
    } else {
        token.chars().flat_map(char::to_lowercase).eq(word.chars())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| &s[t.start..t.end]).collect()
    }

    #[test]
    fn keeps_dates_times_and_reduplication_whole() {
        assert_eq!(
            texts("Rabu (6/9) pukul 06.18 WIB, 2023-09-06; bertahun-tahun 1990-an."),
            vec![
                "Rabu",
                "(",
                "6/9",
                ")",
                "pukul",
                "06.18",
                "WIB",
                ",",
                "2023-09-06",
                ";",
                "bertahun-tahun",
                "1990-an",
                "."
            ]
        );
        assert_eq!(texts("Sept. 6, 2023"), vec!["Sept", ".", "6", ",", "2023"]);
        assert_eq!(texts("Jum'at 2.500"), vec!["Jum'at", "2.500"]);
        assert_eq!(texts("10.00-12.00 WIB"), vec!["10.00", "-", "12.00", "WIB"]);
        assert_eq!(
            texts("2015-2019 2023-09-06"),
            vec!["2015", "-", "2019", "2023-09-06"]
        );
        assert_eq!(
            texts("Juni-Juli Kira-kira"),
            vec!["Juni", "-", "Juli", "Kira-kira"]
        );
    }
}
