//! Comma-set insertions between a clause-initial subject and its verb, the
//! common wire-style shapes the narrower rules of `subject_left` miss:
//!
//! - a long relative clause (`Komandan pasukan itu, yang bertemu dengan
//!   utusan khusus Amerika Serikat di Hasakah sehari sebelumnya, meminta
//!   ...`), also one holding a bracketed acronym (`Mesir, yang berselisih
//!   dengan Ethiopia soal bendungan (GERD), menegaskan ...`);
//! - a verbless appositive noun phrase (`Amerika Serikat, sekutu perjanjian
//!   pertahanan Filipina, mengecam ...`, `Para demonstran, sebagian besar
//!   mahasiswa, menuntut ...`, `Uganda dan Mesir, dua negara penyumbang
//!   pasukan, dijadwalkan bertemu ...`);
//! - a bracketed dateline insert (`Uni Eropa, Selasa (20/5), menjatuhkan
//!   ...`).
//!
//! The insertion is skipped only when the actor before it opens its clause
//! (so an object followed by a relative clause, `polisi menangkap Budi, yang
//! ..., dan menyita ...`, is never taken for the subject) and the verb
//! follows the closing comma closely, with no coordinator between.

use crate::arguments::{is_verb_form, prep_before, with_coordinated};
use crate::coder::{is_quote, is_stop_punct};
use crate::tables::LanguageTables;
use crate::view::SentenceView;

/// Most words of a comma-set relative clause between subject and verb.
const RELATIVE_REACH: usize = 24;

/// Most words of a verbless appositive or dateline insert.
const APPOSITIVE_REACH: usize = 12;

/// Most words a title may put before the subject actor at the clause start
/// (`Menteri Luar Negeri Jepang ...`, `Para demonstran`).
const LEAD_REACH: usize = 6;

/// Most plain words (adverbs, auxiliaries: `juga`, `akan`, `dijadwalkan`)
/// between the closing comma and the verb.
const VERB_GAP: usize = 3;

/// When word `k` (a comma) closes an insertion between a clause-initial
/// subject and the verb at `from`, the comma that opens it.
pub(crate) fn insertion_open(
    t: &LanguageTables,
    view: &SentenceView,
    k: usize,
    from: usize,
) -> Option<usize> {
    if view.words.get(k)?.punct != Some(',') || !verb_follows(t, view, k, from) {
        return None;
    }
    let c2 = opening_comma(view, k)?;
    if c2 == 0 || c2 + 1 >= k {
        return None;
    }
    let len = k - c2 - 1;
    let relative = t.syntax.relatives.contains(view.words[c2 + 1].lower);
    let fits = if relative {
        len <= RELATIVE_REACH
    } else {
        len <= APPOSITIVE_REACH && verbless(t, view, c2 + 1, k)
    };
    (fits && subject_before(t, view, c2)).then_some(c2)
}

/// The verb at `from` follows comma `k` directly or after a few plain words,
/// none a coordinator, preposition, clause boundary or actor.
fn verb_follows(t: &LanguageTables, view: &SentenceView, k: usize, from: usize) -> bool {
    from > k
        && from <= k + 1 + VERB_GAP
        && (k + 1..from).all(|m| {
            let w = &view.words[m];
            w.punct.is_none()
                && view.arg_at[m].is_none()
                && !t.syntax.coords.contains(w.lower)
                && !t.syntax.preps.contains(w.lower)
                && !t.syntax.boundaries.contains(w.lower)
                && !t.syntax.complements.contains(w.lower)
                && !t.syntax.relatives.contains(w.lower)
        })
}

/// The comma opening the insertion closed by comma `k`: the nearest comma
/// before it, stepping over bracketed groups (`(GERD)`, `(20/5)`); none
/// past a quote, other stop punctuation or the reach.
fn opening_comma(view: &SentenceView, k: usize) -> Option<usize> {
    let floor = k.saturating_sub(RELATIVE_REACH + 1);
    let mut j = k;
    while j > floor {
        j -= 1;
        match view.words[j].punct {
            None => {}
            Some(',') => return Some(j),
            Some(')') => {
                // Jump to the matching `(` (within the reach).
                j = (floor..j)
                    .rev()
                    .find(|&m| view.words[m].punct == Some('('))?;
            }
            Some(p) if is_quote(p) || is_stop_punct(p) || p == '(' => return None,
            Some(_) => {}
        }
    }
    None
}

/// No event verb, reporting word, complementizer or clause boundary in
/// words `from..to`: a noun phrase or a date, not a clause.
fn verbless(t: &LanguageTables, view: &SentenceView, from: usize, to: usize) -> bool {
    (from..to).all(|m| {
        let w = &view.words[m];
        w.punct.is_some()
            || !(is_verb_form(t, w.lower)
                || t.syntax.reports.contains(w.lower)
                || t.syntax.complements.contains(w.lower)
                || t.syntax.boundaries.contains(w.lower))
    })
}

/// An actor (or its bracketed acronym, or an actor with a head noun or two)
/// ends right before comma `c2`, outside a prepositional phrase, and opens
/// its clause: only a few title words stand between it and the sentence
/// start, a comma or a clause boundary.
fn subject_before(t: &LanguageTables, view: &SentenceView, c2: usize) -> bool {
    let mut end = c2 - 1;
    if view.words[end].punct == Some(')') {
        // `Pasukan Demokratik Suriah (SDF), yang ...`
        let Some(open) = (end.saturating_sub(4)..end)
            .rev()
            .find(|&m| view.words[m].punct == Some('('))
        else {
            return false;
        };
        let Some(before) = open.checked_sub(1) else {
            return false;
        };
        end = before;
    }
    let a = match view.arg_at[end] {
        Some(a) => a,
        // `Kementerian Pertahanan Turki, ...` is an actor; `para demonstran
        // muda` puts a plain word after it.
        None => match (end.saturating_sub(2)..end)
            .rev()
            .find_map(|m| view.arg_at[m])
        {
            Some(a)
                if (view.args[a].w1 + 1..=end).all(|m| {
                    let w = &view.words[m];
                    w.punct.is_none()
                        && !w.capitalized
                        && !t.syntax.preps.contains(w.lower)
                        && !t.syntax.coords.contains(w.lower)
                        && !is_verb_form(t, w.lower)
                }) =>
            {
                a
            }
            _ => return false,
        },
    };
    if prep_before(t, view, a).is_some() {
        return false;
    }
    let (_, w0, _) = with_coordinated(t, view, a);
    clause_initial(t, view, w0)
}

/// Word `w0` opens a clause: the sentence start, a comma or a clause
/// boundary lies at most [`LEAD_REACH`] plain non-verb words before it.
fn clause_initial(t: &LanguageTables, view: &SentenceView, w0: usize) -> bool {
    let mut j = w0;
    for _ in 0..=LEAD_REACH {
        let Some(prev) = j.checked_sub(1) else {
            return true;
        };
        let w = &view.words[prev];
        // `Brussel (ANTARA) - Uni Eropa, Selasa (20/5), ...`: a dateline
        // dash or a colon opens the clause too.
        // A comma after a name, actor or capitalized word separates list
        // items (`di depan Gedung DPR, Senayan, Jakarta, Kamis (20/3),
        // menolak`), not clauses; a sentence-initial connective (`Namun,`)
        // opens one.
        if w.punct == Some(',') {
            return prev == 0
                || !(view.arg_at[prev - 1].is_some()
                    || view.in_name[prev - 1]
                    || view.words[prev - 1].capitalized);
        }
        if matches!(w.punct, Some('-' | '\u{2013}' | '\u{2014}' | ':'))
            || t.syntax.boundaries.contains(w.lower)
            || t.syntax.coords.contains(w.lower)
        {
            return true;
        }
        if w.punct.is_some()
            || view.arg_at[prev].is_some()
            || t.syntax.preps.contains(w.lower)
            || t.syntax.complements.contains(w.lower)
            || t.syntax.relatives.contains(w.lower)
            || is_verb_form(t, w.lower)
        {
            return false;
        }
        j = prev;
    }
    false
}

/// A coordinator stands among the few plain words between comma `k` and the
/// verb at `from` (`..., dan menyita`): the verb continues an earlier
/// predicate, whose subject is not the actor before the comma-set clause.
pub(crate) fn coordinated_after(
    t: &LanguageTables,
    view: &SentenceView,
    k: usize,
    from: usize,
) -> bool {
    from > k
        && from <= k + 1 + VERB_GAP
        && (k + 1..from).any(|m| t.syntax.coords.contains(view.words[m].lower))
}

/// When the verb at `at` follows `, dan` closing a comma-set relative clause
/// (`menangkap Budi, yang diduga memasok senjata, dan menyita ...`), the
/// comma opening that clause: the verbs inside it are the object's, not the
/// ones the coordinated verb shares a subject with.
pub(crate) fn relative_before_coord(
    t: &LanguageTables,
    view: &SentenceView,
    at: usize,
) -> Option<usize> {
    let coord = at.checked_sub(1)?;
    let comma = coord.checked_sub(1)?;
    if !t.syntax.coords.contains(view.words[coord].lower) || view.words[comma].punct != Some(',') {
        return None;
    }
    let c2 = opening_comma(view, comma)?;
    view.words
        .get(c2 + 1)
        .is_some_and(|w| t.syntax.relatives.contains(w.lower))
        .then_some(c2)
}
