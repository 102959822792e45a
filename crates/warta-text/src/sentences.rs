//! Sentence splitting over tokens: a line break always ends a sentence;
//! `.`, `!`, `?` and `...` end one when what follows looks like a sentence
//! start; closing quotes and brackets stay with the sentence they close.

use warta_core::TokenKind;

use crate::tokenize::{RawToken, Stop};

/// Closing punctuation that belongs to the sentence before it (`.”`, `!)`).
fn is_closing(s: &str) -> bool {
    matches!(s, "”" | "’" | "\"" | "'" | ")" | "]" | "}" | "»" | "›")
}

/// Opening punctuation that may start a sentence.
fn is_opening(c: char) -> bool {
    matches!(
        c,
        '“' | '‘' | '"' | '\'' | '(' | '[' | '«' | '‹' | '-' | '—' | '–' | '•'
    )
}

/// `IV`, `XXXIII`: upper-case Roman numeral letters only.
fn is_roman_numeral(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M'))
}

/// Whether the token starting `next` can start a new sentence after a
/// stop of kind `stop`.
fn starts_sentence(stop: Stop, first: char) -> bool {
    match stop {
        Stop::No => false,
        Stop::Abbreviation => first.is_uppercase() || matches!(first, '“' | '‘' | '"' | '«'),
        Stop::Ellipsis => first.is_uppercase() || is_opening(first),
        Stop::Final => {
            first.is_uppercase() || first.is_numeric() || is_opening(first)
                // Symbols (currency, emoji) too, but not continuing punctuation.
                || !(first.is_lowercase() || first.is_ascii_punctuation() || first == '…')
        }
    }
}

/// For each token, whether it lies inside a quotation that opens and closes
/// on the same line (after the opening mark, up to the closing one). A
/// quotation of several sentences stays one sentence with its speaker tag,
/// as in the Indonesian UD treebanks (`"Kami siap. Semua sudah diatur,"
/// kata dia.`). A quotation left open at the end of its line (news often
/// opens a multi-paragraph quote without closing it) protects nothing.
fn inside_quotations(text: &str, tokens: &[RawToken]) -> Vec<bool> {
    let mut inside = vec![false; tokens.len()];
    let mut open: Option<usize> = None;
    for (k, t) in tokens.iter().enumerate() {
        if t.newline_before {
            open = None;
        }
        if t.kind != TokenKind::Punct {
            continue;
        }
        let opening = match &text[t.start..t.end] {
            "“" | "«" => true,
            "”" | "»" => false,
            // A straight quote opens after a space (or at a line start)
            // and closes when glued to what it follows.
            "\"" => k == 0 || t.space_before || t.newline_before,
            _ => continue,
        };
        if opening {
            open = Some(k);
        } else if let Some(o) = open.take()
            && k - o <= MAX_QUOTATION_TOKENS
        {
            inside[o + 1..=k].iter_mut().for_each(|b| *b = true);
        }
    }
    inside
}

/// Longest quotation kept in one sentence, in tokens: beyond it, the quote
/// marks are more likely unbalanced than one long quotation.
const MAX_QUOTATION_TOKENS: usize = 120;

/// Token index ranges `[start, end)` of the sentences of `tokens`.
pub(crate) fn split(text: &str, tokens: &[RawToken]) -> Vec<(usize, usize)> {
    let quoted = inside_quotations(text, tokens);
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let tok = &tokens[i];
        if tok.newline_before && i > start {
            sentences.push((start, i));
            start = i;
        }
        if tok.stop == Stop::No {
            i += 1;
            continue;
        }
        // Absorb closing quotes/brackets glued to the stop (`.”`, `?")`),
        // and further stops (`?!`, `.)."`).
        let mut j = i + 1;
        while let Some(next) = tokens.get(j) {
            let glued = !next.space_before && !next.newline_before;
            let s = &text[next.start..next.end];
            if glued && (is_closing(s) || next.stop == Stop::Final) {
                j += 1;
            } else {
                break;
            }
        }
        if let Some(next) = tokens.get(j)
            && !next.newline_before
        {
            let first = text[next.start..].chars().next().unwrap_or(' ');
            // An abbreviation followed by another one (`S.H. M.Si.`, a
            // list of degrees) is still inside the sentence.
            // So is one followed by a Roman numeral (`No. XXXIII`).
            let next_text = &text[next.start..next.end];
            let chained = tok.stop == Stop::Abbreviation
                && next.kind == TokenKind::Word
                && (next_text.ends_with('.') || is_roman_numeral(next_text));
            if next.space_before && !chained && !quoted[j] && starts_sentence(tok.stop, first) {
                sentences.push((start, j));
                start = j;
            }
        }
        i = j;
    }
    if start < tokens.len() {
        sentences.push((start, tokens.len()));
    }
    sentences
}
