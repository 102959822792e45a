//! Sentences the coder skips or reads as a new topic: match reports (where
//! `menyerang`, `attacked` are figurative) and sentences that open with a
//! clause boundary (`Sementara itu`, `Meanwhile`).

use crate::tables::LanguageTables;
use crate::view::SentenceView;

/// A sentence about a match or a game (`off_topic` words such as `laga`,
/// `gol`, or a score such as `7-0`): `menyerang`, `menembak`,
/// `menghancurkan` there are figurative. Languages without `off_topic` words
/// are not checked. A sports word inside a name says nothing about the
/// sentence's topic when the name is an actor's (`Liga Arab`, the Arab
/// League). In another name (`Gubernur Odesa Oleh Kiper`, `melarang
/// kegiatan Liga Awami`, which the entity tagger missed) it counts only
/// beside another sign of a match (`laga`, a score, a second such word:
/// `Pelatih Timnas`), which a sports name (`Liga Champions`) almost always
/// has.
pub fn is_off_topic(t: &LanguageTables, view: &SentenceView) -> bool {
    if t.syntax.off_topic.is_empty() {
        return false;
    }
    let in_actor_name = |i: usize| {
        view.args
            .iter()
            .any(|a| !a.resolved && a.w0 <= i && i <= a.w1)
    };
    // Inside a mention with no actor code (`Timnas Indonesia`, `Oleh
    // Kiper`), or capitalized inside the sentence before another
    // capitalized word: the first word of a name.
    let in_name = |i: usize| {
        view.in_name[i]
            || (i > 0
                && view.words[i].capitalized
                && view
                    .words
                    .get(i + 1)
                    .is_some_and(|n| n.punct.is_none() && n.capitalized))
    };
    let (mut strong, mut weak) = (false, 0);
    for (i, w) in view.words.iter().enumerate() {
        if w.punct.is_some() {
            continue;
        }
        if is_score(w.lower) && !is_range(t, view, i) {
            strong = true;
        } else if t.syntax.off_topic_filter.may_contain(w.lower)
            && t.syntax.off_topic.contains(w.lower)
            && !in_actor_name(i)
        {
            if in_name(i) {
                weak += 1;
            } else {
                strong = true;
            }
        }
    }
    strong || weak >= 2
}

/// `8-10 Desember`, `3-5 persen`: a number pair followed by a `range_unit`
/// word is a range of dates or amounts, not a match score.
fn is_range(t: &LanguageTables, view: &SentenceView, i: usize) -> bool {
    view.words
        .get(i + 1)
        .is_some_and(|n| t.syntax.range_units.contains(n.lower))
}

/// `7-0`, `2-1`: a match score (one or two digits each side).
fn is_score(w: &str) -> bool {
    let short_number =
        |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    // Asked of every word: most start with no digit, so no `-` search.
    w.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && w.split_once('-')
            .is_some_and(|(a, b)| short_number(a) && short_number(b))
}

/// Does the sentence open with a clause boundary (`Sementara itu`, `Namun`),
/// i.e. turn to another topic?
pub fn opens_new_topic(t: &LanguageTables, view: &SentenceView) -> bool {
    view.words
        .iter()
        .find(|w| w.punct.is_none())
        .is_some_and(|w| t.syntax.boundaries.contains(w.lower))
}
