//! Targets that are places: the object of an attack, an arrest or a
//! delivery of aid is often no actor but a thing or people at a named place
//! (`menyerang pos polisi di Kabupaten Intan Jaya`, `menyalurkan bantuan
//! kepada 40.000 pengungsi di Bukavu`). The place's country is then the
//! target: the attack or the aid is aimed at that country's side. Which
//! PLOVER types read their target this way (`place_target` rows) and which
//! prepositions link the object to its place (`object_place` rows) are
//! language data in `events_syntax.tsv`.

use crate::arguments::{is_verb_form, prep_before};
use crate::coder::is_stop_punct;
use crate::tables::{Entry, LanguageTables};
use crate::view::SentenceView;

/// Most words of the object phrase between the trigger and the place
/// preposition (`sebuah kantor polisi`, `bantuan makanan kepada 40.000
/// pengungsi`).
const OBJECT_REACH: usize = 7;

/// Most plain words between the place preposition and the place itself
/// (`di pinggiran kota El Fasher`).
const PLACE_REACH: usize = 3;

/// The place named with the object of a `place_target` event (an argument
/// whose first member is a place), for an entry whose target is the object
/// or a preposition: the first `object_place` preposition within
/// `OBJECT_REACH` plain words after the pattern, and a place right after it
/// (a few plain words such as `kota`, `dekat` may stand between). The object
/// phrase holds no actor, clause word, coordinator or verb of the
/// dictionary: in `menyerang pos polisi dan membakar rumah di kota X` the
/// place goes with the second verb.
pub(crate) fn object_place(
    t: &LanguageTables,
    view: &SentenceView,
    e: &Entry,
    last: usize,
    is_place: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let s = &t.syntax;
    if !s.place_targets.contains(&e.plover) || (!e.target_obj && e.target_preps.is_empty()) {
        return None;
    }
    let n = view.words.len();
    let digits = |k: usize| {
        view.words
            .get(k)
            .is_some_and(|w| !w.lower.is_empty() && w.lower.bytes().all(|b| b.is_ascii_digit()))
    };
    let blocks = |k: usize| {
        let w = &view.words[k];
        // `40.000 pengungsi`: a separator inside a number is no punctuation.
        let in_number = k > 0 && digits(k - 1) && digits(k + 1);
        (w.punct.is_some_and(|p| is_stop_punct(p) || p == ',') && !in_number)
            || view.arg_at[k].is_some()
            || s.boundaries.contains(w.lower)
            || s.complements.contains(w.lower)
            || s.relatives.contains(w.lower)
            || s.coords.contains(w.lower)
            || is_verb_form(t, w.lower)
    };
    let prep = (last + 1..n.min(last + 2 + OBJECT_REACH))
        .take_while(|&k| !blocks(k) || s.object_places.contains(view.words[k].lower))
        .find(|&k| s.object_places.contains(view.words[k].lower))?;
    // An object phrase is there: the place does not follow the verb itself.
    if prep == last + 1 && e.target_obj && e.target_preps.is_empty() {
        return None;
    }
    let a = (prep + 1..n.min(prep + 2 + PLACE_REACH))
        .take_while(|&k| view.words[k].punct.is_none())
        .find_map(|k| view.arg_at[k])?;
    let m = *view.args[a].members.first()?;
    // `ke Laut Jepang`: the sea's name (a `prep` word of its own) is no place
    // of the object.
    let linked = prep_before(t, view, a).is_some_and(|p| s.object_places.contains(p));
    (is_place(m) && !view.args[a].resolved && linked).then_some(a)
}
