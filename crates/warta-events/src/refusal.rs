//! Refusals stated as a negated verb of accepting or yielding: `Indonesia
//! does not recognise the nine-dash line`, `the junta would not accept any
//! foreign interference`, `the army would not halt its offensive`. Gold
//! coders code each as REJECT (CAMEO 120) by the verb's subject, though no
//! refusal verb is used and the dictionary has no entry for the bare verb
//! (or has one of another type, which the negation only cancels).
//!
//! The verbs come from `events_stance.tsv`: a `refuse` verb (`accept`,
//! `recognise`) is a refusal whenever a `negator` stands right before it
//! (one word may come between: `does not yet recognise`); a `refuse_future`
//! verb (`withdraw`, `give up`, `leave`) only when intent is stated too
//! (`will not`, `would never`), since `did not withdraw` reports what did not
//! happen, not a refusal. Only the base form is listed, so a passive (`would
//! not be accepted`) never matches. A condition before the negation (`if
//! Israel does not withdraw`) makes it no refusal: that is a demand or a
//! threat's condition.
//!
//! The target is the first actor after the verb in its clause outside a
//! prepositional phrase (`would not recognise Israel`), else none: the
//! counterpart step (`counterpart.rs`) may find the party refused.

use crate::arguments::{prep_before, subject_left};
use crate::assemble::declares_refusal;
use crate::coder::Candidate;
use crate::explain::explain;
use crate::stance::{Stance, ends_clause, longest_phrase_at, push_open_pairs, trigger};
use crate::tables::LanguageTables;
use crate::triggers::cue_hits;
use crate::view::SentenceView;

/// How far (in words) before the negation a condition cue still governs it.
const CONDITION_REACH: usize = 8;
/// How far (in words) after the verb its object actor may stand.
const OBJECT_REACH: usize = 8;

/// The refusal verb starting at word `k`: (last word, needs intent).
fn verb_at(t: &LanguageTables, view: &SentenceView, k: usize) -> Option<(usize, bool)> {
    longest_phrase_at(&t.stance.refusals, view, k)
}

/// The negator governing word `v`: right before it, or before one plain
/// word that stands before it (`not yet`, `never again`).
fn negator_before(t: &LanguageTables, view: &SentenceView, v: usize) -> Option<usize> {
    let plain = |k: usize| view.words[k].punct.is_none() && view.arg_at[k].is_none();
    let neg = |k: usize| t.stance.negators.contains(view.words[k].lower);
    if v >= 1 && neg(v - 1) {
        Some(v - 1)
    } else if v >= 2 && neg(v - 2) && plain(v - 1) {
        Some(v - 2)
    } else {
        None
    }
}

/// Appends to `out` the refusals of one sentence stated as negated verbs of
/// accepting or yielding, where the coder's own candidates (`found`) do not
/// already code that verb.
pub(crate) fn code_refusals(
    t: &LanguageTables,
    view: &SentenceView,
    found: &[Candidate],
    out: &mut Vec<Candidate>,
) {
    let s = &t.stance;
    let Some(entry) = s.entry(Stance::Refuse) else {
        return;
    };
    let mut cues: Option<Vec<(usize, usize, String)>> = None;
    for v in 0..view.words.len() {
        if view.arg_at[v].is_some() || view.in_name[v] {
            continue;
        }
        let Some((last, needs_intent)) = verb_at(t, view, v) else {
            continue;
        };
        let Some(neg) = negator_before(t, view, v) else {
            continue;
        };
        // `cannot accept that an official lends her name to ...`: a clause
        // as object is a complaint about it, not a refusal of a demand.
        if view
            .words
            .get(last + 1)
            .is_some_and(|w| t.syntax.complements.contains(w.lower))
        {
            continue;
        }
        // The coder coded the verb already: as an event it did not negate,
        // or as a declared refusal of its own (`would not withdraw`).
        let coded = found.iter().any(|c| {
            c.trigger.head <= last
                && v <= c.trigger.last
                && (!c.aux.iter().any(|a| a == "negation")
                    || declares_refusal(&t.entries[c.trigger.entry], &c.aux, c.trigger.passive))
        });
        if coded {
            continue;
        }
        let cues = cues.get_or_insert_with(|| cue_hits(t, view));
        // `will not`, `would never`, `is not going to`: intent stated.
        let intent = cues
            .iter()
            .any(|(a, b, x)| x == "future" && *a < v && *b + 4 >= neg);
        if needs_intent && !intent {
            continue;
        }
        let conditioned = cues.iter().any(|(a, _, x)| {
            x == "condition"
                && *a < neg
                && *a + CONDITION_REACH >= neg
                && !(*a..neg).any(|k| ends_clause(t, view, k))
        });
        if conditioned {
            continue;
        }
        let Some(subject) = subject_left(t, view, neg).0 else {
            continue;
        };
        let target = (last + 1..view.words.len().min(last + 1 + OBJECT_REACH))
            .take_while(|&k| !ends_clause(t, view, k))
            .filter_map(|k| view.arg_at[k])
            .find(|&a| a != subject && prep_before(t, view, a).is_none());
        explain!(
            "s{} refusal: '{}' ... '{}'",
            view.sentence,
            view.words[neg].lower,
            view.words[last].lower
        );
        // A declared refusal is an event even when it names no partner: the
        // counterpart step may find one (as for the coder's `would not
        // negotiate`, see `coder.rs`).
        push_open_pairs(t, view, trigger(entry, neg, last), subject, target, out);
    }
}
