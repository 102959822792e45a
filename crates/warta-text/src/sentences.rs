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

/// Token index ranges `[start, end)` of the sentences of `tokens`.
pub(crate) fn split(text: &str, tokens: &[RawToken]) -> Vec<(usize, usize)> {
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
            let chained = tok.stop == Stop::Abbreviation
                && next.kind == TokenKind::Word
                && text[next.start..next.end].ends_with('.');
            if next.space_before && !chained && starts_sentence(tok.stop, first) {
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
