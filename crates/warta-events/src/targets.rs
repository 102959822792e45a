//! Clause-level arguments the word-window search of `arguments.rs` misses:
//! the target named inside the content clause of a speech act (`demanded
//! that Washington lift the sanctions`, `threatened to act alone to stop
//! Iran`, `mendesak agar Washington mencabut ...`), subjects listed with
//! commas (`India, China and Russia congratulated ...`), parenthetical words
//! between a subject and its verb (`Hungary, however, rejected ...`) and
//! verbs joined by a contrastive coordinator that share one subject
//! (`welcomed the decision but called on the bloc ...`).

use crate::arguments::{absolute_subject_end, is_verb_form, passive_agent, plain_gap, prep_before};
use crate::subject_aids::closes_quoted_predicate;
use warta_core::Event;

use crate::coder::Candidate;
use crate::coder::{TARGET_WINDOW, is_quote, is_stop_punct};
use crate::tables::{Entry, LanguageTables};
use crate::view::SentenceView;

/// Most words between the trigger and the complementizer opening its content
/// (`warned on Tuesday that`, `demanded that`).
const COMPLEMENTIZER_REACH: usize = 6;

/// The target inside the content clause of an `absorb` entry (a request,
/// accusation or threat whose complement says what is asked or threatened)
/// that has no object of its own: the first actor of the clause after the
/// complementizer that does not stand in a prepositional phrase. In
/// `demanded that Washington lift all sanctions` that is the clause's
/// subject; in `warned that Western weapons deliveries could drag NATO into
/// conflict` (a subject no actor) the actor the clause acts upon; in
/// `threatened to act alone to stop Iran from ...` the object of the purpose
/// clause. Without a complementizer (`warned it would ...`) nothing is taken.
/// Actors for which `skip` holds (a threatener's own forces) are passed over.
pub(crate) fn content_target(
    t: &LanguageTables,
    view: &SentenceView,
    e: &Entry,
    last: usize,
    skip: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    if !e.absorb || e.reply {
        return None;
    }
    let n = view.words.len();
    let comp = (last + 1..n.min(last + 1 + COMPLEMENTIZER_REACH))
        .take_while(|&k| view.words[k].punct.is_none() && view.arg_at[k].is_none())
        .find(|&k| t.syntax.complements.contains(view.words[k].lower))?;
    let end = n.min(comp + 1 + TARGET_WINDOW);
    let mut k = comp + 1;
    while k < end {
        let w = &view.words[k];
        if w.punct.is_some_and(|p| is_stop_punct(p) || p == ',') {
            return None;
        }
        if let Some(a) = view.arg_at[k] {
            // Not in a prepositional phrase, or after one of the entry's own
            // target prepositions (`threatened to impose tariffs on China`).
            let ok = prep_before(t, view, a).is_none_or(|p| e.target_preps.iter().any(|x| x == p));
            if ok && !threat_speaker_pronoun(t, view, e, comp, a) && !skip(a) {
                return Some(a);
            }
            k = view.args[a].w1 + 1;
            continue;
        }
        // A clause boundary other than a further complementizer (`to stop
        // Iran`) ends the content: `demanded that X ... while Y ...`.
        if t.syntax.boundaries.contains(w.lower) && !t.syntax.complements.contains(w.lower) {
            return None;
        }
        k += 1;
    }
    None
}

/// Is argument `a` a bare pronoun opening the content clause of a threat
/// (`memperingatkan bahwa pihaknya akan kembali menyerang jika Iran ...`,
/// `warned that it would respond`)? A threatener speaks of what it will do
/// itself, so the pronoun is the speaker, not the target, whatever actor the
/// pronoun resolution found last (`perundingan di Muscat`).
fn threat_speaker_pronoun(
    t: &LanguageTables,
    view: &SentenceView,
    e: &Entry,
    comp: usize,
    a: usize,
) -> bool {
    let arg = &view.args[a];
    let w = view.words[arg.w0].lower;
    e.plover == "THREATEN"
        && arg.w0 == comp + 1
        && arg.w0 == arg.w1
        && (t.syntax.pronouns_sg.contains(w) || t.syntax.pronouns_pl.contains(w))
}

/// Most words between a force event's trigger and its purpose link
/// (`menembakkan gas air mata dan meriam air untuk`).
const PURPOSE_REACH: usize = 8;

/// Most words between a purpose clause's verb and its object's actor
/// (`to disperse thousands of protesters`).
const PURPOSE_OBJECT_REACH: usize = 4;

/// The target of a force event named as the object of its purpose clause:
/// `police fired tear gas on Wednesday to disperse thousands of
/// protesters`, `menembakkan gas air mata untuk membubarkan ribuan
/// demonstran`. Only for the `purpose_target` types of the language table;
/// the actor must follow the clause's verb closely, outside a prepositional
/// phrase (a quantifier's `of` excepted).
pub(crate) fn purpose_target(
    t: &LanguageTables,
    view: &SentenceView,
    e: &Entry,
    last: usize,
) -> Option<usize> {
    if !t.syntax.purpose_targets.contains(&e.plover) {
        return None;
    }
    let n = view.words.len();
    let purpose = (last + 1..n.min(last + 1 + PURPOSE_REACH))
        .take_while(|&k| view.words[k].punct.is_none() && view.arg_at[k].is_none())
        .find(|&k| t.syntax.purpose.contains(view.words[k].lower))?;
    // The clause's verb is the word after the purpose link; its object
    // follows within a few plain words.
    let verb = purpose + 1;
    let end = n.min(verb + 2 + PURPOSE_OBJECT_REACH);
    let mut k = verb + 1;
    while k < end {
        let w = &view.words[k];
        if w.punct.is_some() {
            return None;
        }
        if let Some(a) = view.arg_at[k] {
            let ok = match prep_before(t, view, a) {
                None => true,
                // `thousands of protesters`: the quantifier's `of`.
                Some(_) => {
                    let w0 = view.args[a].w0;
                    w0 >= 2 && t.syntax.quantifiers.contains(view.words[w0 - 2].lower)
                }
            };
            return ok.then_some(a);
        }
        if t.syntax.boundaries.contains(w.lower)
            || t.syntax.complements.contains(w.lower)
            || t.syntax.relatives.contains(w.lower)
        {
            return None;
        }
        k += 1;
    }
    None
}

/// Extends a coordinated subject found at its last conjuncts leftwards over
/// a comma list: `India, China and Russia` (`members` starting at word
/// `w0`, which a coordinator already joined). The list must open the clause
/// (sentence start or punctuation before its first item), so `After meeting
/// Putin, China and Russia said` keeps Putin out. Returns the new members
/// and first word.
pub(crate) fn comma_list_left(
    t: &LanguageTables,
    view: &SentenceView,
    members: &[usize],
    w0: usize,
) -> (Vec<usize>, usize) {
    let mut items: Vec<usize> = Vec::new();
    let mut first = w0;
    while first >= 2 && view.words[first - 1].punct == Some(',') {
        let Some(a) = view.arg_at[first - 2] else {
            break;
        };
        if prep_before(t, view, a).is_some() {
            break;
        }
        items.push(a);
        first = view.args[a].w0;
    }
    let opens_clause = first == 0 || view.words[first - 1].punct.is_some();
    if items.is_empty() || !opens_clause {
        return (members.to_vec(), w0);
    }
    let mut out: Vec<usize> = items
        .iter()
        .rev()
        .flat_map(|&a| view.args[a].members.iter().copied())
        .collect();
    for &m in members {
        if !out.contains(&m) {
            out.push(m);
        }
    }
    (out, first)
}

/// Is the stretch between the comma at `open` and the comma at `close` a
/// parenthetical (`, however,`, `, for its part,`) that may stand between a
/// subject and its verb?
pub(crate) fn is_parenthetical(
    t: &LanguageTables,
    view: &SentenceView,
    open: usize,
    close: usize,
) -> bool {
    if open + 1 >= close || view.words[open].punct != Some(',') {
        return false;
    }
    let phrase: Vec<&str> = (open + 1..close).map(|k| view.words[k].lower).collect();
    (open + 1..close).all(|k| view.words[k].punct.is_none() && view.arg_at[k].is_none())
        && t.syntax.parentheticals.contains(&phrase.join(" "))
}

/// Word `at` follows a contrastive coordinator joining two verbs of one
/// subject (`welcomed the decision but called on ...`, `... tetapi menolak`).
pub(crate) fn after_verb_coord(t: &LanguageTables, view: &SentenceView, at: usize) -> bool {
    at > 0 && t.syntax.verb_coords.contains(view.words[at - 1].lower)
}

/// May a pattern gap over words `from..to` cross the actors in it? Only as
/// the owner of the next pattern word, with at most two words between
/// (`summoned Turkey's ambassador`, `India's acting high commissioner`); in `backed
/// Iran's call for the sanctions to be lifted` Iran's call is backed, which
/// is no `back * sanctions` threat.
pub(crate) fn gap_owner_ok(view: &SentenceView, from: usize, to: usize) -> bool {
    match (from..to)
        .rev()
        .find_map(|k| view.arg_at.get(k).copied().flatten())
    {
        Some(a) => view.args[a].w1 + 3 >= to,
        None => true,
    }
}

/// Word `i` follows an actor in the possessive (`Iran's call`): it is a
/// noun, so a verb entry does not fire on it.
pub(crate) fn after_possessive(t: &LanguageTables, view: &SentenceView, i: usize) -> bool {
    i > 0
        && view.arg_at[i - 1].is_some()
        && t.syntax
            .possessives
            .iter()
            .any(|p| view.words[i - 1].lower.ends_with(p.as_str()))
}

/// The target of a threat named in its condition: `Beijing warned it would
/// take firm steps if Taiwan kept pushing for independence`, `memperingatkan
/// akan mengambil langkah tegas jika pemerintah Taiwan ...`. A threat is
/// conditional on what its target does, so the first actor (not in a
/// prepositional phrase) right after a `conditional` word of the threat's
/// sentence part is the target. So is an offer to mediate (CAMEO 039, 045)
/// on the parties' consent: `siap menjadi fasilitator dialog apabila Teheran
/// dan Tel Aviv bersedia`. Other event types are not read this way.
pub(crate) fn condition_target(
    t: &LanguageTables,
    view: &SentenceView,
    e: &Entry,
    last: usize,
) -> Option<usize> {
    let mediation = matches!(e.cameo.as_deref(), Some("039" | "045"));
    if e.plover != "THREATEN" && !mediation {
        return None;
    }
    condition_subject(t, view, last)
}

/// The `conditional` word (`jika`, `if`) that follows word `last` in its
/// sentence part, within the reach of a target. Quoted words (`"langkah
/// tegas"`) belong to the act; other stop punctuation ends the part.
pub(crate) fn condition_word(
    t: &LanguageTables,
    view: &SentenceView,
    last: usize,
) -> Option<usize> {
    (last + 1..view.words.len().min(last + 1 + TARGET_WINDOW))
        .take_while(|&k| {
            view.words[k]
                .punct
                .is_none_or(|p| is_quote(p) || p == ',' || !is_stop_punct(p))
        })
        .find(|&k| t.syntax.conditionals.contains(view.words[k].lower))
}

/// The subject of the condition that follows word `last` in its sentence
/// part (`... if Taiwan kept pushing`, `... only if Washington released`):
/// the first actor after a `conditional` word, not in a prepositional phrase.
/// Besides threats, conditional offers take it as their target (`was ready
/// to stop fighting if Thailand did the same`; `condition_target` types of
/// the language table, see coder.rs).
pub(crate) fn condition_subject(
    t: &LanguageTables,
    view: &SentenceView,
    last: usize,
) -> Option<usize> {
    let n = view.words.len();
    let cond = condition_word(t, view, last)?;
    // The condition's subject: a few words at most (`if the government of Taiwan`).
    let subject = (cond + 1..n.min(cond + 5))
        .take_while(|&k| view.words[k].punct.is_none())
        .find_map(|k| view.arg_at[k]);
    match subject {
        Some(a) => Some(a).filter(|&a| prep_before(t, view, a).is_none()),
        None => condition_agent(t, view, cond),
    }
}

/// Most plain words between a conditional word and the agent marker of a
/// passive condition (`apabila wilayah udaranya kembali dilanggar oleh`);
/// the agent's actor comes within three words after the marker.
const CONDITION_AGENT_REACH: usize = 8;

/// The agent of a passive condition whose subject is no actor: `apabila
/// wilayah udaranya kembali dilanggar oleh jet-jet tempur Pakistan`, `if
/// its airspace is violated again by Pakistani jets`, `jika diminta oleh
/// kedua negara`. The actor acting in the condition is the one a threat
/// or a conditional offer is aimed at.
fn condition_agent(t: &LanguageTables, view: &SentenceView, cond: usize) -> Option<usize> {
    let n = view.words.len();
    let marker = (cond + 1..n.min(cond + 1 + CONDITION_AGENT_REACH))
        .take_while(|&k| {
            let w = &view.words[k];
            w.punct.is_none()
                && view.arg_at[k].is_none()
                && !t.syntax.boundaries.contains(w.lower)
                && !t.syntax.complements.contains(w.lower)
        })
        .find(|&k| t.syntax.passive_agents.contains(view.words[k].lower))?;
    // `oleh jet-jet tempur Pakistan`: the agent's head noun may stand
    // before the actor naming it.
    (marker + 1..n.min(marker + 4))
        .take_while(|&k| {
            let w = &view.words[k];
            w.punct.is_none() && !t.syntax.boundaries.contains(w.lower)
        })
        .find_map(|k| view.arg_at[k])
}

/// Drops a targetless candidate when the same sentence has one of the same
/// type, source and polarity with a target: in `Israel warned it would not be
/// bound by any deal and threatened to act alone to stop Iran` the threat is
/// one, against Iran; in `China condemned the AUKUS pact and accused
/// Australia of ...` the disapproval is aimed at Australia.
pub(crate) fn drop_redundant_targetless(t: &LanguageTables, out: &mut Vec<Candidate>) {
    if out.iter().all(|c| c.target.is_some()) {
        return;
    }
    let key = |c: &Candidate| {
        (
            t.entries[c.trigger.entry].plover.as_str(),
            c.source,
            c.aux.iter().any(|a| a == "negation"),
        )
    };
    let targeted: Vec<_> = out.iter().filter(|c| c.target.is_some()).map(key).collect();
    // `bersedia menjadi penengah antara Rusia dan Ukraina`: a targetless
    // willingness whose verb right after it is a targeted event of the same
    // source says nothing more than that event.
    let carried: Vec<(usize, usize)> = out
        .iter()
        .filter(|c| c.target.is_some())
        .map(|c| (c.source, c.trigger.light.unwrap_or(c.trigger.head)))
        .collect();
    let carried_by_next = |c: &Candidate| {
        carried
            .iter()
            .any(|&(s, h)| s == c.source && h > c.trigger.last && h <= c.trigger.last + 2)
    };
    out.retain(|c| c.target.is_some() || !(targeted.contains(&key(c)) || carried_by_next(c)));
}

/// The owner of a verb's object noun, named in a prepositional phrase right
/// after it: `rejected recent calls by Belarus for aid` (Belarus),
/// `shelled positions of the Palestinian forces`, `menolak bantuan dari AS`.
/// Only for entries whose target is the object; the object is a short plain
/// noun phrase (no actor) and the phrase's preposition an `owner_prep`.
pub(crate) fn object_owner(
    t: &LanguageTables,
    view: &SentenceView,
    e: &Entry,
    head: usize,
    last: usize,
) -> Option<usize> {
    if !e.target_obj || t.syntax.owner_preps.is_empty() {
        return None;
    }
    let n = view.words.len();
    // The object noun phrase: one to four plain words, or none when the
    // pattern ends with the noun (`reject * demand`).
    let first = if last > head { last + 1 } else { last + 2 };
    let prep = (first..n.min(last + 6)).find(|&k| t.syntax.preps.contains(view.words[k].lower))?;
    let plain = (last + 1..prep).all(|m| {
        let w = &view.words[m];
        w.punct.is_none()
            && view.arg_at[m].is_none()
            && !t.syntax.boundaries.contains(w.lower)
            && !t.syntax.complements.contains(w.lower)
            && !t.syntax.relatives.contains(w.lower)
    });
    if !plain || !t.syntax.owner_preps.contains(view.words[prep].lower) {
        return None;
    }
    let a = (prep + 1..n.min(prep + 4))
        .take_while(|&k| view.words[k].punct.is_none())
        .find_map(|k| view.arg_at[k])?;
    (prep_before(t, view, a) == Some(view.words[prep].lower)).then_some(a)
}

/// Is argument `a` a pronoun or anaphor resolved to the entities of
/// argument `subject`?
pub(crate) fn refers_to(view: &SentenceView, a: usize, subject: Option<usize>) -> bool {
    subject.is_some_and(|s| {
        view.args[a].resolved
            && view.args[a]
                .members
                .iter()
                .all(|m| view.args[s].members.contains(m))
    })
}

/// Drops the events of the language's `target_required` types that ended up
/// without a target after all resolution (pronouns, anaphors, event nouns
/// referring back), and renumbers the rest. For English `condemned the
/// decision`, `expressed concern about the incident` with no recoverable
/// target were mostly wrong on the gold articles; the table says which types.
pub(crate) fn drop_required_targetless(t: &LanguageTables, events: &mut Vec<Event>) {
    if t.syntax.target_required.is_empty() {
        return;
    }
    let before = events.len();
    events.retain(|e| {
        let keep = e.target.is_some() || !t.syntax.target_required.contains(&e.plover);
        if !keep {
            let why = "targetless, and its type requires a target";
            crate::explain::dropped_event(e.sentence, &e.trigger, &e.rule, why);
        }
        keep
    });
    if events.len() != before {
        for (i, e) in events.iter_mut().enumerate() {
            e.id = format!("V{}", i + 1);
        }
    }
}

/// Does a resolved pair (`both sides`, `kedua negara`) include a country of
/// the sources? Compared by country (the first three letters of the actor
/// code), so a minister (`SAUGOV`) and his country (`SAU`) are one side.
pub(crate) fn pair_includes_source<'d>(
    targets: &[usize],
    sources: &[usize],
    actor_of: &dyn Fn(usize) -> Option<&'d str>,
) -> bool {
    let country = |e: usize| actor_of(e).map(|c| c.chars().take(3).collect::<String>());
    targets.len() >= 2
        && targets.iter().any(|&x| {
            country(x).is_some_and(|cx| sources.iter().any(|&s| country(s) == Some(cx.clone())))
        })
}

/// Word `k` is plain: no punctuation and no actor.
fn is_free_word(view: &SentenceView, k: usize) -> bool {
    view.words[k].punct.is_none() && view.arg_at[k].is_none()
}

/// The first word at or after `from` that is not a plain determiner (`the`,
/// `itu`): where the noun of an object phrase may start.
fn past_determiners(t: &LanguageTables, view: &SentenceView, from: usize) -> usize {
    let n = view.words.len();
    let mut k = from;
    while k < n && is_free_word(view, k) && t.syntax.determiners.contains(view.words[k].lower) {
        k += 1;
    }
    k
}

/// Most words between an act's noun and the preposition naming who
/// suffered it (`serangan udara terhadap`).
const VICTIM_PREP_REACH: usize = 2;

/// Most words between that preposition and the victim's name (`terhadap
/// pos pengamatan Kontingen Garuda`).
const VICTIM_REACH: usize = 4;

/// Is the object of the trigger ending at word `last` an act whose victim
/// the clause names but whose agent it does not (`mengecam serangan
/// terhadap pos UNIFIL`, `condemned the attack on the convoy`)? Whoever is
/// condemned, asked or answered about such an act is its agent: neither the
/// victim nor a party guessed from the story, so no counterpart is sought
/// (the discourse step has already looked for an earlier report of the
/// act). An agent named before the preposition (`serangan Israel terhadap
/// ...`) is an owner the clause gives, and the answer is no.
pub(crate) fn act_with_victim_only(t: &LanguageTables, view: &SentenceView, last: usize) -> bool {
    let n = view.words.len();
    let free = |k: usize| is_free_word(view, k);
    let k = past_determiners(t, view, last + 1);
    // One modifier may stand before the noun (`the deadly attack`).
    let Some(noun) = (k..n.min(k + 2))
        .take_while(|&j| free(j))
        .find(|&j| is_event_noun(t, view.words[j].lower))
    else {
        return false;
    };
    let preps: Vec<&String> = t
        .noun_entries(view.words[noun].lower)
        .flat_map(|e| &e.target_preps)
        .collect();
    for p in noun + 1..n.min(noun + 2 + VICTIM_PREP_REACH) {
        if !free(p) {
            return false;
        }
        if preps.iter().any(|x| x.as_str() == view.words[p].lower) {
            return (p + 1..n.min(p + 1 + VICTIM_REACH))
                .take_while(|&j| view.words[j].punct.is_none())
                .any(|j| view.arg_at[j].is_some());
        }
    }
    false
}

/// Most words between an act's noun and the marker naming its agent
/// (`penyitaan kapal nelayannya oleh`, `the release of fishermen held by`).
const ACT_AGENT_REACH: usize = 8;

/// The agent of the act that is the object of the trigger ending at word
/// `last`, named after a passive-agent marker past its victim
/// (`memprotes penyitaan kapal nelayannya oleh Penjaga Pantai China`,
/// `demanded the release of fishermen held by China`, `condemned the
/// seizure of the vessel by the Chinese coast guard`). Whoever protests,
/// condemns or demands something about an act addresses the one who did
/// it, not the one it was done to. The victim may be an actor of its own
/// (`penangkapan aktivis Indonesia oleh polisi Malaysia`) and a relative
/// clause may carry the agent (`nelayan yang ditahan oleh China`); a
/// clause boundary or a complementizer ends the search, so an agent of
/// another clause is never taken.
pub(crate) fn act_agent(
    t: &LanguageTables,
    view: &SentenceView,
    head: usize,
    last: usize,
) -> Option<usize> {
    let n = view.words.len();
    let free = |k: usize| is_free_word(view, k);
    let k = past_determiners(t, view, last + 1);
    // A pattern may end with the act's noun (`demand * release`); else one
    // modifier may stand before it (`the unlawful seizure`), and after a
    // determiner a verb of the dictionary is its noun (`the release`).
    let det = k > last + 1;
    let nominal = |w: &str| is_event_noun(t, w) || is_verb_form(t, w);
    let noun = if last > head && nominal(view.words[last].lower) {
        last
    } else {
        let s = &t.syntax;
        (k..n.min(k + 2))
            .take_while(|&j| {
                let w = view.words[j].lower;
                free(j) && !s.preps.contains(w) && !s.boundaries.contains(w)
            })
            .find(|&j| {
                let w = view.words[j].lower;
                is_event_noun(t, w) || (det && nominal(w))
            })?
    };
    let mut k = noun + 1;
    while k < n.min(noun + 1 + ACT_AGENT_REACH) {
        let w = &view.words[k];
        if w.punct.is_some() {
            return None;
        }
        if let Some(a) = view.arg_at[k] {
            k = view.args[a].w1 + 1;
            continue;
        }
        if t.syntax.passive_agents.contains(w.lower) {
            return passive_agent(t, view, k - 1, 0);
        }
        // Another act on the way owns what follows (`demonstrations
        // against violations by the military`).
        if t.syntax.boundaries.contains(w.lower)
            || t.syntax.complements.contains(w.lower)
            || is_event_noun(t, w.lower)
        {
            return None;
        }
        k += 1;
    }
    None
}

/// Is `word` the head of a nominal event entry of the dictionary
/// (`sanctions`, `serangan`)?
pub(crate) fn is_event_noun(t: &LanguageTables, word: &str) -> bool {
    t.noun_entries(word).next().is_some()
}

/// Is the object right after word `last` a plural anaphor for two
/// countries or sides (`kedua pihak`, `kedua negara`) that the sentence
/// view could not resolve (no argument there)?
pub(crate) fn pair_anaphor_object(t: &LanguageTables, view: &SentenceView, last: usize) -> bool {
    let at = last + 1;
    view.arg_at.get(at).is_some_and(|a| a.is_none())
        && t.syntax.plural_anaphors.iter().any(|(ws, ty)| {
            (ty == "LOCATION" || ty == crate::counterpart::SIDES)
                && ws.iter().enumerate().all(|(o, w)| {
                    view.words
                        .get(at + o)
                        .is_some_and(|x| x.lower == w.as_str())
                })
        })
}

/// The target right of word `from` for entry `e`.
pub(crate) fn target_right(
    t: &LanguageTables,
    view: &SentenceView,
    e: &Entry,
    from: usize,
    pattern_end: usize,
) -> Option<usize> {
    let n = view.words.len();
    let mut k = from + 1;
    let mut crossed_complement = false;
    let mut crossed_prep = false;
    while k < n && k <= from + TARGET_WINDOW {
        if let Some(a) = view.arg_at[k] {
            // `rejected what spokesman Peskov called accusations`: the
            // subject of a naming clause, not the verb's object.
            if after_free_relative(t, view, a) {
                k = view.args[a].w1 + 1;
                continue;
            }
            // `held talks in Doha, with Qatar and Egypt acting as
            // mediators`: the subjects of an absolute clause, not partners.
            if let Some(end) = absolute_subject_end(t, view, a) {
                k = end + 1;
                continue;
            }
            let prep = prep_before(t, view, a);
            // A direct object follows the head (`meyakinkan Pyongyang untuk
            // menjual`) or the whole pattern (`mengakui kedaulatan Palestina`);
            // a head noun may come first: its owner is the target (`menolak
            // usulan Israel`, `mengusir diplomat Jerman`).
            let adjacent = |after: usize| plain_gap(t, view, after, view.args[a].w0, 3);
            let direct =
                e.target_obj && prep.is_none() && (adjacent(from) || adjacent(pattern_end));
            if direct || prep.is_some_and(|p| e.target_preps.iter().any(|x| x == p)) {
                // `Menteri Luar Negeri Filipina Enrique Manalo`: the person, not the title's country.
                // (A pronoun right after it opens a relative clause: `a
                // French diplomat it accused`.)
                let next = view
                    .arg_at
                    .get(view.args[a].w1 + 1)
                    .copied()
                    .flatten()
                    .filter(|&n| !view.args[n].resolved);
                return Some(next.unwrap_or(a));
            }
            k = view.args[a].w1 + 1;
            continue;
        }
        let w = &view.words[k];
        // `"stands firmly" with Guyana`: the close of a quoted predicate
        // does not end the clause.
        if w.punct.is_some_and(is_stop_punct) && !closes_quoted_predicate(view, k, from) {
            return None;
        }
        if k > pattern_end
            && let Some(a) = prep_noun_owner(t, view, e, k)
        {
            return Some(a);
        }
        // `rejected Warsaw's call for new sanctions on Russian imports`: a
        // phrase after an event noun inside a prepositional phrase belongs
        // to that noun, not to this trigger.
        if k > pattern_end && crossed_prep && is_event_noun(t, w.lower) {
            return None;
        }
        crossed_prep |= k > pattern_end && t.syntax.preps.contains(w.lower);
        let stops = t.syntax.boundaries.contains(w.lower)
            || (t.syntax.complements.contains(w.lower)
                && !e.target_preps.iter().any(|p| p == w.lower));
        if stops {
            // A denial's content clause (`denied that X ...`) holds no target.
            if !e.absorb || e.reply || crossed_complement {
                return None;
            }
            crossed_complement = true;
        }
        k += 1;
    }
    None
}

/// Most plain words (a title) between a free relative and its subject
/// actor (`what spokesman Dmitry Peskov`).
const FREE_RELATIVE_REACH: usize = 2;

/// Does argument `a` follow a free relative word (`what`), only plain words
/// between? Then it is the subject of the clause the word opens.
fn after_free_relative(t: &LanguageTables, view: &SentenceView, a: usize) -> bool {
    let w0 = view.args[a].w0;
    (w0.saturating_sub(FREE_RELATIVE_REACH + 1)..w0)
        .rev()
        .take_while(|&k| is_free_word(view, k))
        .any(|k| t.syntax.free_relatives.contains(view.words[k].lower))
}

/// `terima kasih atas dukungan Indonesia`, `dukungannya terhadap hak
/// Israel`: after one of the entry's target prepositions (word `k`), the
/// owner of the noun the preposition governs is the target. The noun is
/// one plain word, not a verb of the dictionary (`dengan menyerang Israel`
/// is another event), and purpose words (`untuk`) are left out: a verb
/// follows them too often.
fn prep_noun_owner(t: &LanguageTables, view: &SentenceView, e: &Entry, k: usize) -> Option<usize> {
    let prep = view.words[k].lower;
    if !e.target_preps.iter().any(|p| p == prep)
        || t.syntax.purpose.contains(prep)
        || t.syntax.complements.contains(prep)
    {
        return None;
    }
    let s = &t.syntax;
    // `terhadap tiga perusahaan minyak Iran`: a number or quantifier may
    // open the phrase, and up to `NOUN_OWNER_REACH` plain words stand
    // before the owner.
    let plain = |m: usize, first: bool| {
        let w = &view.words[m];
        w.punct.is_none()
            && view.arg_at[m].is_none()
            && !w.capitalized
            && !s.preps.contains(w.lower)
            && !s.boundaries.contains(w.lower)
            && !s.complements.contains(w.lower)
            && !s.relatives.contains(w.lower)
            && !s.coords.contains(w.lower)
            && !s.determiners.contains(w.lower)
            && (first || !s.quantifiers.contains(w.lower))
            && !is_verb_form(t, w.lower)
    };
    let counted = |m: usize| {
        let w = &view.words[m];
        w.punct.is_none()
            && view.arg_at[m].is_none()
            && (s.quantifiers.contains(w.lower) || w.lower.bytes().all(|b| b.is_ascii_digit()))
    };
    let first = k + 1 + usize::from(view.words.len() > k + 2 && counted(k + 1));
    let j = (first..view.words.len().min(first + NOUN_OWNER_REACH + 1))
        .find(|&m| !plain(m, m == first))?;
    let a = view.arg_at[j]?;
    // `dengan mediasi Mesir`: the owner of a go-between's noun is no party.
    let go_between = (first..j).any(|m| s.third_parties.contains(view.words[m].lower));
    (j > first && view.args[a].w0 == j && !go_between).then_some(a)
}

/// Most plain words between a target preposition and the owner of the noun
/// it governs (`terhadap perusahaan minyak Iran`).
const NOUN_OWNER_REACH: usize = 3;
