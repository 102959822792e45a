//! Aids to the subject search of `arguments.rs` for English wire style
//! (issue #6): a quoted predicate right after its subject (`it was "deeply
//! concerned" by`), and the like. Kept apart so `arguments.rs` stays short.

use crate::arguments::plain_gap;
use crate::coder::is_quote;
use crate::tables::LanguageTables;
use crate::view::SentenceView;

/// Word `q` is a quotation mark that opens a quoted predicate before word
/// `from` (the trigger): it opens (an even number of quotation marks stands
/// before it in the sentence, or it is a left curly quote), none closes
/// before `from`, and an actor ends at most `QUOTED_PREDICATE_GAP` plain
/// words before it (`it was "`, `Washington "`, `Cairo "will not`), only
/// auxiliaries between: after `said "` the quote is the content, whose
/// subject is not the speaker.
pub(crate) fn quotes_predicate(t: &LanguageTables, view: &SentenceView, q: usize, from: usize) -> bool {
    let mark = view.words[q].punct;
    let before = view.words[..q]
        .iter()
        .filter(|w| w.punct.is_some_and(is_quote))
        .count();
    let opens = mark == Some('“') || (mark == Some('"') && before % 2 == 0);
    if !opens
        || (q + 1..from.min(view.words.len())).any(|j| view.words[j].punct.is_some_and(is_quote))
    {
        return false;
    }
    (q.saturating_sub(QUOTED_PREDICATE_GAP + 1)..q)
        .rev()
        .find_map(|j| view.arg_at[j])
        .is_some_and(|a| {
            let w1 = view.args[a].w1;
            // `Jakarta's long-standing "free and active" policy`: an owner
            // is no subject.
            let owner = t.syntax.possessives.iter().any(|p| view.words[w1].lower.ends_with(p.as_str()));
            // Only auxiliaries, modals and modality cues between (`it was
            // "`, `it had "`, `Cairo will not "`): not another verb
            // (`Baku had received "sufficient guarantees"`).
            let aux = |w: &str| {
                t.syntax.passive_aux.contains(w)
                    || t.syntax.floating_hosts.contains(w)
                    || t.cues.contains_key(w)
            };
            !owner
                && plain_gap(t, view, w1, q, QUOTED_PREDICATE_GAP)
                && (w1 + 1..q).all(|j| aux(view.words[j].lower))
        })
}

/// Most plain words between a subject and the quotation mark opening its
/// quoted predicate (`it was "`).
const QUOTED_PREDICATE_GAP: usize = 2;


/// Word `q` is a quotation mark closing a short quote that opened at most
/// `QUOTE_OPEN_REACH` words before the trigger at `from`, after a word of
/// the sentence (`Washington "stands firmly" with Guyana`): a quoted
/// predicate, after which the clause goes on. A quote that opens the
/// sentence (`"We condemn the attack," Peskov said`) ends its clause.
pub(crate) fn closes_quoted_predicate(view: &SentenceView, q: usize, from: usize) -> bool {
    if !view.words[q].punct.is_some_and(is_quote) {
        return false;
    }
    let Some(open) = (from.saturating_sub(QUOTE_OPEN_REACH)..q)
        .rev()
        .find(|&j| view.words[j].punct.is_some_and(is_quote))
    else {
        return false;
    };
    let before = view.words[..open]
        .iter()
        .filter(|w| w.punct.is_some_and(is_quote))
        .count();
    open > 0
        && view.words[open - 1].punct.is_none()
        && before % 2 == 0
        && view.words[open].punct != Some('”')
        && q - open <= QUOTED_FRAGMENT
}

/// Most words between a quoted predicate's opening mark and its trigger.
const QUOTE_OPEN_REACH: usize = 3;

/// Most words of a quoted predicate (`"stands firmly"`).
const QUOTED_FRAGMENT: usize = 6;
