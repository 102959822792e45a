//! Readers for the NER corpora warta trains and evaluates on, and the mapping
//! of their label sets onto PERSON / ORGANIZATION / LOCATION.
//!
//! Column files (one token per line, blank line between sentences, CRLF
//! tolerated): the first column is the token, the last the IOB tag. That
//! covers NERGrit and NERP (`token TAB tag`) and idner-news-2k
//! (`token UPOS IOB`). Inline files (UGM: `<PERSON>Joko Widodo</PERSON>`, one
//! sentence a line) are tokenized with [`simple_tokens`].

use warta_core::EntityType;

use crate::label::Label;

/// One sentence of a corpus, with its tags as written in the file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TaggedSentence {
    /// Token texts.
    pub tokens: Vec<String>,
    /// IOB tags as in the file (`B-PERSON`, `I-PLC`, `O`).
    pub tags: Vec<String>,
}

impl TaggedSentence {
    /// The tags mapped to the model's labels (unknown types become `O`).
    pub fn labels(&self) -> Vec<Label> {
        self.tags.iter().map(|t| map_tag(t)).collect()
    }
}

/// A line of a corpus file could not be read.
#[derive(Debug, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct CorpusError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong and what to do.
    pub message: String,
}

/// Maps a corpus type name to an entity type; `None` for types the model
/// does not produce (NERP `EVT`, `FNB`; UGM `TIME`, `QUANTITY`).
pub fn map_type(name: &str) -> Option<EntityType> {
    match name.to_ascii_uppercase().as_str() {
        "PERSON" | "PER" | "PPL" => Some(EntityType::Person),
        // NERP's IND marks companies and institutions.
        "ORGANISATION" | "ORGANIZATION" | "ORG" | "IND" => Some(EntityType::Organization),
        "PLACE" | "LOCATION" | "LOC" | "PLC" | "GPE" => Some(EntityType::Location),
        _ => None,
    }
}

/// Splits an IOB tag into (is-begin, type); `None` for `O` and malformed tags.
pub fn split_tag(tag: &str) -> Option<(bool, &str)> {
    let (prefix, kind) = tag.split_once('-')?;
    match prefix {
        "B" | "S" => Some((true, kind)),
        "I" | "E" => Some((false, kind)),
        _ => None,
    }
}

/// Maps a corpus tag to a model label.
pub fn map_tag(tag: &str) -> Label {
    match split_tag(tag) {
        Some((begin, kind)) => map_type(kind).map_or(Label::O, |t| Label::entity(t, begin)),
        None => Label::O,
    }
}

/// Reads a column file: token in the first column, tag in the last.
pub fn read_columns(text: &str) -> Result<Vec<TaggedSentence>, CorpusError> {
    let mut out = Vec::new();
    let mut cur = TaggedSentence::default();
    for (i, raw) in text.lines().enumerate() {
        let line = raw
            .trim_end_matches(['\r', '\u{feff}'])
            .trim_start_matches('\u{feff}');
        if line.trim().is_empty() {
            if !cur.tokens.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        // Tokens never contain tabs; NERGrit separates with a tab, idner with spaces.
        let cols: Vec<&str> = if line.contains('\t') {
            line.split('\t').collect()
        } else {
            line.split_whitespace().collect()
        };
        if cols.len() < 2 {
            return Err(CorpusError {
                line: i + 1,
                message: format!("expected `token<TAB>tag` (or `token ... tag`), got {line:?}"),
            });
        }
        cur.tokens.push(cols[0].trim().to_string());
        cur.tags.push(cols[cols.len() - 1].trim().to_string());
    }
    if !cur.tokens.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Splits text into word, number and punctuation tokens, roughly as the
/// column corpora do: punctuation stands alone, except hyphens and
/// apostrophes between letters and `.`/`,` between digits.
pub fn simple_tokens(text: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (k, &(i, c)) in chars.iter().enumerate() {
        let next = chars.get(k + 1).map(|&(_, n)| n);
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let joins = |c: char| {
            let inner_word = matches!(c, '-' | '\'')
                && prev.is_some_and(char::is_alphanumeric)
                && next.is_some_and(char::is_alphanumeric);
            let inner_number = matches!(c, '.' | ',')
                && prev.is_some_and(|p| p.is_ascii_digit())
                && next.is_some_and(|n| n.is_ascii_digit());
            inner_word || inner_number
        };
        if c.is_alphanumeric() || (start.is_some() && joins(c)) {
            if start.is_none() {
                start = Some(i);
            }
            continue;
        }
        if let Some(s) = start.take() {
            out.push(&text[s..i]);
        }
        if !c.is_whitespace() {
            out.push(&text[i..i + c.len_utf8()]);
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// Reads an inline-tagged file (`<PERSON>Arie</PERSON> mengatakan ...`, one
/// sentence a line) into IOB-tagged sentences. Lines with broken markup are
/// skipped and returned as errors, so one bad line does not lose a corpus.
pub fn read_inline(text: &str) -> (Vec<TaggedSentence>, Vec<CorpusError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let mut sentence = TaggedSentence::default();
        let mut rest = line;
        while !rest.is_empty() {
            let Some(open) = rest.find('<') else {
                push_plain(&mut sentence, rest);
                break;
            };
            let after = &rest[open + 1..];
            let close_of_tag = after.find('>');
            let kind = close_of_tag.map(|e| &after[..e]).filter(|k| is_tag_name(k));
            let Some(kind) = kind else {
                // A literal `<` (e.g. `< 5 persen`): keep it as text.
                push_plain(&mut sentence, &rest[..open + 1]);
                rest = &rest[open + 1..];
                continue;
            };
            push_plain(&mut sentence, &rest[..open]);
            let body_start = open + 1 + kind.len() + 1;
            let end_tag = format!("</{kind}>");
            let Some(body_len) = rest[body_start..].find(&end_tag) else {
                errors.push(CorpusError {
                    line: i + 1,
                    message: format!("`<{kind}>` is never closed; line skipped"),
                });
                sentence.tokens.clear();
                break;
            };
            let body = &rest[body_start..body_start + body_len];
            for (k, tok) in simple_tokens(body).into_iter().enumerate() {
                sentence.tokens.push(tok.to_string());
                sentence
                    .tags
                    .push(format!("{}-{kind}", if k == 0 { "B" } else { "I" }));
            }
            rest = &rest[body_start + body_len + end_tag.len()..];
        }
        if !sentence.tokens.is_empty() {
            out.push(sentence);
        }
    }
    (out, errors)
}

fn is_tag_name(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_uppercase() || c == '_')
}

fn push_plain(sentence: &mut TaggedSentence, text: &str) {
    for tok in simple_tokens(text) {
        sentence.tokens.push(tok.to_string());
        sentence.tags.push("O".to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_tab_and_space_columns_with_crlf() {
        let text = "Presiden\tO\nJokowi\tB-PERSON\n\nDi ADP O\r\nBandung PROPN B-LOC\r\n\r\n";
        let s = read_columns(text).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].tags, vec!["O", "B-PERSON"]);
        assert_eq!(s[1].tokens, vec!["Di", "Bandung"]);
        assert_eq!(s[1].labels()[1], Label::entity(EntityType::Location, true));
        assert!(read_columns("lonely\n").is_err());
    }

    #[test]
    fn maps_all_label_sets() {
        assert_eq!(map_tag("B-PPL"), Label::entity(EntityType::Person, true));
        assert_eq!(
            map_tag("I-ORGANISATION"),
            Label::entity(EntityType::Organization, false)
        );
        assert_eq!(
            map_tag("B-PLACE"),
            Label::entity(EntityType::Location, true)
        );
        assert_eq!(map_tag("B-EVT"), Label::O);
        assert_eq!(map_tag("garbage"), Label::O);
    }

    #[test]
    fn reads_inline_tags() {
        let (s, errors) = read_inline(
            "Kata <PERSON>Arie Sudjito</PERSON>, di <LOCATION>Yogyakarta</LOCATION>.\n",
        );
        assert!(errors.is_empty());
        assert_eq!(
            s[0].tokens,
            vec!["Kata", "Arie", "Sudjito", ",", "di", "Yogyakarta", "."]
        );
        assert_eq!(
            s[0].tags,
            vec!["O", "B-PERSON", "I-PERSON", "O", "O", "B-LOCATION", "O"]
        );
        let (s2, errors) = read_inline("<PERSON>Arie\nBaik.\n");
        assert_eq!((s2.len(), errors.len(), errors[0].line), (1, 1, 1));
        assert_eq!(
            simple_tokens("Rp1.500,50 anti-korupsi (KPK)"),
            vec!["Rp1.500,50", "anti-korupsi", "(", "KPK", ")"]
        );
    }
}
