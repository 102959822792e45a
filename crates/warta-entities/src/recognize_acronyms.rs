//! Acronyms a document defines for a known organisation in brackets right
//! after its full name (`Pasukan Demokratik Suriah (SDF)`, `the National
//! Unity Government (NUG)`): every later bare use of the acronym is that
//! organisation, before the statistical tagger can read it as part of a
//! name (`Komandan SDF Mazloum Abdi`). A wire story often drops the
//! brackets (`the Syrian Democratic Forces agreed ... SDF units will
//! withdraw`): an acronym spelled by the initials of the capitalized words
//! of such an organisation's name in the same document stands for it too.

use rustc_hash::FxHashMap;

use super::{Found, Span, Target, coverage};
use crate::tokens::Tok;

/// Rule of a span that is an acronym defined in the document.
pub(crate) const ACRONYM_RULE: &str = "entities:alias:acronym";

/// Longest acronym taken (letters and digits).
const MAX_ACRONYM_LEN: usize = 8;

/// An acronym in capitals (`SDF`, `NUG`, `KNU`): two or more upper-case
/// letters, digits allowed after the first letter.
pub(super) fn is_acronym(t: &Tok) -> bool {
    let n = t.text.chars().count();
    (2..=MAX_ACRONYM_LEN).contains(&n)
        && t.text.chars().next().is_some_and(|c| c.is_uppercase())
        && t.text
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit())
        && t.text.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// Adds a span for the bracketed acronym after a known organisation and for
/// every other uncovered use of it in the document.
pub(crate) fn defined_acronyms(toks: &[Tok], spans: &mut Vec<Span>) {
    let cover = coverage(spans, toks.len());
    // `None`: two organisations claim the acronym, so neither is sure.
    let mut defined: FxHashMap<&str, Option<Found>> = FxHashMap::default();
    let mut initialled: Vec<(String, Found)> = Vec::new();
    for s in spans.iter() {
        // A body recognized by its name's last word (`Syrian Democratic
        // Forces (SDF)`) defines its acronym as a known one does.
        let org = matches!(&s.found, Found::Known(t) if matches!(t.first(), Some(Target::Org(_))))
            || s.rule == super::NAMED_ORG_RULE;
        if !org {
            continue;
        }
        // The initials of the name: `Syrian Democratic Forces` spells `SDF`.
        if let Some(i) = initials(&toks[s.first..s.last]) {
            initialled.push((i, s.found.clone()));
        }
        let k = s.last;
        if k + 2 >= toks.len() {
            continue;
        }
        let (open, acr, close) = (&toks[k], &toks[k + 1], &toks[k + 2]);
        if open.text == "("
            && close.text == ")"
            && open.sentence == close.sentence
            && cover[k + 1].is_none()
            && is_acronym(acr)
        {
            let entry = defined.entry(acr.text).or_insert(Some(s.found.clone()));
            if entry.as_ref().is_some_and(|f| *f != s.found) {
                *entry = None;
            }
        }
    }
    // An acronym no bracket defines takes the organisation whose name's
    // initials spell it, unless two such organisations share them.
    let mut spelled: FxHashMap<String, Option<Found>> = FxHashMap::default();
    for (i, found) in initialled {
        let entry = spelled.entry(i).or_insert(Some(found.clone()));
        if entry.as_ref().is_some_and(|f| *f != found) {
            *entry = None;
        }
    }
    defined.retain(|_, f| f.is_some());
    spelled.retain(|_, f| f.is_some());
    if defined.is_empty() && spelled.is_empty() {
        return;
    }
    for (i, t) in toks.iter().enumerate() {
        if cover[i].is_some() || !is_acronym(t) {
            continue;
        }
        let found = match defined.get(t.text) {
            Some(f) => f,
            None => spelled.get(t.text).unwrap_or(&None),
        };
        if let Some(found) = found {
            spans.push(Span {
                first: i,
                last: i + 1,
                found: found.clone(),
                rule: ACRONYM_RULE,
                role: None,
            });
        }
    }
    spans.sort_by_key(|s| s.first);
}

/// The initials of the capitalized words of a name of at least three such
/// words (`Syrian Democratic Forces` -> `SDF`; `National Unity Government`
/// -> `NUG`); lower-case words (`of`, `the`) are skipped. Two-letter
/// initials are left out: `the Democratic Party` does not make every `DP`
/// it.
fn initials(name: &[Tok]) -> Option<String> {
    let caps: String = name
        .iter()
        .filter_map(|t| t.text.chars().next().filter(|c| c.is_uppercase()))
        .collect();
    (caps.chars().count() >= 3 && caps.chars().count() <= MAX_ACRONYM_LEN).then_some(caps)
}
