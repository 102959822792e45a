//! Clauses embedded in or joined to the main one whose actors the subject
//! and target searches must not mix up: an object relative clause (`Hezbollah,
//! which Israel accuses of ...`: Hezbollah is the accused) and a clause with
//! its own subject between two verbs joined by a coordinator (`The embassy
//! declined to comment, while the EU called the arrest a step forward and
//! urged Manila ...`: the EU urges, not the embassy).

use crate::arguments::prep_before;
use crate::tables::LanguageTables;
use crate::view::SentenceView;

/// The antecedent of an object relative clause whose subject is argument
/// `subject`: in `Hezbollah, which Israel accuses of rebuilding positions`
/// and `Sandu, whom Kallas met last week` the relative word stands right
/// before the clause's subject, and the verb's object is the actor the
/// relative word refers back to (right before it, a comma may stand
/// between). None when the subject follows no relative word, or when the
/// actor before it stands in a prepositional phrase (`sanctions on Iran,
/// which Washington imposed`: the sanctions are the object, not Iran).
pub(crate) fn relative_object(
    t: &LanguageTables,
    view: &SentenceView,
    subject: usize,
) -> Option<usize> {
    let rel = view.args[subject].w0.checked_sub(1)?;
    if view.words[rel].punct.is_some() || !t.syntax.relatives.contains(view.words[rel].lower) {
        return None;
    }
    let before = rel.checked_sub(1)?;
    let end = if view.words[before].punct == Some(',') {
        before.checked_sub(1)?
    } else {
        before
    };
    let a = view.arg_at[end]?;
    (a != subject && view.args[a].w1 == end && prep_before(t, view, a).is_none()).then_some(a)
}

/// The subject of a clause opened at word `k` by a clause boundary
/// (`while`, `after`, `when`; not a complementizer such as `that`, whose
/// clause is the content of the verb before it, nor a reporting verb): an
/// actor outside a prepositional phrase right after it or after one
/// determiner (`while the European Union ...`), before word `to`.
fn boundary_subject(t: &LanguageTables, view: &SentenceView, k: usize, to: usize) -> Option<usize> {
    let s = &t.syntax;
    let w = view.words[k].lower;
    if view.words[k].punct.is_some()
        || !s.boundaries.contains(w)
        || s.complements.contains(w)
        || s.reports.contains(w)
    {
        return None;
    }
    let j = (k + 1..to.min(k + 3))
        .take_while(|&j| view.words[j].punct.is_none())
        .find(|&j| view.arg_at[j].is_some() || !s.determiners.contains(view.words[j].lower))?;
    view.arg_at[j].filter(|&a| prep_before(t, view, a).is_none())
}

/// Does a clause with a subject of its own (see `boundary_subject`) open
/// between words `from` and `to` (exclusive)? A verb after a coordinator
/// past such a clause goes with that clause's subject, not with a verb
/// before the boundary.
pub(crate) fn clause_opened_between(
    t: &LanguageTables,
    view: &SentenceView,
    from: usize,
    to: usize,
) -> bool {
    (from + 1..to).any(|k| boundary_subject(t, view, k, to).is_some())
}

/// The subject of the latest clause opened by a boundary between words
/// `from` and `to` (`The embassy declined to comment, while the European
/// Union called the arrest "an important step" and urged Manila ...`: the
/// verb after `and` at `to` shares it), with the boundary's position.
pub(crate) fn latest_clause_subject(
    t: &LanguageTables,
    view: &SentenceView,
    from: usize,
    to: usize,
) -> Option<(usize, usize)> {
    (from..to)
        .rev()
        .find_map(|k| boundary_subject(t, view, k, to).map(|a| (k, a)))
}
