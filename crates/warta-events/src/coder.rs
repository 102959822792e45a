//! The shallow sentence coder: given the triggers `triggers.rs` found, finds
//! the source (subject, to the left, skipping prepositional phrases and
//! relative clauses), the target (direct object or a preposition the entry
//! names, to the right) and the modality cues in the clause.

use crate::agentless::leaves_agent_to_story;
use crate::arguments::{
    AGENT_REACH, noun_owner, passive_agent, place_in, prep_before, subject_left, target_right,
    with_coordinated,
};
use crate::clause::{
    after_coord, clause_lead, clause_opening_subject, clause_start, closed_participial,
    earlier_verb_subject, main_reporter_subject, members_of_subject, nominal_frame_subject,
    participial_subject, relative_event_subject, reported_pronoun, reporter_subject,
    serial_subject,
};
use crate::embedded::{clause_opened_between, latest_clause_subject, relative_object};
use crate::explain::{self, explain};
use crate::insertion::relative_before_coord;
use crate::light_passive::{light_passive_agent, predicate_future_cues};
use crate::places::object_place;
use crate::reaction::{reaction_agent, reaction_target};
use crate::tables::LanguageTables;
use crate::targets::{
    act_agent, condition_subject, condition_target, condition_word, content_target,
    drop_redundant_targetless, object_owner, pair_anaphor_object, pair_includes_source,
    purpose_target, refers_to,
};
use crate::triggers::{cue_hits, is_speech_act, triggers};
use crate::view::SentenceView;

/// How far (in words) the coder looks for a subject or a target.
pub(crate) const SUBJECT_WINDOW: usize = 30;
pub(crate) const TARGET_WINDOW: usize = 16;
/// How far (in words) before the clause's subject a `condition` cue (`if`,
/// `jika`) may stand and still open that clause (`only if the two sides`).
const CONDITION_REACH: usize = 4;

/// How far (in words) the content clause of an `absorb` entry may reach.
pub(crate) const CONTENT_WINDOW: usize = 40;

/// A trigger found in a sentence.
#[derive(Debug, Clone)]
pub struct Trigger {
    /// Entry index.
    pub entry: usize,
    /// Head word index.
    pub head: usize,
    /// Last word index of the pattern.
    pub last: usize,
    /// The head is a passive form (source and target swap).
    pub passive: bool,
    /// Index of the light verb carrying a nominal trigger.
    pub light: Option<usize>,
    /// Content of another event (complement or object): not coded.
    pub absorbed: bool,
    /// A physical act reported through its condemnation (`mengecam serangan
    /// udara Israel terhadap konvoi bantuan`): coded even without a target.
    pub reported: bool,
}

/// One coded participant pair.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// The trigger.
    pub trigger: Trigger,
    /// Source entity index.
    pub source: usize,
    /// Source word range.
    pub source_words: (usize, usize),
    /// Target entity index.
    pub target: Option<usize>,
    /// Target word range.
    pub target_words: Option<(usize, usize)>,
    /// Modality.
    pub aux: Vec<String>,
    /// Place entity, if the clause names one.
    pub place: Option<usize>,
    /// An actor came from pronoun or anaphor resolution.
    pub resolved: bool,
    /// Who reports the clause (`AS mengatakan bahwa ...`), as an entity index.
    pub reporter: Option<usize>,
    /// The entry needs a target and the clause names none: the event is
    /// kept only if discourse supplies one (`condemned the decision`).
    pub needs_target: bool,
    /// The object was a pair anaphor (`kedua pihak`) that resolved to the
    /// subject itself (`Qatar dan Turki, yang menjadi penengah, mendesak
    /// kedua pihak`): the two sides are the story's other parties, found
    /// by the assembler from the whole document.
    pub pair_anaphor: bool,
    /// A planned or possible act followed by its condition in the same
    /// sentence part (`akan menghentikan impor jika Tokyo tidak mencabut
    /// pernyataan itu`): a punitive one is a threat (see
    /// `data/events/future_intent.tsv`, flag `conditional`).
    pub conditional: bool,
    /// An agentless passive whose agent the assembler takes from the
    /// story's acting party (`agentless.rs`); its source is the patient
    /// until then.
    pub agentless: bool,
}

/// How far (in words) before its trigger an `alleged` cue may end
/// (`yang diduga bertugas meneror`).
const ALLEGED_REACH: usize = 3;

/// The subject of a reporting verb governing word `at` through a
/// complementizer: `Amerika Serikat mengatakan minggu lalu bahwa [...]`.
fn reporter_of(t: &LanguageTables, view: &SentenceView, at: usize) -> Option<usize> {
    let comp = (at.saturating_sub(SUBJECT_WINDOW)..at)
        .rev()
        .take_while(|&k| view.words[k].punct.is_none_or(|p| !is_stop_punct(p)))
        .find(|&k| {
            let w = view.words[k].lower;
            t.syntax.complements.contains(w) && t.syntax.boundaries.contains(w)
        })?;
    let verb = (comp.saturating_sub(6)..comp)
        .rev()
        .find(|&k| t.syntax.reports.contains(view.words[k].lower))?;
    let (subject, _) = subject_left(t, view, verb);
    subject.and_then(|a| view.args[a].members.first().copied())
}

pub(crate) fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”')
}

pub(crate) fn is_stop_punct(c: char) -> bool {
    // A lone `-` is a dash (`MANILA (Reuters) - ...`): hyphens inside words
    // are not separate tokens.
    matches!(
        c,
        '.' | ';' | ':' | '"' | '“' | '”' | '?' | '!' | '–' | '—' | '-'
    )
}

/// Sectors of the actors that arrest, detain and seize (CAMEO role codes).
const SECURITY_SECTORS: [&str; 3] = ["COP", "JUD", "MIL"];

/// The first argument of the sentence other than `not` whose actor is a
/// police, judicial or military one (`IDNCOP`).
fn security_actor<'d>(
    view: &SentenceView,
    not: Option<usize>,
    actor_of: &dyn Fn(usize) -> Option<&'d str>,
) -> Option<usize> {
    (0..view.args.len()).find(|&a| {
        Some(a) != not
            && !view.args[a].resolved
            && view.args[a].members.first().is_some_and(|&m| {
                actor_of(m).is_some_and(|c| SECURITY_SECTORS.iter().any(|s| c.ends_with(s)))
            })
    })
}

/// Codes one sentence. `is_place(entity)` tells locations apart.
pub fn code_sentence<'d>(
    t: &LanguageTables,
    view: &SentenceView,
    is_place: &dyn Fn(usize) -> bool,
    actor_of: &dyn Fn(usize) -> Option<&'d str>,
) -> Vec<Candidate> {
    let cues = cue_hits(t, view);
    let mut out = Vec::new();
    let trigs = triggers(t, view, &cues);
    if explain::on() {
        for tr in &trigs {
            explain!(
                "s{} trigger {} words {}..{} '{}' absorbed={} passive={} light={:?}",
                view.sentence,
                t.entries[tr.entry].id,
                tr.head,
                tr.last,
                view.words[tr.head].lower,
                tr.absorbed,
                tr.passive,
                tr.light
            );
        }
        for (i, a) in view.args.iter().enumerate() {
            explain!(
                "s{} arg{} words {}..{} entities {:?} resolved={}",
                view.sentence,
                i,
                a.w0,
                a.w1,
                a.members,
                a.resolved
            );
        }
    }
    for (ti, tr) in trigs.iter().enumerate() {
        if tr.absorbed {
            explain::dropped(
                t,
                view,
                tr,
                "absorbed (content or purpose of another event)",
            );
            continue;
        }
        let e = &t.entries[tr.entry];
        let anchor = tr.light.unwrap_or(tr.head);
        // `Biden menekan Xi ... dan mendesak China`: a verb right after `dan`
        // shares the subject of the verb before it, so the subject search
        // starts from that verb, not from `dan`.
        // Modality cues may stand between `dan` and the verb (`... dan tidak
        // akan merundingkan`).
        let mut coord_at = anchor;
        while coord_at > 0
            && cues
                .iter()
                .any(|(a, b, _)| *a < coord_at && coord_at - 1 <= *b)
        {
            coord_at -= 1;
        }
        // Not a verb of a relative clause on the earlier verb's object
        // (`menangkap Budi, yang diduga memasok ..., dan menyita`).
        let shared_end =
            relative_before_coord(t, view, coord_at).unwrap_or(coord_at.saturating_sub(1));
        let shared_from = after_coord(t, view, coord_at)
            .then(|| {
                // Not a verb of an earlier content clause (`denied that its
                // bases had been damaged and accused Pakistan`): the
                // coordinated verb shares the subject of the main verb.
                // Nor a participial aside on the subject (`X, meeting in
                // Y, voiced support and condemned`).
                trigs[..ti]
                    .iter()
                    .rev()
                    .filter(|p| !closed_participial(t, view, p, coord_at))
                    // `declined to comment, while the EU called ... and
                    // urged`: not past a clause of another subject.
                    .filter(|p| !clause_opened_between(t, view, p.last, coord_at))
                    .find(|p| {
                        p.last < shared_end
                            && !(t.entries[p.entry].noun && p.light.is_none())
                            && !p.absorbed
                    })
            })
            .flatten()
            .map(|p| p.light.unwrap_or(p.head));
        let subject_from = shared_from.unwrap_or(anchor);
        // Source and target arguments, depending on voice and nominal use.
        // `killed 20 people in air strikes`: a verb form right after a
        // `noun_prep` (one plain modifier may stand between) is a noun
        // naming the means of an earlier verb's event of the same type, not
        // an event of its own whose subject would be that verb's object.
        // (`was in contact with both governments` has no such verb: coded.)
        if !e.noun
            && tr.light.is_none()
            && after_noun_prep(t, view, tr.head)
            && trigs[..ti].iter().any(|p| {
                !p.absorbed
                    && p.last < tr.head
                    && !t.entries[p.entry].noun
                    && t.entries[p.entry].plover == e.plover
            })
        {
            explain::dropped(
                t,
                view,
                tr,
                "the means of an earlier event (a noun after a preposition)",
            );
            continue;
        }
        let (source, target, crossed) = if e.noun && tr.light.is_none() {
            // The owner of a nominal event: `kunjungan Kim`, `demonstrasi warga Israel`.
            let possessor = noun_owner(t, view, tr.last);
            let owner_after = possessor;
            let from = possessor.map(|a| view.args[a].w1).unwrap_or(tr.last);
            // `sidang digelar atas permintaan Rusia`: a framing noun's target
            // is the subject of the clause it modifies.
            // `tuntutan Rusia agar Ukraina menarik pasukannya`: an owned
            // request's target may be named in its content clause.
            let target = target_right(t, view, e, from, from)
                .or_else(|| e.framed.then(|| subject_left(t, view, tr.head).0).flatten())
                .or_else(|| {
                    let owner = possessor?;
                    content_target(t, view, e, from, &|_| false).filter(|&a| a != owner)
                });
            // English order: the owner stands before the noun (`the Russian
            // attack on Kharkiv`, `Ukraine's request for jets`).
            let possessor = possessor.or_else(|| {
                let a = view.arg_at[tr.head.checked_sub(1)?]?;
                (t.syntax.owner_left && prep_before(t, view, a).is_none()).then_some(a)
            });
            let crossed: Vec<usize> = (tr.head.saturating_sub(2)..tr.head).collect();
            let framed = possessor
                .is_none()
                .then(|| nominal_frame_subject(t, view, tr.head))
                .flatten();
            // `Unjuk rasa itu digelar ratusan mahasiswa`: see light_passive.rs.
            let light_passive = possessor
                .is_none()
                .then(|| light_passive_agent(t, view, tr.last))
                .flatten();
            // `..., drawing condemnation from Israel`: see reaction.rs.
            let reaction = possessor
                .is_none()
                .then(|| reaction_agent(t, view, tr.head, tr.last))
                .flatten();
            match (possessor, target) {
                // `penahanan 11 nelayan Filipina oleh Penjaga Pantai China`:
                // the owner after a `patient` noun is the one acted on.
                (Some(p), _) if e.patient && owner_after == Some(p) => {
                    match patient_agent(t, view, view.args[p].w1) {
                        Some(agent) => (Some(agent), Some(p), crossed),
                        None => {
                            explain::dropped(t, view, tr, "nominal act on its owner, no agent");
                            continue;
                        }
                    }
                }
                (Some(p), tg) => (Some(p), tg, crossed),
                (None, Some(tg)) if e.recip && with_coordinated(t, view, tg).0.len() >= 2 => {
                    (Some(tg), None, crossed)
                }
                (None, tg) if light_passive.is_some() => {
                    let (verb, agent) = light_passive.unwrap_or_default();
                    let tg =
                        tg.or_else(|| target_right(t, view, e, verb, verb).filter(|&a| a != agent));
                    let crossed = (tr.last + 1..verb).chain(crossed).collect();
                    (Some(agent), tg, crossed)
                }
                // A reciprocal noun needs no target of its own: a
                // coordinated subject is both sides (`Thailand dan Kamboja
                // sepakat ... setelah perundingan`).
                (None, tg)
                    if framed.is_some() && (tg.is_some() || e.target_optional || e.recip) =>
                {
                    let (s, crossed) = framed.unwrap_or_default();
                    (Some(s), tg, crossed)
                }
                (None, tg) if reaction.is_some() => {
                    let (verb, agent) = reaction.unwrap_or_default();
                    let subject = subject_left(t, view, verb).0;
                    let tg = tg
                        .filter(|&a| a != agent)
                        .or_else(|| reaction_target(t, view, &out, verb, subject, agent));
                    (Some(agent), tg, crossed)
                }
                _ => {
                    explain::dropped(t, view, tr, "nominal event without owner");
                    continue;
                }
            }
        } else if tr.passive {
            let (subject, crossed) = subject_left(t, view, subject_from);
            // `45 orang ditangkap`, `para tersangka akan ditahan`: an
            // agentless arrest or detention is done by the police,
            // prosecutors or soldiers the sentence names.
            let agent = passive_agent(t, view, tr.last, AGENT_REACH).or_else(|| {
                (e.plover == "COERCE")
                    .then(|| security_actor(view, subject, actor_of))
                    .flatten()
            });
            (agent, subject, crossed)
        } else {
            // `..., seraya menuntut Israel ...`: see clause::serial_subject.
            // `serangan udara ke Gaza yang menewaskan 20 warga`: see
            // clause::relative_event_subject.
            let serial =
                serial_subject(t, view, &trigs[..ti], &out, coord_at, anchor).or_else(|| {
                    relative_event_subject(
                        t,
                        view,
                        is_place,
                        &trigs[..ti],
                        &out,
                        (coord_at, anchor),
                        &e.plover,
                    )
                });
            let left = serial.unwrap_or_else(|| subject_left(t, view, subject_from));
            let (subject, crossed) = match left {
                // `She warned that the North would respond with
                // "overwhelming force" ..., and rejected ...`: the verb
                // before `and` was in a content clause without a subject of
                // its own; an earlier verb of the sentence has it. Else the
                // reporter, else the actor the clause opens with.
                (None, _) if after_coord(t, view, anchor) => {
                    // `..., while the EU called the arrest "a step" and
                    // urged`: the subject of a boundary clause with no
                    // trigger of its own before the verb.
                    let start = clause_start(view, coord_at);
                    let boundary =
                        latest_clause_subject(t, view, start, coord_at).filter(|&(b, _)| {
                            !trigs[..ti].iter().any(|p| p.head > b && p.last < coord_at)
                        });
                    match boundary
                        .map(|(_, s)| s)
                        .or_else(|| earlier_verb_subject(t, view, &trigs[..ti], coord_at))
                    {
                        Some(s) => (Some(s), Vec::new()),
                        None => match reporter_subject(t, view, anchor) {
                            (None, _) => (
                                clause_opening_subject(t, view, &trigs[..ti], anchor)
                                    .or_else(|| main_reporter_subject(t, view, anchor)),
                                Vec::new(),
                            ),
                            found => found,
                        },
                    }
                }
                // `China said the boat intruded and urged Manila to ...`: a
                // speech act after `and` goes with `said`, not with the
                // reported clause's subject.
                (Some(a), c) if e.absorb && after_coord(t, view, anchor) => {
                    match reporter_subject(t, view, view.args[a].w0) {
                        (Some(r), rc) => (Some(r), rc),
                        _ => (Some(a), c),
                    }
                }
                found => found,
            };
            // `..., warning that ...`: a participial clause shares the main
            // clause's subject.
            let (subject, crossed) = match subject {
                None => (
                    participial_subject(t, view, &trigs[..ti], anchor, is_speech_act(e)),
                    crossed,
                ),
                found => (found, crossed),
            };
            let subject = subject.map(|a| reported_pronoun(t, view, a).unwrap_or(a));
            let subject = subject.map(|a| members_of_subject(t, view, is_place, a).unwrap_or(a));
            // No object: the target may be named inside the content clause
            // (`demanded that Washington lift ...`) or its condition. A
            // pronoun for the subject itself (`warned it would respond if
            // ...`) is no target: the search goes on.
            let other = |a: &usize| !refers_to(view, *a, subject);
            // The subject's own country as the content's subject yields to a
            // condition's (`Katz warned that Israel would act with full force
            // if Hezbollah did not disarm`): the threat is aimed at Hezbollah.
            let country = |a: usize| {
                view.args[a]
                    .members
                    .first()
                    .and_then(|&m| actor_of(m))
                    .unwrap_or_default()
            };
            let foreign = |a: &usize| {
                let own = subject.map(country).unwrap_or_default();
                let c = country(*a);
                let place = view.args[*a].members.first().is_some_and(|&m| is_place(m));
                !(place && c.len() >= 3 && own.get(..3) == c.get(..3))
            };
            // `menyatakan keprihatinan dan mendesak Beijing untuk menghentikan
            // tekanan terhadap Taiwan`: actors past a coordinated second
            // predicate of the subject belong to that predicate.
            let next_predicate = trigs[ti + 1..]
                .iter()
                .filter(|p| !(p.absorbed || (t.entries[p.entry].noun && p.light.is_none())))
                .map(|p| p.light.unwrap_or(p.head))
                .find(|&h| after_coord(t, view, h));
            let before_next = |a: &usize| next_predicate.is_none_or(|h| view.args[*a].w0 < h);
            // `memprotes penyitaan kapal nelayannya oleh Penjaga Pantai
            // China`: the agent of the act in the object, not its victim;
            // never the subject itself (`Polri menyesalkan penangkapan oleh
            // polisi`).
            let own_act = |a: &usize| {
                let c = country(*a);
                // (A government and its police are one side: compared by country.)
                c.len() >= 3 && subject.is_some_and(|s| country(s).get(..3) == c.get(..3))
            };
            let act_agent = e
                .target_obj
                .then(|| act_agent(t, view, tr.head, tr.last))
                .flatten()
                .filter(|a| other(a) && !own_act(a));
            // `Hezbollah, which Israel accuses of ...`: the object of a
            // relative clause's verb is the actor the relative word refers
            // back to, unless an object follows the verb.
            let relative_obj = (e.target_obj
                && view.arg_at.get(tr.last + 1).is_some_and(|a| a.is_none()))
            .then(|| subject.and_then(|s| relative_object(t, view, s)))
            .flatten();
            // `warned that Afghan forces would respond to ...`: the
            // threatener's own side in the content clause is not threatened.
            let own_side = |a: usize| e.plover == "THREATEN" && own_act(&a);
            let target = act_agent
                .or(relative_obj)
                .or_else(|| object_owner(t, view, e, tr.head, tr.last))
                .or_else(|| target_right(t, view, e, tr.head, tr.last))
                .filter(other)
                .or_else(
                    || match content_target(t, view, e, tr.last, &own_side).filter(other) {
                        // `memperingatkan bahwa Venezuela "akan membela ..."`: a
                        // threatener speaks of what its own country will do;
                        // the target is the one it threatens (the condition's
                        // actor, else a counterpart from discourse).
                        Some(a) if !foreign(&a) && e.plover == "THREATEN" => {
                            condition_target(t, view, e, tr.last).filter(other)
                        }
                        Some(a) if !foreign(&a) => condition_target(t, view, e, tr.last)
                            .filter(other)
                            .or(Some(a)),
                        found => found,
                    },
                )
                .or_else(|| condition_target(t, view, e, tr.last).filter(other))
                .or_else(|| purpose_target(t, view, e, tr.last).filter(other))
                .or_else(|| object_place(t, view, e, tr.last, is_place))
                .filter(before_next);
            (subject, target, crossed)
        };
        // `Ketiganya kemudian ditahan`: the agent comes from the story (agentless.rs).
        let agentless = source.is_none()
            && tr.passive
            && target.is_some()
            && (t.syntax.agentless_types.contains(&e.plover)
                || t.syntax.authority_types.contains(&e.plover))
            && leaves_agent_to_story(t, view, tr, &crossed);
        // `troops were deployed in Dhaka`: forces moved or put on alert
        // are their own country's act; the patient is the source.
        let forces = source.is_none()
            && tr.passive
            && !agentless
            && t.syntax.self_agent_types.contains(&e.plover)
            && target.is_some_and(|a| security_actor(view, None, actor_of) == Some(a));
        let Some(source) = source.or(target.filter(|_| agentless || forces)) else {
            explain::dropped(t, view, tr, "no source");
            continue;
        };
        let target = target.filter(|_| !forces);
        let (sources, s0, s1) = with_coordinated(t, view, source);
        let (mut targets, mut tw) = match target {
            Some(a) => {
                let (m, a0, a1) = with_coordinated(t, view, a);
                (m, Some((a0, a1)))
            }
            None => (Vec::new(), None),
        };
        // `Mesir dan Qatar mendesak kedua pihak`: an anaphor resolved to the
        // subject itself is not the target.
        // Nor is a pair anaphor naming the subject's own country (`The Saudi
        // minister urged both sides` after `Saudi Arabia and the US brokered`):
        // the subject does not address itself.
        let mut pair_anaphor = false;
        if !agentless
            && target.is_some_and(|a| view.args[a].resolved)
            && (targets.iter().all(|x| sources.contains(x))
                || pair_includes_source(&targets, &sources, actor_of))
        {
            (targets, tw) = (Vec::new(), None);
            pair_anaphor = true;
        }
        // `meminta kedua pihak menahan diri` with no two actors in reach to
        // resolve it to: the sides come from the document as well.
        if target.is_none() && pair_anaphor_object(t, view, tr.last) {
            pair_anaphor = true;
        }
        // A reciprocal event with one actor and no partner (`China menggelar
        // latihan militer di sekitar Taiwan`) is coded as its `solo` twin.
        let mut trig = tr.clone();
        let mut e = e;
        if let Some(alt) = e
            .solo_alt
            .filter(|_| targets.is_empty() && sources.len() < 2)
        {
            trig.entry = alt;
            e = &t.entries[alt];
            if let Some(a) = target_right(t, view, e, tr.head, tr.last) {
                let (m, a0, a1) = with_coordinated(t, view, a);
                (targets, tw) = (m, Some((a0, a1)));
            }
        }
        // Modality: cues among the words crossed between subject and trigger,
        // the light verb stretch, and `sejak`-style historical cues after it.
        let mut aux: Vec<String> = Vec::new();
        let lead = clause_lead(view, s0);
        // The subject (or, in a passive, the trigger) the clause opens with.
        let clause_start = s0.min(anchor);
        let mut condition = false;
        let mut alleged = false;
        // `Pertemuan itu dijadwalkan berlangsung Senin`: the nominal
        // subject's own predicate says when it happens.
        let predicate_cues = if e.noun {
            predicate_future_cues(t, view, tr.last, &cues)
        } else {
            Vec::new()
        };
        for (a, b, x) in &cues {
            // `If China invades Taiwan`: a hypothetical cue opening the clause.
            let opens = x == "hypothetical" && lead.contains(a);
            // `Tidak ikut menjatuhkan sanksi ... dan menolak tekanan`: a
            // negation of the first of two coordinated predicates, with an
            // object between them, does not reach the second.
            let earlier_conjunct =
                x == "negation" && shared_from.is_some_and(|p| *a < p && p + 3 < anchor);
            // `would not issue new permits and asked Malaysia`: a negation
            // scopes over its own verb phrase, not over a verb after `and`
            // with its own finite form.
            let own_phrase = x == "negation"
                && *b + 3 < coord_at
                && after_coord(t, view, coord_at)
                && finite_form(t, view, tr.head);
            let before = opens
                || (crossed.contains(a) && !earlier_conjunct && !own_phrase)
                || (*a >= coord_at && *a < tr.head);
            let after = (x == "historical" && *a > tr.last && *a <= tr.last + 8)
                || predicate_cues.contains(a);
            // `only if Washington released ...`, `apabila kedua pihak
            // memintanya`: the condition of another statement is no event.
            if x == "condition"
                && ((lead.contains(a) && *a + CONDITION_REACH >= clause_start)
                    || crossed.contains(a))
            {
                condition = true;
            }
            // `menangkap tiga orang yang diduga memasok senjata`, `arrested
            // five people suspected of supplying weapons`: what a suspect is
            // alleged to have done is the ground of another act, not an act
            // the story reports.
            // The cue stands right before the trigger (`yang diduga bertugas
            // meneror`), not further back: the police's own `raids` later in
            // the sentence are no allegation.
            if x == "alleged"
                && (*a..=*b).any(|k| crossed.contains(&k))
                && *b + ALLEGED_REACH >= tr.head
            {
                alleged = true;
            }
            // `none`: an idiom (`menyita perhatian`) whose words are no trigger, no modality.
            // `condition` and `alleged` cues mark the clause itself, not the event.
            if (before || after)
                && !matches!(x.as_str(), "none" | "condition" | "alleged")
                && !aux.contains(x)
            {
                aux.push(x.clone());
            }
        }
        if condition {
            explain::dropped(t, view, tr, "condition of another statement");
            continue;
        }
        if alleged {
            explain::dropped(t, view, tr, "alleged act of a suspect");
            continue;
        }
        if e.warning && crate::warning::states_a_fact(t, view, tr.last, &cues) {
            explain::dropped(t, view, tr, "warning of a state of affairs, no threat");
            continue;
        }
        // A conditional offer (`ready to stop fighting if Thailand does the
        // same`) is made to the condition's subject.
        // An AGREE event is an intent, planned by its nature (`menawarkan
        // gencatan senjata apabila tentara menarik pasukannya`).
        let planned =
            aux.iter().any(|a| a == "future" || a == "hypothetical") || e.plover == "AGREE";
        let conditional = planned && condition_word(t, view, tr.last).is_some();
        if targets.is_empty() && planned && t.syntax.condition_targets.contains(&e.plover) {
            let cond = condition_subject(t, view, tr.last)
                .filter(|&a| !refers_to(view, a, Some(source)) && !sources.contains(&a));
            if let Some(a) = cond {
                let (m, a0, a1) = with_coordinated(t, view, a);
                (targets, tw) = (m, Some((a0, a1)));
            }
        }
        let resolved = view.args[source].resolved || target.is_some_and(|a| view.args[a].resolved);
        let reporter = reporter_of(t, view, anchor);
        let visit = e.mode.as_deref() == Some("visit");
        // A visit's place is its destination when that is a place (`mengunjungi Pyongyang`).
        let destination = target
            .filter(|_| visit)
            .and_then(|a| view.args[a].members.first().copied())
            .filter(|&m| is_place(m));
        let place = destination.or_else(|| {
            place_in(
                t,
                view,
                is_place,
                tw.map_or(tr.last, |(_, b)| b.max(tr.last)) + 1,
                visit,
            )
        });
        let mut push = |s: usize, tg: Option<usize>| {
            out.push(Candidate {
                trigger: trig.clone(),
                source: s,
                source_words: (s0, s1),
                target: tg,
                target_words: tw,
                aux: aux.clone(),
                place,
                resolved,
                reporter,
                needs_target: false,
                pair_anaphor,
                conditional,
                agentless,
            });
        };
        // Self-targeted: same entity or same full actor code. A country's
        // government and its own judiciary, police or protesters (IDNGOV vs
        // IDNJUD) are different actors: that is a domestic event, not a self-target.
        // So are two different people or bodies of one sector (`Bawaslu
        // meminta KPU`, both IDNGOV); a place and another actor of its code
        // (`Kuala Lumpur, Malaysia`) are one.
        let same = |a: usize, b: usize| {
            let (x, y) = (
                actor_of(a).unwrap_or_default(),
                actor_of(b).unwrap_or_default(),
            );
            a == b || (!x.is_empty() && x == y && (is_place(a) || is_place(b)))
        };
        if targets.is_empty() {
            if e.recip && sources.len() >= 2 && !same(sources[0], sources[1]) {
                push(sources[0], Some(sources[1]));
            } else if e.target_optional || tr.reported {
                for &s in &sources {
                    push(s, None);
                }
            } else if (e.target_obj || !e.target_preps.is_empty()) && !e.recip {
                // An event noun as object (`condemned the decision`) may name
                // the target through discourse (see discourse.rs).
                for &s in &sources {
                    push(s, None);
                }
                let from = out.len() - sources.len().min(out.len());
                for c in &mut out[from..] {
                    c.needs_target = true;
                }
            } else if crate::assemble::declares_refusal(e, &aux, tr.passive) {
                // `Thailand would not negotiate while under fire`: a declared
                // refusal is an event (REJECT) even when it names no partner;
                // the counterpart step may find one.
                for &s in &sources {
                    push(s, None);
                }
            } else {
                explain::dropped(t, view, tr, "no target, and the entry needs one");
            }
            continue;
        }
        // `tiba di Kuala Lumpur, Malaysia`: a place and its own country are
        // one target, not two events.
        let targets: Vec<usize> = targets
            .iter()
            .enumerate()
            .filter(|&(i, &tg)| !targets[..i].iter().any(|&p| same(p, tg)))
            .map(|(_, &tg)| tg)
            .collect();
        for &s in &sources {
            let mut pushed = false;
            for &tg in &targets {
                if e.self_target || agentless || !same(s, tg) {
                    push(s, Some(tg));
                    pushed = true;
                }
            }
            // Only its own side as target (`Kenya deployed troops to support
            // police`): an event that needs no target is still coded.
            if !pushed && e.target_optional && !e.recip {
                push(s, None);
            }
        }
    }
    if explain::on() {
        for c in &out {
            explain!(
                "  candidate {} source {} target {:?} aux {:?} needs_target={}",
                t.entries[c.trigger.entry].id,
                c.source,
                c.target,
                c.aux,
                c.needs_target
            );
        }
    }
    drop_redundant_targetless(t, &mut out);
    out
}

/// The agent of a `patient` nominal whose owner ends at word `w1`: the
/// actor after a passive-agent marker (`oleh`, `by`) that follows the owner
/// within two plain words (`penahanan 11 nelayan itu oleh Penjaga Pantai
/// China`). The owner itself is never the agent.
fn patient_agent(t: &LanguageTables, view: &SentenceView, w1: usize) -> Option<usize> {
    let marker = (w1 + 1..view.words.len().min(w1 + 4))
        .take_while(|&k| view.arg_at[k].is_none() && view.words[k].punct.is_none())
        .find(|&k| t.syntax.passive_agents.contains(view.words[k].lower))?;
    passive_agent(t, view, marker - 1, AGENT_REACH)
}

/// True when word `head` follows one of the language's `noun_prep`
/// prepositions, directly or after one plain word (`in air strikes`).
fn after_noun_prep(t: &LanguageTables, view: &SentenceView, head: usize) -> bool {
    let plain = |k: usize| view.words[k].punct.is_none() && view.arg_at[k].is_none();
    let prep = |k: usize| t.syntax.noun_preps.contains(view.words[k].lower);
    (head >= 1 && prep(head - 1)) || (head >= 2 && plain(head - 1) && prep(head - 2))
}

/// Whether the verb at `k` carries an affix of a finite form (`asked`,
/// `meminta`), so that it heads a verb phrase of its own.
fn finite_form(t: &LanguageTables, view: &SentenceView, k: usize) -> bool {
    let fin = &t.syntax.finite_affixes;
    !fin.is_empty()
        && t.analyses(view.words[k].lower)
            .iter()
            .any(|f| fin.contains(&f.suffix) || fin.contains(&f.prefix))
}
