//! A nominal event as the subject of a passive light verb: `Unjuk rasa itu
//! digelar ratusan mahasiswa`, `Serangan tersebut dilakukan oleh kelompok
//! bersenjata`, `Pertemuan antara kedua menteri diadakan ...`. The noun has
//! no owner after it; the passive's agent does the act, so it is the
//! event's source. The passive light verbs are the language's
//! `light_passive` words (`events_syntax.tsv`); a language without them is
//! not affected.

use crate::arguments::{AGENT_REACH, passive_agent, prep_before};
use crate::coder::is_stop_punct;
use crate::tables::LanguageTables;
use crate::view::SentenceView;

/// Most words between the noun's pattern and the passive light verb
/// (`Aksi pada 14 Oktober itu digelar`, `serangan terhadap pos polisi
/// itu dilakukan`).
const LIGHT_REACH: usize = 8;

/// The passive light verb whose subject is the nominal event ending at word
/// `last`, and the agent of that verb: (verb word, agent argument).
///
/// Between the noun and the verb may stand modifiers, a time phrase, a
/// determiner, modal and aspect words (`juga`, `akan`, `pernah`), the
/// relative `yang` (`aksi yang digelar warga`) and prepositional phrases
/// (an actor there is the noun's target, not its agent: `serangan terhadap
/// Israel dilakukan oleh Hizbullah`); not punctuation, another actor
/// outside a prepositional phrase (which would be the clause's own subject)
/// or a clause boundary.
pub(crate) fn light_passive_agent(
    t: &LanguageTables,
    view: &SentenceView,
    last: usize,
) -> Option<(usize, usize)> {
    if t.syntax.light_passives.is_empty() {
        return None;
    }
    let n = view.words.len();
    let mut k = last + 1;
    while k < n && k <= last + 1 + LIGHT_REACH {
        let w = &view.words[k];
        if let Some(a) = view.arg_at[k] {
            prep_before(t, view, a)?;
            k = view.args[a].w1 + 1;
            continue;
        }
        if w.punct.is_some_and(is_stop_punct) || w.punct == Some(',') {
            return None;
        }
        if t.syntax.light_passives.contains(w.lower) {
            let agent =
                passive_agent(t, view, k, AGENT_REACH).or_else(|| bare_agent(t, view, k))?;
            return Some((k, agent));
        }
        if t.syntax.boundaries.contains(w.lower) || t.syntax.complements.contains(w.lower) {
            return None;
        }
        k += 1;
    }
    None
}

/// The agent right after passive verb `verb` without `oleh`, behind up to
/// three quantifiers, numbers or agent nouns (`digelar ratusan mahasiswa`,
/// `dilakukan sejumlah warga`); not a place or an actor in a prepositional
/// phrase (`digelar di Jakarta`).
fn bare_agent(t: &LanguageTables, view: &SentenceView, verb: usize) -> Option<usize> {
    let n = view.words.len();
    let mut k = verb + 1;
    while k < n && k <= verb + 3 && view.arg_at[k].is_none() {
        let w = &view.words[k];
        let counts = t.syntax.quantifiers.contains(w.lower)
            || t.syntax.agents.contains(w.lower)
            || (!w.lower.is_empty() && w.lower.bytes().all(|b| b.is_ascii_digit()));
        if w.punct.is_some() || !counts {
            return None;
        }
        k += 1;
    }
    let a = view.arg_at.get(k).copied().flatten()?;
    prep_before(t, view, a).is_none().then_some(a)
}

/// The future cues (by first word) that belong to the predicate of the
/// nominal event ending at word `last` when that event is the subject of
/// its clause: `Pertemuan lanjutan kedua negara dijadwalkan berlangsung di
/// Doha`, `Kunjungan itu akan digelar pekan depan`, `The talks will be held
/// in Doha`. A cue counts only when a light passive or an `occur` predicate
/// (`berlangsung`, `held`) follows it, or it is one itself: `Serangan itu
/// akan dibalas` says nothing of when the attack happens. The words crossed
/// are those `light_passive_agent` crosses (the noun's owner right after
/// it, prepositional phrases, modifiers), not punctuation, a clause
/// boundary or another actor that would be the clause's own subject.
pub(crate) fn predicate_future_cues(
    t: &LanguageTables,
    view: &SentenceView,
    last: usize,
    cues: &[(usize, usize, String)],
) -> Vec<usize> {
    let s = &t.syntax;
    if s.occur_predicates.is_empty() && s.light_passives.is_empty() {
        return Vec::new();
    }
    let occurs = |w: &str| s.occur_predicates.contains(w) || s.light_passives.contains(w);
    let n = view.words.len();
    let mut found = Vec::new();
    let mut owner_seen = false;
    let mut k = last + 1;
    while k < n && k <= last + 1 + LIGHT_REACH {
        let w = &view.words[k];
        if let Some(a) = view.arg_at[k] {
            // The noun's owner, the first actor after it (`kunjungan
            // Presiden Prabowo`), or an actor in a prepositional phrase;
            // any other actor is a new subject.
            if prep_before(t, view, a).is_none() {
                if owner_seen {
                    return Vec::new();
                }
                owner_seen = true;
            }
            k = view.args[a].w1 + 1;
            continue;
        }
        if w.punct.is_some() {
            return Vec::new();
        }
        if let Some((_, b, _)) = cues.iter().find(|(a, _, x)| *a == k && x == "future") {
            found.push(k);
            if (k..=*b).any(|j| occurs(view.words[j].lower)) {
                return found;
            }
            k = b + 1;
            continue;
        }
        if occurs(w.lower) {
            return found;
        }
        if s.boundaries.contains(w.lower) || s.complements.contains(w.lower) {
            return Vec::new();
        }
        k += 1;
    }
    Vec::new()
}
