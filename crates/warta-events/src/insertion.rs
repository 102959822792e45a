//! Asides set off by commas between a clause-initial subject and its verb:
//! the one mechanism `subject_left` uses to step over them (it used to have
//! two, `long_aside` for English and `insertion_open` for Indonesian, which
//! overlapped). The shapes:
//!
//! - a relative clause, however long its inner commas and brackets make it
//!   (`Komandan pasukan itu, yang bertemu dengan utusan khusus Amerika
//!   Serikat di Hasakah sehari sebelumnya, meminta ...`, `Turkey, which
//!   regards the SDF's main component, the YPG, as an extension of the
//!   outlawed Kurdistan Workers' Party (PKK), welcomed ...`);
//! - a verbless appositive noun phrase (`Amerika Serikat, sekutu perjanjian
//!   pertahanan Filipina, mengecam ...`, `Para demonstran, sebagian besar
//!   mahasiswa, menuntut ...`), or one opened by a possessive actor
//!   (`China, Indonesia's largest trading partner, warned ...`);
//! - a bracketed dateline insert (`Uni Eropa, Selasa (20/5), menjatuhkan
//!   ...`).
//!
//! The insertion is skipped only when an actor (or its head noun, or its
//! bracketed acronym) ends right before it, and the verb follows the closing
//! comma closely, with no coordinator between (`polisi menangkap Budi, yang
//! ..., dan menyita ...`: the relative clause is about the object). A
//! verbless appositive, which could as well be the next item of a list,
//! also needs its actor to open the clause.

use crate::arguments::{is_verb_form, prep_before, with_coordinated};
use crate::coder::{is_quote, is_stop_punct};
use crate::tables::LanguageTables;
use crate::view::SentenceView;

/// Most words of a comma-set relative clause between subject and verb (`,
/// which regards the SDF's main component, the YPG, as an extension of the
/// outlawed Kurdistan Workers' Party (PKK),`): wire relative clauses run
/// long, and the clause-initial actor before and the verb right after the
/// closing comma keep a long reach safe.
const RELATIVE_REACH: usize = 30;

/// Most words of a verbless or possessive appositive or a dateline insert
/// (`, sekutu perjanjian pertahanan Filipina,`, `, Indonesia's largest
/// trading partner,`): longer stretches without a verb are lists, not
/// asides.
const APPOSITIVE_REACH: usize = 12;

/// Most words a title may put before the subject actor at the clause start
/// (`Menteri Luar Negeri Jepang ...`, `Para demonstran`).
const LEAD_REACH: usize = 6;

/// Most plain words (adverbs, auxiliaries: `juga`, `akan`, `dijadwalkan`,
/// `has`) between the closing comma and the verb.
const VERB_GAP: usize = 3;

/// When word `k` (a comma) closes an aside between a subject and the verb
/// at `from`, the comma that opens it; the search for the subject goes on
/// from there. Commas inside the aside are passed over only for a relative
/// clause (`, which regards ..., the YPG, as ...,`): an appositive is the
/// stretch after the nearest comma.
pub(crate) fn insertion_open(
    t: &LanguageTables,
    view: &SentenceView,
    k: usize,
    from: usize,
) -> Option<usize> {
    if view.words.get(k)?.punct != Some(',') || !verb_follows(t, view, k, from) {
        return None;
    }
    let floor = k.saturating_sub(RELATIVE_REACH + 1);
    let mut c2 = opening_comma(view, k, floor)?;
    let nearest = c2;
    loop {
        if c2 == 0 || c2 + 1 >= k {
            return None;
        }
        let opener = view.words[c2 + 1].lower;
        if t.syntax.relatives.contains(opener) && subject_before(t, view, c2, false) {
            return Some(c2);
        }
        if c2 == nearest && k - c2 - 1 <= APPOSITIVE_REACH {
            let owned = view.arg_at[c2 + 1].is_some_and(|b| {
                view.args[b].w0 == c2 + 1
                    && t.syntax
                        .possessives
                        .iter()
                        .any(|p| view.words[view.args[b].w1].lower.ends_with(p.as_str()))
            });
            if (owned && subject_before(t, view, c2, false))
                || (verbless(t, view, c2 + 1, k) && subject_before(t, view, c2, true))
            {
                return Some(c2);
            }
        }
        c2 = opening_comma(view, c2, floor)?;
    }
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
/// past a quote, other stop punctuation or word `floor`.
fn opening_comma(view: &SentenceView, k: usize, floor: usize) -> Option<usize> {
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
/// ends right before comma `c2`, outside a prepositional phrase; with
/// `initial`, it also opens its clause: only a few title words stand between
/// it and the sentence start, a comma or a clause boundary.
fn subject_before(t: &LanguageTables, view: &SentenceView, c2: usize, initial: bool) -> bool {
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
    !initial || clause_initial(t, view, w0)
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
    let c2 = opening_comma(view, comma, comma.saturating_sub(RELATIVE_REACH + 1))?;
    view.words
        .get(c2 + 1)
        .is_some_and(|w| t.syntax.relatives.contains(w.lower))
        .then_some(c2)
}
