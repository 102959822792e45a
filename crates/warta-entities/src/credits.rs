//! Wire-story credit lines (`(Reporting by Daniel Moreno; Editing by Clara
//! Whitfield)`): the names after a credit cue are journalists, people, even
//! when a gazetteer knows the word as a town (`Moreno`, Argentina). The cues
//! are data (`entity_credit_cues.tsv` in each language pack).

use crate::lang::LangTables;
use crate::tokens::Tok;

/// For each token: does it sit in the name list of a credit cue? The list
/// runs from the cue's last word over capitalised words, commas and `and`
/// until anything else (`;`, `)`, `in Dhaka`) or the end of the sentence.
pub(crate) fn credit_tokens(lang: &LangTables, toks: &[Tok]) -> Vec<bool> {
    let mut out = vec![false; toks.len()];
    if lang.credit_cues.is_empty() {
        return out;
    }
    let mut i = 0;
    while i < toks.len() {
        let Some(len) = lang.credit_cues.iter().find_map(|cue| {
            let fits = i + cue.len() <= toks.len()
                && cue.iter().enumerate().all(|(k, w)| {
                    toks[i + k].lower == w.as_str() && toks[i + k].sentence == toks[i].sentence
                });
            fits.then_some(cue.len())
        }) else {
            i += 1;
            continue;
        };
        let sent = toks[i].sentence;
        let mut j = i + len;
        while j < toks.len()
            && toks[j].sentence == sent
            && (toks[j].is_capitalized()
                || toks[j].is_comma()
                || lang.credit_joiners.contains(&*toks[j].lower))
        {
            out[j] = toks[j].is_capitalized();
            j += 1;
        }
        i = j.max(i + 1);
    }
    out
}
