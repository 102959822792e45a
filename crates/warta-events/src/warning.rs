//! Warnings that threaten nothing. A warning is a threat (PLOVER THREATEN)
//! when it announces what someone will or could do (`warned that Pyongyang
//! would respond with overwhelming force`, `memperingatkan bahwa Iran akan
//! membayar harga mahal`) or is addressed to someone (`warned Seoul against
//! new drills`). A warning whose `that` / `bahwa` clause only states how
//! things are (`warning that the country faces famine`, `memperingatkan
//! bahwa persediaan makanan di Gaza hanya cukup untuk beberapa hari`) reports
//! a state of affairs: no actor threatens an action, and the gold codes none.
//!
//! Entries carrying the `warning` flag in `events_predicates.tsv` are
//! checked; the clause's modality is read from the same cues as the event's
//! (`events_modality.tsv`: `future`, `hypothetical`, `condition`).

use crate::coder::is_stop_punct;
use crate::tables::LanguageTables;
use crate::view::SentenceView;

/// How far (in words) after the warning verb its `that` may stand
/// (`warned on Tuesday that`, `memperingatkan pemerintah bahwa`).
const COMPLEMENT_REACH: usize = 6;

/// True when the warning verb ending at word `last` is followed by a
/// `that` / `bahwa` clause with no future, possible or conditional cue up to
/// the sentence's end: a warning of a state of affairs, no threat. `cues`
/// are the sentence's modality cue hits (first word, last word, aux).
pub(crate) fn states_a_fact(
    t: &LanguageTables,
    view: &SentenceView,
    last: usize,
    cues: &[(usize, usize, String)],
) -> bool {
    let words = &view.words;
    let end = (last + 1 + COMPLEMENT_REACH).min(words.len());
    let Some(comp) = (last + 1..end)
        .take_while(|&k| words[k].punct.is_none_or(|p| !is_stop_punct(p)))
        .find(|&k| {
            let w = words[k].lower;
            t.syntax.complements.contains(w) && t.syntax.boundaries.contains(w)
        })
    else {
        return false;
    };
    // Quotation marks do not end the clause: `warning that the Islamic
    // Emirate "has the right to defend its territory and will respond"`.
    !cues
        .iter()
        .any(|(a, _, x)| *a > comp && matches!(x.as_str(), "future" | "hypothetical" | "condition"))
}
