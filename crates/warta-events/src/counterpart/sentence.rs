//! The `sentence` way: another actor of the trigger's own sentence as the
//! target, with the speaker, reporters, the source's own side and actors of
//! a denied act left out.

use warta_core::{ActorRef, Document, EntityType, Event, TextIndex};

use super::{INTERNATIONAL, MEDIA_SECTOR, TITLE_WORDS};
use crate::arguments::{is_verb_form, prep_before};
use crate::assemble::text_of;
use crate::coder::{Candidate, TARGET_WINDOW, is_stop_punct};
use crate::tables::LanguageTables;
use crate::view::{self, SentenceView, actor_code};

/// Another actor of the sentence as the target: the nearest after the
/// trigger, else the nearest before it (see the module doc for who is left out).
pub(super) fn in_sentence(
    t: &LanguageTables,
    doc: &Document,
    index: &TextIndex,
    view: &SentenceView,
    c: &Candidate,
    ev: &Event,
    source: &str,
) -> Option<ActorRef> {
    let speaker = ev.claimed_by.as_ref().and_then(|x| x.speaker.as_deref());
    let ok = |m: usize, a: usize| {
        let Some(e) = doc.entities.get(m) else {
            return false;
        };
        let code = actor_code(doc, m).unwrap_or_default();
        // A place counts only as a country named outside a prepositional
        // phrase (`Thailand`, not `in Nairobi`, not the dateline's `Jakarta`):
        // cities and regions are where things happen. A country after a
        // `party_prep` (`relations with Montenegro`, `solidarity with
        // Guyana`) is a party, not a scene.
        let place_ok = e.kind != EntityType::Location
            || (e.country.as_deref() == Some(code.as_str())
                && prep_before(t, view, a).is_none_or(|p| t.syntax.party_preps.contains(p)));
        // `officials` (GOV), `militants` (REB): a role without a country
        // does not say whose.
        let known = e.country.is_some() || INTERNATIONAL.iter().any(|x| code.starts_with(x));
        known
            && m != c.source
            && Some(m) != c.reporter
            && Some(m) != c.place
            && speaker != Some(e.id.as_str())
            && !same_actor(&code, source)
            && e.sector.as_deref() != Some(MEDIA_SECTOR)
            && place_ok
            && !is_reporter(t, view, a)
    };
    // `both sides` naming the source's own country is no counterpart,
    // whichever member is the other side.
    let pick = |a: usize| {
        let members = &view.args[a].members;
        // A pronoun the clause did not take (`urged both sides to respect
        // it`) may well stand for no actor at all.
        let x = &view.args[a];
        let pronoun = |k: usize| {
            let w = view.words[k].lower;
            t.syntax.pronouns_sg.contains(w) || t.syntax.pronouns_pl.contains(w)
        };
        if x.resolved && x.w0 == x.w1 && pronoun(x.w0) {
            return None;
        }
        let with_source = members.len() > 1
            && members
                .iter()
                .any(|&m| same_actor(&actor_code(doc, m).unwrap_or_default(), source));
        (!with_source)
            .then(|| members.iter().copied().find(|&m| ok(m, a)))
            .flatten()
    };
    let tr = &c.trigger;
    let (s0, s1) = c.source_words;
    let not_source = |a: &usize| {
        let x = &view.args[*a];
        x.w1 < s0 || x.w0 > s1
    };
    // Nearest after the trigger first, else nearest before it; both
    // within the event's clause (`condemned the incident, with U.S.
    // Ambassador X calling ...`: X is in another clause). A denial's
    // content clause says what is denied, not to whom (`membantah bahwa
    // kapal Malaysia ...`); other content clauses often name the
    // counterpart (`warned that Israel would ...`).
    let n = view.words.len();
    let reply = t.entries[tr.entry].reply;
    let ends_clause = |k: usize| {
        let w = &view.words[k];
        view.arg_at[k].is_none()
            && (w.punct.is_some_and(|p| p == ',' || is_stop_punct(p))
                || t.syntax.boundaries.contains(w.lower)
                || (reply && t.syntax.complements.contains(w.lower)))
    };
    let last = (tr.last + 1..n.min(tr.last + 1 + TARGET_WINDOW))
        .find(|&k| ends_clause(k))
        .unwrap_or(n.min(tr.last + 1 + TARGET_WINDOW));
    let first = tr.light.unwrap_or(tr.head).min(tr.head);
    let start = (0..first)
        .rev()
        .find(|&k| ends_clause(k))
        .map_or(0, |k| k + 1);
    let denied = denied_act_end(t, view, tr.last, reply, last);
    let mut after: Vec<usize> = (0..view.args.len())
        .filter(not_source)
        .filter(|&a| view.args[a].w0 > denied.unwrap_or(tr.last) && view.args[a].w1 < last)
        .collect();
    after.sort_by_key(|&a| view.args[a].w0);
    // `scrambled fighter jets after two Russian bombers flew close`: a
    // reaction's counterpart stands in the clause of its cause, after the
    // clause's own actors (`reason_target` rows).
    let reason = view.words.get(last).is_some_and(|w| {
        t.syntax
            .reason_targets
            .get(w.lower)
            .is_some_and(|types| types.contains(&ev.plover))
    });
    if reason {
        let end = (last + 1..n.min(last + 1 + TARGET_WINDOW))
            .find(|&k| ends_clause(k))
            .unwrap_or(n.min(last + 1 + TARGET_WINDOW));
        let mut cause: Vec<usize> = (0..view.args.len())
            .filter(|&a| view.args[a].w0 > last && view.args[a].w1 < end)
            .collect();
        cause.sort_by_key(|&a| view.args[a].w0);
        after.extend(cause);
    }
    // Before a bare event noun stands the subject of the verb governing it
    // (`Turki mengecam serangan udara Rusia terhadap konvoi`): Turkey
    // condemns the strike, it is not its target.
    let bare_noun = t.entries[tr.entry].noun && tr.light.is_none();
    // An actor in a relative clause on the source describes the source,
    // it is not acted on (`militan JNIM yang berafiliasi dengan Al Qaeda
    // menyerang konvoi`, `the army, which has relied on Russia's Africa
    // Corps, said`).
    let describes_source = |a: &usize| {
        let w0 = view.args[*a].w0;
        w0 > s1 && (s1 + 1..w0).any(|k| t.syntax.relatives.contains(view.words[k].lower))
    };
    let mut before: Vec<usize> = (0..view.args.len())
        .filter(|_| !bare_noun)
        .filter(not_source)
        .filter(|a| !describes_source(a))
        .filter(|&a| view.args[a].w1 < first && view.args[a].w0 >= start)
        .collect();
    before.sort_by_key(|&a| std::cmp::Reverse(view.args[a].w1));
    let (a, m) = after
        .into_iter()
        .chain(before)
        .find_map(|a| pick(a).map(|m| (a, m)))?;
    let arg = &view.args[a];
    Some(ActorRef {
        entity: doc.entities.get(m).map(|x| x.id.clone()),
        actor: actor_code(doc, m),
        text: text_of(doc, index, view.words[arg.w0].start, view.words[arg.w1].end),
    })
}

/// Most words between a denial and the verb of the act it denies
/// (`membantah telah menyerang`).
const DENIED_ACT_REACH: usize = 2;

/// A denial whose content is an act, with no complementizer (`Teheran
/// membantah memasok senjata kepada kelompok itu dan mengecam serangan
/// udara AS`): the actors of that act are not to whom the denial answers.
/// Returns the last word of the denied act, which runs to the first
/// coordinator opening another verb of the subject (a coordinator before an
/// actor joins the act's own objects: `kepada Hamas dan Hizbullah`), or to
/// `last`, the end of the clause. `None` when no act follows the denial.
fn denied_act_end(
    t: &LanguageTables,
    view: &SentenceView,
    trigger_last: usize,
    reply: bool,
    last: usize,
) -> Option<usize> {
    let n = view.words.len();
    let verb = |k: usize| view.words[k].punct.is_none() && is_verb_form(t, view.words[k].lower);
    if !reply || !(trigger_last + 1..n.min(trigger_last + 2 + DENIED_ACT_REACH)).any(verb) {
        return None;
    }
    let end = (trigger_last + 1..last)
        .find(|&k| {
            t.syntax.coords.contains(view.words[k].lower)
                && view.arg_at[k].is_none()
                && k + 1 < n
                && view.arg_at[k + 1].is_none()
                && view.words[k + 1].punct.is_none()
        })
        .unwrap_or(last);
    Some(end)
}

/// [`view::same_actor`] (`Kementerian Luar Negeri RI` is no counterpart of
/// `RI`), except that an empty code also counts: no actor is no counterpart.
pub(super) fn same_actor(a: &str, b: &str) -> bool {
    a.is_empty() || b.is_empty() || view::same_actor(a, b)
}

/// Is argument `a` the subject of a reporting verb (`kata Kepala Desa`,
/// `..., the minister said`, `X said`)? Who tells of an event is not its
/// counterpart.
fn is_reporter(t: &LanguageTables, view: &SentenceView, a: usize) -> bool {
    let (w0, w1) = (view.args[a].w0, view.args[a].w1);
    let report = |k: usize| {
        view.words
            .get(k)
            .is_some_and(|w| t.syntax.reports.contains(w.lower))
    };
    // Back over a title (`kata Kepala Desa Kulee`, `said Foreign Minister X`).
    let mut k = w0;
    for _ in 0..=TITLE_WORDS {
        let Some(p) = k.checked_sub(1) else { break };
        if report(p) {
            return true;
        }
        let w = &view.words[p];
        if w.punct.is_some() || !w.capitalized || view.arg_at[p].is_some() {
            break;
        }
        k = p;
    }
    report(w1 + 1)
}
