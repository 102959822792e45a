//! Clause-level helpers of the shallow coder for word orders and constructions
//! English needs (they apply to any language whose data lists the words):
//! where a clause starts, subjects shared with a reporting verb, nouns after
//! `the <Name>`, nominal events framed by `during a ...`, and participial
//! clauses sharing the main clause's subject (`..., warning that ...`).

use crate::arguments::{is_verb_form, subject_left, with_coordinated};
use crate::coder::{Candidate, SUBJECT_WINDOW, Trigger, is_quote, is_stop_punct};
use crate::insertion::relative_before_coord;
use crate::morphology::Form;
use crate::tables::LanguageTables;
use crate::targets::after_verb_coord;
use crate::view::SentenceView;

/// The words from the start of the clause up to the subject at `s0`
/// (back to the nearest punctuation mark).
pub(crate) fn clause_lead(view: &SentenceView, s0: usize) -> std::ops::Range<usize> {
    let start = (0..s0)
        .rev()
        .find(|&k| view.words[k].punct.is_some())
        .map_or(0, |k| k + 1);
    start..s0
}

/// Word `at` follows a coordinator (`... and urged`, `... but called`).
pub(crate) fn after_coord(t: &LanguageTables, view: &SentenceView, at: usize) -> bool {
    // `dan langsung menahan`: a manner adverb may stand between.
    let mut at = at;
    while at > 0 && t.syntax.verb_adverbs.contains(view.words[at - 1].lower) {
        at -= 1;
    }
    at > 0 && t.syntax.coords.contains(view.words[at - 1].lower)
        || after_verb_coord(t, view, at)
        || after_sequence(t, view, at)
}

/// `KPK menetapkan RH sebagai tersangka, lalu menahan ketiganya`: a
/// sequential connective after a comma or a coordinator (`dan kemudian`)
/// right before the verb at `at` makes it the subject's next step. Alone
/// (`pekan lalu menangkap`) it is no coordinator.
fn after_sequence(t: &LanguageTables, view: &SentenceView, at: usize) -> bool {
    at >= 2 && t.syntax.sequences.contains(view.words[at - 1].lower) && {
        let w = &view.words[at - 2];
        w.punct == Some(',') || t.syntax.coords.contains(w.lower)
    }
}

/// The subject of the nearest reporting verb left of `at`: in `the US said
/// the vote was flawed and urged a recount`, `urged` shares the subject of
/// `said`.
pub(crate) fn reporter_subject(
    t: &LanguageTables,
    view: &SentenceView,
    at: usize,
) -> (Option<usize>, Vec<usize>) {
    // A quoted fragment does not end the clause (`said that Israel would
    // "act with force" ..., and demanded that ...`): only other stop
    // punctuation does.
    let report = (at.saturating_sub(SUBJECT_WINDOW)..at)
        .rev()
        .take_while(|&k| {
            view.words[k]
                .punct
                .is_none_or(|p| !is_stop_punct(p) || is_quote(p))
        })
        .find(|&k| t.syntax.reports.contains(view.words[k].lower));
    match report {
        Some(k) => subject_left(t, view, k),
        None => (None, Vec::new()),
    }
}

/// `the Russian attack`, `a Malaysian request`: a determiner, then one
/// capitalized word, then a word not in the past tense, which is therefore a
/// noun (`the Kremlin condemned` stays a verb).
pub(crate) fn after_determiner_and_name(
    t: &LanguageTables,
    view: &SentenceView,
    i: usize,
    form: &Form,
) -> bool {
    i >= 2 && form.suffix != "ed" && {
        let (det, name) = (&view.words[i - 2], &view.words[i - 1]);
        let one_word = view.arg_at[i - 1].is_none_or(|a| view.args[a].w0 == i - 1);
        t.syntax.determiners.contains(det.lower)
            && name.capitalized
            && name.punct.is_none()
            && one_word
    }
}

/// The clause subject owning a nominal event that follows a `subject_prep`
/// (`Lammy announced the grant during a visit to Chad`): (subject, words
/// crossed), or None.
pub(crate) fn nominal_frame_subject(
    t: &LanguageTables,
    view: &SentenceView,
    head: usize,
) -> Option<(usize, Vec<usize>)> {
    let k = (head.saturating_sub(3)..head)
        .rev()
        .find(|&k| t.syntax.subject_preps.contains(view.words[k].lower))?;
    let plain = (k + 1..head).all(|m| view.words[m].punct.is_none() && view.arg_at[m].is_none());
    if !plain {
        return None;
    }
    let (subject, crossed) = subject_left(t, view, k);
    match subject {
        Some(s) => Some((s, crossed)),
        None => fronted_frame_subject(t, view, k, head).map(|s| (s, Vec::new())),
    }
}

/// Most words a fronted frame (`Dalam pertemuan bilateral dengan ...,`) may
/// run before the comma that closes it.
const FRAME_REACH: usize = 25;

/// The main-clause subject after a fronted frame that opens the sentence at
/// `k` (`Dalam pertemuan dengan Perdana Menteri Malaysia, Prabowo membahas
/// ...`, `During talks with Lula on Monday, Macron said ...`): the actor
/// right after one of the frame's closing commas (a date may sit between
/// commas too) that is the subject of the verb following it. Nothing when
/// an actor stands before the frame (`subject_left` covers those), a
/// sentence stop comes first, or the frame is definite (`Dalam pertemuan
/// tersebut, ...`: the meeting was told before).
fn fronted_frame_subject(
    t: &LanguageTables,
    view: &SentenceView,
    k: usize,
    head: usize,
) -> Option<usize> {
    if (0..k).any(|m| view.arg_at[m].is_some() || view.words[m].punct.is_some()) {
        return None;
    }
    let n = view.words.len();
    for c in head..n.min(head + FRAME_REACH) {
        let w = &view.words[c];
        if w.punct.is_some_and(is_stop_punct) {
            return None;
        }
        // `Dalam pertemuan tersebut, ...`: a definite frame refers back
        // to a meeting already told (and coded) before.
        if t.syntax.demonstratives.contains(w.lower) {
            return None;
        }
        if w.punct != Some(',') || c + 1 >= n {
            continue;
        }
        let Some(a) = view.arg_at[c + 1].filter(|&a| view.args[a].w0 == c + 1) else {
            continue;
        };
        let w1 = view.args[a].w1;
        // The verb the actor is the subject of, past at most two adverbs
        // or auxiliaries (`juga telah menyatakan`).
        let verb = (w1 + 1..n.min(w1 + 4)).find(|&v| {
            let lower = view.words[v].lower;
            is_verb_form(t, lower) || t.syntax.reports.contains(lower)
        });
        if verb.is_some_and(|v| subject_left(t, view, v).0 == Some(a)) {
            return Some(a);
        }
    }
    None
}

/// The subject of a participial clause opened by trigger `at` right after a
/// comma (`Lin told a news briefing, warning that ...`, `The US imposed
/// sanctions ..., accusing Maduro of ...`): the clause has none of its own
/// and shares the main clause's. The trigger must end in one of the
/// language's `participle_clause` suffixes (`-ing`). A speech act (`speech`)
/// goes with the reporting verb of the main clause when there is one
/// (`said in a statement, urging`); otherwise, and for any other event
/// (`launched drills, sending warships`), with the nearest earlier active
/// verb trigger of the sentence (`earlier`, in text order) after the last
/// stop punctuation. After a passive (`was shelled, killing three`) nothing
/// is taken: the agent is unknown.
pub(crate) fn participial_subject(
    t: &LanguageTables,
    view: &SentenceView,
    earlier: &[Trigger],
    at: usize,
    speech: bool,
) -> Option<usize> {
    let opens = at > 0
        && view.words[at - 1].punct == Some(',')
        && t.syntax
            .participle_clauses
            .iter()
            .any(|s| view.words[at].lower.ends_with(s.as_str()));
    if !opens {
        return None;
    }
    // The main clause: back to the last stop punctuation (a closing quote
    // ends the quoted statement before `Lin told ...`).
    let start = (0..at)
        .rev()
        .find(|&k| view.words[k].punct.is_some_and(is_stop_punct))
        .map_or(0, |k| k + 1);
    if speech && let (Some(s), _) = reporter_subject(t, view, at) {
        return Some(s);
    }
    let Some(verb) = earlier
        .iter()
        .rev()
        .filter(|p| p.last < at && p.head >= start)
        .find(|p| is_active_verb(t, p))
    else {
        return opening_subject_of_participle(t, view, earlier, at);
    };
    if verb.passive {
        return None;
    }
    // `revoked a license that allowed Chevron to pump crude, accusing ...`:
    // a verb of a relative clause has no subject of its own; the main
    // clause's verb before it does.
    subject_left(t, view, verb.light.unwrap_or(verb.head))
        .0
        .or_else(|| earlier_verb_subject(t, view, earlier, verb.head))
}

/// The subject of a participial clause whose main verb is no trigger
/// (`Burkina Faso's military government has ordered the U.N. coordinator to
/// leave, accusing her of ...`): the actor the main clause opens with
/// (see [`clause_opening_subject`]). Not after a passive auxiliary (`Three
/// peacekeepers were wounded, prompting ...`: the opening actor was acted
/// on, not the one who prompts), nor after any earlier trigger of the
/// clause, whose own subject search speaks for it.
fn opening_subject_of_participle(
    t: &LanguageTables,
    view: &SentenceView,
    earlier: &[Trigger],
    at: usize,
) -> Option<usize> {
    let start = clause_start(view, at);
    if earlier.iter().any(|p| p.head >= start && p.last < at) {
        return None;
    }
    let a = clause_opening_subject(t, view, earlier, at)?;
    // `Sudan's foreign minister, speaking to reporters, urged ...`: a
    // participle right after the actor is an aside on it, before any main verb.
    let aside = view.args[a].w1 + 2 >= at || crate::arguments::head_after_actor(t, view, at - 1);
    let passive =
        (view.args[a].w1 + 1..at).any(|k| t.syntax.passive_aux.contains(view.words[k].lower));
    (!aside && !passive).then_some(a)
}

/// Trigger `p` opens a participial phrase set off by commas before word
/// `before` (`Leaders of the bloc, meeting by video link on Monday,
/// voiced support and condemned ...`): the phrase is an aside on the
/// subject, so a verb after `and` shares the main clause's subject, not
/// the aside's (which has none of its own to give).
pub(crate) fn closed_participial(
    t: &LanguageTables,
    view: &SentenceView,
    p: &Trigger,
    before: usize,
) -> bool {
    let opens = p.head > 0
        && view.words[p.head - 1].punct == Some(',')
        && t.syntax
            .participle_clauses
            .iter()
            .any(|s| view.words[p.head].lower.ends_with(s.as_str()));
    opens && (p.last + 1..before.min(view.words.len())).any(|k| view.words[k].punct == Some(','))
}

/// Most words between a reporting verb and the pronoun subject of its
/// clause (`said on Sunday they`, `said that it`).
const REPORT_REACH: usize = 3;

/// A pronoun subject right after a reporting verb (`The African Union,
/// which suspended Guinea-Bissau, said it backed ...`, `said on Sunday
/// they had detained ...`) stands for the reporting verb's own subject, not
/// for the latest actor named (Guinea-Bissau): returns that subject, if
/// found. Only plain words (a time, a complementizer) may come between.
pub(crate) fn reported_pronoun(
    t: &LanguageTables,
    view: &SentenceView,
    arg: usize,
) -> Option<usize> {
    let a = &view.args[arg];
    let w = view.words[a.w0].lower;
    if a.w0 != a.w1 || !(t.syntax.pronouns_sg.contains(w) || t.syntax.pronouns_pl.contains(w)) {
        return None;
    }
    let k = (a.w0.saturating_sub(REPORT_REACH + 1)..a.w0)
        .rev()
        .take_while(|&k| view.words[k].punct.is_none() && view.arg_at[k].is_none())
        .find(|&k| t.syntax.reports.contains(view.words[k].lower))?;
    subject_left(t, view, k).0.filter(|&s| s != arg)
}

/// How many earlier verbs `earlier_verb_subject` tries.
const EARLIER_VERBS: usize = 3;

/// The subject of the nearest earlier active verb trigger of the sentence
/// (before word `before`, no further back than the last stop punctuation
/// outside quotes) that has one: a verb after `and` whose neighbour on the
/// left had none shares it (`warned that the North would respond with
/// "overwhelming force" ..., and rejected`). A passive verb on the way
/// stops the search: its agent is unknown.
pub(crate) fn earlier_verb_subject(
    t: &LanguageTables,
    view: &SentenceView,
    earlier: &[Trigger],
    before: usize,
) -> Option<usize> {
    let start = clause_start(view, before);
    // Not a verb of an object's relative clause (see crate::insertion).
    let end = relative_before_coord(t, view, before).unwrap_or(before);
    for p in earlier
        .iter()
        .rev()
        .filter(|p| p.last < end && p.head >= start)
        .filter(|p| is_active_verb(t, p))
        .take(EARLIER_VERBS)
    {
        if p.passive {
            return None;
        }
        if let (Some(s), _) = subject_left(t, view, p.light.unwrap_or(p.head)) {
            return Some(s);
        }
    }
    None
}

/// Most plain words between a `serial` word and its verb (`seraya tetap
/// menolak`).
const SERIAL_REACH: usize = 2;

/// The `serial` word opening the clause of the verb at `at` (`..., seraya
/// menuntut`, `sembari tetap menawarkan`), if any: only plain words (no
/// actor, no punctuation) may stand between.
fn serial_opener(t: &LanguageTables, view: &SentenceView, at: usize) -> Option<usize> {
    (at.saturating_sub(SERIAL_REACH + 1)..at)
        .rev()
        .take_while(|&k| view.words[k].punct.is_none() && view.arg_at[k].is_none())
        .find(|&k| t.syntax.serials.contains(view.words[k].lower))
}

/// The main verb a serial clause opened at word `opener` goes with: the
/// nearest earlier active verb trigger of the sentence (`earlier`, in text
/// order) after the last stop punctuation, not absorbed as content (in
/// `membantah telah menyerang warga sipil, sembari menawarkan ...` the
/// offer is the denier's). None after a passive: its subject is the
/// patient, not the agent the serial clause shares. A short quotation
/// between (`menyebut para korban "petempur yang menyamar", sembari ...`)
/// does not end the main clause.
fn serial_main_verb<'a>(
    t: &LanguageTables,
    view: &SentenceView,
    earlier: &'a [Trigger],
    opener: usize,
) -> Option<&'a Trigger> {
    let start = clause_start(view, opener);
    let verb = earlier
        .iter()
        .rev()
        .filter(|p| p.last < opener && p.head >= start)
        .find(|p| is_active_verb(t, p))?;
    (!verb.passive).then_some(verb)
}

/// The subject of a verb (at `anchor`, its clause checked from `at`) in a
/// relative clause on an earlier event of the same PLOVER type (`plover`):
/// in `Israel melancarkan serangan udara ke Gaza yang menewaskan 20 warga`
/// and `launched strikes on Gaza which killed 20 people` the killing is
/// that attack, so it takes the attack's coded source (from `coded`), not
/// the place right before the relative word. With the words crossed; None
/// when the verb opens no relative clause, when a person or an organisation
/// stands right before the relative word (`Deby, who travelled`: the clause
/// is about them), or when no such event precedes it.
pub(crate) fn relative_event_subject(
    t: &LanguageTables,
    view: &SentenceView,
    is_place: &dyn Fn(usize) -> bool,
    earlier: &[Trigger],
    coded: &[Candidate],
    (at, anchor): (usize, usize),
    plover: &str,
) -> Option<(Option<usize>, Vec<usize>)> {
    let k = at.checked_sub(1)?;
    if !t.syntax.relatives.contains(view.words[k].lower) {
        return None;
    }
    let before = (k.saturating_sub(2)..k)
        .rev()
        .find(|&j| view.words[j].punct != Some(','))
        .and_then(|j| view.arg_at[j]);
    if before.is_some_and(|a| !view.args[a].members.iter().all(|&m| is_place(m))) {
        return None;
    }
    let start = clause_start(view, k);
    let event = earlier
        .iter()
        .rev()
        .filter(|p| p.last < k && p.head >= start && !p.absorbed)
        .find(|p| t.entries[p.entry].plover == plover)?;
    let s = coded_source(view, coded, event)?;
    Some((Some(s), (k + 1..anchor).collect()))
}

/// Most words before the actor a clause opens with (`Kantor berita resmi
/// Korea Utara KCNA`).
const OPENING_REACH: usize = 5;

/// The subject of a verb (at `anchor`, its clause checked from `at`) in a
/// serial clause (`..., seraya menuntut Israel ...`), with the words
/// crossed: the subject of the main verb as coded (`coded`, the candidates
/// so far), else that verb's own subject; not the nearest actor to the
/// left, which may be the main verb's object. None outside a serial clause.
pub(crate) fn serial_subject(
    t: &LanguageTables,
    view: &SentenceView,
    earlier: &[Trigger],
    coded: &[Candidate],
    at: usize,
    anchor: usize,
) -> Option<(Option<usize>, Vec<usize>)> {
    let k = serial_opener(t, view, at)?;
    let verb = serial_main_verb(t, view, earlier, k)?;
    let s = coded_source(view, coded, verb)
        .or_else(|| subject_left(t, view, verb.light.unwrap_or(verb.head)).0)?;
    Some((Some(s), (k + 1..anchor).collect()))
}

/// The actor a clause opens with, as the subject of a verb coordinated with
/// an earlier predicate that is no trigger (`KCNA menyebut uji coba itu
/// "peringatan tegas" bagi Washington, dan mengancam ...`, where the
/// subject search from `mengancam` stops at the comma). Only plain words (a
/// title such as `Kantor berita resmi`) may stand before the actor; a
/// preposition, clause word or reporting word there (`Menurut JCS, ...`)
/// means the clause opens otherwise, and so does a trigger (`Lammy met
/// Sudanese refugees ... and called on`: the refugees are met, the subject
/// is no actor we know). A quotation does not end the clause.
pub(crate) fn clause_opening_subject(
    t: &LanguageTables,
    view: &SentenceView,
    earlier: &[Trigger],
    at: usize,
) -> Option<usize> {
    let start = clause_start(view, at);
    if at - start > SUBJECT_WINDOW {
        return None;
    }
    let s = &t.syntax;
    (start..at)
        .take(OPENING_REACH + 1)
        .take_while(|&k| {
            let w = &view.words[k];
            view.arg_at[k].is_some()
                || (w.punct.is_none()
                    && !earlier.iter().any(|p| p.head <= k && k <= p.last)
                    && !s.preps.contains(w.lower)
                    && !s.boundaries.contains(w.lower)
                    && !s.reports.contains(w.lower)
                    && !s.complements.contains(w.lower)
                    && !s.conditionals.contains(w.lower))
        })
        .find_map(|k| view.arg_at[k])
        // After a reporting verb the coordinated verb may be the reported
        // clause's (`said the exercises would rehearse a blockade and
        // strikes`), whose subject is not the reporter.
        .filter(|&a| (view.args[a].w1..at).all(|k| !s.reports.contains(view.words[k].lower)))
}

/// The first word of the clause of word `before`: after the last stop
/// punctuation outside quotes (a quotation does not end the clause).
pub(crate) fn clause_start(view: &SentenceView, before: usize) -> usize {
    (0..before)
        .rev()
        .find(|&k| {
            view.words[k]
                .punct
                .is_some_and(|p| is_stop_punct(p) && !is_quote(p))
        })
        .map_or(0, |k| k + 1)
}

/// A trigger that is a verb of its own clause: not absorbed as content, and
/// a verb entry or a noun carried by a light verb.
fn is_active_verb(t: &LanguageTables, p: &Trigger) -> bool {
    !p.absorbed && (!t.entries[p.entry].noun || p.light.is_some())
}

/// The source argument of trigger `trigger` as coded so far (`coded`, the
/// sentence's candidates in order; the last one coded from it).
fn coded_source(view: &SentenceView, coded: &[Candidate], trigger: &Trigger) -> Option<usize> {
    coded
        .iter()
        .rev()
        .find(|c| c.trigger.head == trigger.head)
        .and_then(|c| view.arg_at[c.source_words.1])
}

/// `The leaders of Armenia and Azerbaijan signed a treaty`, `the foreign
/// ministers of France and Germany condemned ...`: a subject noun (not a
/// place) followed by a `member_prep` and two or more coordinated actors
/// stands for those actors, who are the sources. `subject` is the subject
/// found (the noun, or the last conjunct when the noun is no actor);
/// returns the first of the coordinated actors.
pub(crate) fn members_of_subject(
    t: &LanguageTables,
    view: &SentenceView,
    is_place: &dyn Fn(usize) -> bool,
    subject: usize,
) -> Option<usize> {
    let a = &view.args[subject];
    if a.resolved {
        return None;
    }
    // The subject noun is an actor: `of` follows it.
    if !a.members.iter().any(|&m| is_place(m)) {
        let mut k = a.w1 + 1;
        if t.syntax.member_preps.contains(view.words.get(k)?.lower) {
            k += 1;
            if view.arg_at.get(k)?.is_none()
                && t.syntax.determiners.contains(view.words.get(k)?.lower)
            {
                k += 1;
            }
            let first = (*view.arg_at.get(k)?)?;
            let (members, _, _) = with_coordinated(t, view, first);
            return (members.len() >= 2 && !members.iter().any(|m| a.members.contains(m)))
                .then_some(first);
        }
    }
    // The subject noun is no actor (`Representatives of Sudan and Chad
    // resumed talks`): the subject found is the last conjunct; the first
    // stands right after `of`, which follows a plain noun opening the
    // clause (after at most a determiner).
    let first = (a.w0.saturating_sub(6)..a.w0).rev().find_map(|k| {
        let b = view.arg_at[k]?;
        let prep = k.checked_sub(1)?;
        (view.args[b].w0 == k && t.syntax.member_preps.contains(view.words[prep].lower))
            .then_some(b)
    })?;
    let (members, _, w1) = with_coordinated(t, view, first);
    if w1 != a.w1 || members.len() < 2 {
        return None;
    }
    let head = view.args[first].w0.checked_sub(2)?;
    // The head noun: a plain word, or an actor that is no place (`leaders`).
    let plain = |k: usize| {
        view.words[k].punct.is_none()
            && view.arg_at[k].is_none_or(|h| {
                !view.args[h]
                    .members
                    .iter()
                    .any(|&m| is_place(m) || members.contains(&m))
            })
    };
    // The noun phrase opens the clause: before it only a determiner and up
    // to two modifiers (`The foreign ministers of ...`).
    let opens = |k: usize| {
        (k.saturating_sub(3)..=k).rev().any(|j| {
            (j == 0 || view.words[j - 1].punct.is_some())
                && (j..k).all(|m| {
                    let w = &view.words[m];
                    w.punct.is_none()
                        && view.arg_at[m].is_none()
                        && !t.syntax.preps.contains(w.lower)
                        && (m == j || !t.syntax.determiners.contains(w.lower))
                })
        })
    };
    let head = view.arg_at[head].map_or(head, |h| view.args[h].w0);
    (plain(head) && !t.syntax.preps.contains(view.words[head].lower) && opens(head))
        .then_some(first)
}

/// `Saree said in a statement that the group would keep targeting ships
/// "until the siege ends", and warned shipping companies ...`: a verb after
/// `, and` whose subject no nearer clause gives shares the subject of the
/// sentence's first reporting verb, across the commas of the reported clause.
pub(crate) fn main_reporter_subject(
    t: &LanguageTables,
    view: &SentenceView,
    at: usize,
) -> Option<usize> {
    let k = (0..at).find(|&k| t.syntax.reports.contains(view.words[k].lower))?;
    subject_left(t, view, k).0
}
