//! The shallow sentence coder: finds dictionary triggers, then the source
//! (subject, to the left, skipping prepositional phrases and relative
//! clauses), the target (direct object or a preposition the entry names, to
//! the right) and the modality cues in the clause.

use crate::arguments::{
    AGENT_REACH, condemned_act, noun_owner, passive_agent, place_in, prep_before, subject_left,
    target_right, with_coordinated,
};
use crate::clause::{
    after_coord, after_determiner_and_name, clause_lead, clause_opening_subject,
    earlier_verb_subject, nominal_frame_subject, participial_subject, relative_event_subject,
    reported_pronoun, reporter_subject, serial_subject,
};
use crate::explain::{self, explain};
use crate::morphology::Form;
use crate::tables::{Entry, LanguageTables, MAX_GAP, PatternItem};
use crate::targets::{
    after_possessive, condition_subject, condition_target, content_target,
    drop_redundant_targetless, gap_owner_ok, object_owner, pair_includes_source, purpose_target,
    refers_to,
};
use crate::view::SentenceView;

/// How far (in words) the coder looks for a subject or a target.
pub(crate) const SUBJECT_WINDOW: usize = 30;
pub(crate) const TARGET_WINDOW: usize = 16;
/// How far (in words) before the clause's subject a `condition` cue (`if`,
/// `jika`) may stand and still open that clause (`only if the two sides`).
const CONDITION_REACH: usize = 4;

/// How far (in words) the content clause of an `absorb` entry may reach.
const CONTENT_WINDOW: usize = 40;

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
}

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

/// Matches the pattern items after the head, returning the last word index.
fn match_rest(
    t: &LanguageTables,
    view: &SentenceView,
    items: &[PatternItem],
    pos: usize,
    last: usize,
) -> Option<usize> {
    let Some((item, more)) = items.split_first() else {
        return Some(last);
    };
    match item {
        PatternItem::Word(w) => {
            let word = view.words.get(pos)?;
            (word.punct.is_none() && t.word_matches(word.lower, w))
                .then(|| match_rest(t, view, more, pos + 1, pos))
                .flatten()
        }
        PatternItem::Gap => (0..=MAX_GAP).find_map(|skip| {
            let framing = |k: usize| {
                t.syntax.subject_preps.contains(view.words[k].lower)
                    && view
                        .words
                        .get(k + 1)
                        .is_some_and(|w| t.syntax.determiners.contains(w.lower))
            };
            // The gap stays inside the verb's own phrase: no punctuation,
            // complementizer, clause boundary or framing `during a`
            // (`deployed troops to guard police` is no `deploy * police`).
            let outside = |w: &crate::view::Word| {
                w.punct.is_some()
                    || t.syntax.complements.contains(w.lower)
                    || t.syntax.boundaries.contains(w.lower)
            };
            // A thousands separator (`5,000 tonnes`) is part of the number.
            let digits = |k: usize| {
                view.words.get(k).is_some_and(|w| {
                    !w.lower.is_empty() && w.lower.bytes().all(|b| b.is_ascii_digit())
                })
            };
            let in_number = |k: usize| {
                matches!(view.words[k].punct, Some(',' | '.'))
                    && k > 0
                    && digits(k - 1)
                    && digits(k + 1)
            };
            if (pos..pos + skip).any(|k| {
                (view.words.get(k).is_none_or(outside) && !(k < view.words.len() && in_number(k)))
                    || framing(k)
            }) || !gap_owner_ok(view, pos, pos + skip)
            {
                return None;
            }
            match_rest(t, view, more, pos + skip, last)
        }),
    }
}

fn voice(
    t: &LanguageTables,
    view: &SentenceView,
    e: &Entry,
    form: &Form,
    at: usize,
) -> Option<bool> {
    if form.lemma != e.head_form.lemma {
        return None;
    }
    if t.morphology.suffix_only() {
        let aux_before =
            (at.saturating_sub(2)..at).any(|k| t.syntax.passive_aux.contains(view.words[k].lower));
        // `three companies accused of supplying drones`: a participle right
        // before a `participle_prep` is passive even without an auxiliary.
        let participle = view
            .words
            .get(at + 1)
            .is_some_and(|w| t.syntax.participle_preps.contains(w.lower));
        return Some(form.suffix == "ed" && (aux_before || participle) && !e.noun);
    }
    if form.prefix == e.head_form.prefix && form.suffix == e.head_form.suffix {
        return Some(false);
    }
    (t.morphology.passive_of(&e.head_form.prefix) == Some(form.prefix.as_str())
        && form.suffix == e.head_form.suffix)
        .then_some(true)
}

/// Word indexes covered by multi-word modality cues (`mendiskusikan untuk`):
/// those words are modality, not triggers.
fn cue_hits(t: &LanguageTables, view: &SentenceView) -> Vec<(usize, usize, String)> {
    let mut hits = Vec::new();
    for (i, w) in view.words.iter().enumerate() {
        let Some(cues) = t.cues.get(w.lower) else {
            continue;
        };
        for c in cues {
            let n = c.words.len();
            if i + n <= view.words.len()
                && c.words
                    .iter()
                    .enumerate()
                    .all(|(o, cw)| view.words[i + o].lower == *cw)
            {
                hits.push((i, i + n - 1, c.aux.clone()));
            }
        }
    }
    hits
}

/// Finds the triggers of a sentence, longest pattern first, left to right.
pub fn triggers(
    t: &LanguageTables,
    view: &SentenceView,
    cues: &[(usize, usize, String)],
) -> Vec<Trigger> {
    let in_multiword_cue = |k: usize| cues.iter().any(|(a, b, _)| b > a && *a <= k && k <= *b);
    let mut out: Vec<Trigger> = Vec::new();
    let mut i = 0;
    while i < view.words.len() {
        let w = &view.words[i];
        if w.punct.is_some() || view.arg_at[i].is_some() || view.in_name[i] || in_multiword_cue(i) {
            i += 1;
            continue;
        }
        let mut best: Option<(usize, usize, bool)> = None;
        for form in t.analyses(w.lower) {
            for &ei in t
                .by_lemma
                .get(&form.lemma)
                .map(Vec::as_slice)
                .unwrap_or(&[])
            {
                let e = &t.entries[ei];
                if e.solo {
                    continue; // only coded through its reciprocal twin
                }
                let Some(passive) = voice(t, view, e, form, i) else {
                    continue;
                };
                // `a trade agreement`: after a determiner the word is a noun.
                let after_determiner = (i > 0
                    && t.syntax.determiners.contains(view.words[i - 1].lower))
                    || after_determiner_and_name(t, view, i, form)
                    || after_possessive(t, view, i);
                if after_determiner && !e.noun {
                    continue;
                }
                let Some(last) = match_rest(t, view, &e.rest, i + 1, i) else {
                    continue;
                };
                let better = best.is_none_or(|(bi, bl, _)| {
                    let b = &t.entries[bi];
                    (e.specificity(), last) > (b.specificity(), bl)
                });
                if better {
                    best = Some((ei, last, passive));
                }
            }
        }
        match best {
            Some((entry, last, passive)) => {
                let light = if t.entries[entry].noun {
                    light_verb_before(t, view, i)
                } else {
                    None
                };
                out.push(Trigger {
                    entry,
                    head: i,
                    last,
                    passive,
                    light,
                    absorbed: false,
                    reported: false,
                });
                i = last + 1;
            }
            None => i += 1,
        }
    }
    mark_absorbed(t, view, &mut out);
    out
}

fn light_verb_before(t: &LanguageTables, view: &SentenceView, head: usize) -> Option<usize> {
    (head.saturating_sub(3)..head).rev().find_map(|k| {
        let plain =
            (k + 1..head).all(|m| view.words[m].punct.is_none() && view.arg_at[m].is_none());
        if !plain {
            return None;
        }
        if t.syntax.light_verbs.contains(view.words[k].lower) {
            return Some(k);
        }
        // A two-word light verb (`carried out drone strikes`): the verb is
        // its first word.
        let first = view.words.get(k.checked_sub(1)?)?;
        (first.punct.is_none()
            && t.syntax
                .light_verbs
                .contains(&format!("{} {}", first.lower, view.words[k].lower)))
        .then_some(k - 1)
    })
}

/// A verbal entry that takes a content clause or is verbal conflict (CAMEO
/// 10-13: demand, disapprove, reject, threaten): after `dan` it is a second
/// predicate of the subject rather than more content of an earlier verb.
fn is_speech_act(e: &Entry) -> bool {
    !e.noun
        && (e.absorb
            || e.cameo
                .as_deref()
                .and_then(|c| c.get(..2))
                .is_some_and(|r| matches!(r, "10" | "11" | "12" | "13")))
}

/// Complement clauses of `absorb` entries and nominal objects of verbs are
/// the content of another event, not events of their own.
fn mark_absorbed(t: &LanguageTables, view: &SentenceView, trigs: &mut [Trigger]) {
    let n = view.words.len();
    let heads: Vec<usize> = trigs.iter().map(|tr| tr.light.unwrap_or(tr.head)).collect();
    // Verbal triggers only: a bare event noun (`menghalangi bantuan`) is not a verb of its own.
    let verb_heads: Vec<usize> = trigs
        .iter()
        .filter(|tr| !t.entries[tr.entry].noun || tr.light.is_some())
        .map(|tr| tr.light.unwrap_or(tr.head))
        .collect();
    let speech_heads: Vec<usize> = trigs
        .iter()
        .filter(|tr| is_speech_act(&t.entries[tr.entry]))
        .map(|tr| tr.light.unwrap_or(tr.head))
        .collect();
    let mut regions: Vec<(usize, usize, usize)> = Vec::new();
    for tr in trigs.iter() {
        let e = &t.entries[tr.entry];
        if !e.absorb {
            continue;
        }
        // The content runs from the trigger to the end of its clause: past a
        // complementizer (`agar`, `untuk`, `bahwa`) when there is one, else
        // to the next comma (`menuduh China mengerahkan kapal`).
        // Not past `and` + another trigger: in `opposed the listing and urged
        // Brussels to ...` the `to` is urged's, not opposed's.
        let complement = (tr.last + 1..n.min(tr.last + 10))
            .take_while(|&k| view.words[k].punct.is_none_or(|p| !is_stop_punct(p)))
            .take_while(|&k| {
                !(t.syntax.coords.contains(view.words[k].lower) && heads.contains(&(k + 1)))
            })
            .find(|&k| t.syntax.complements.contains(view.words[k].lower));
        let from = complement.unwrap_or(tr.last);
        // Bounded, so that coding stays linear even in an unsplit text.
        let limit = n.min(from + 1 + CONTENT_WINDOW);
        // Without a complementizer, `dan` + another trigger starts a second
        // predicate of the same subject (`menyatakan keprihatinan dan meminta
        // China ...`), not the content of this one; but once the content has
        // a verb of its own (`menuduh China mengerahkan kapal dan menembakkan
        // ...`), a coordinated verb still belongs to the content, unless it
        // is itself a speech act (`membantah telah menghalangi bantuan dan
        // menyalahkan Hamas`, `denied that ... and accused Manila`): denials
        // and accusations are rarely content. A content verb right after the
        // trigger, without a subject of its own (`menolak mendukung paket
        // sanksi dan mengancam ...`), does not make the coordinated verb
        // content: both share the main subject.
        // One plain adverb may stand between `dan` and the verb (`dan balik
        // menuding Israel`, `dan kembali mendesak`).
        let next_head = |k: usize, hs: &[usize]| {
            hs.contains(&(k + 1))
                || (k + 2 < n
                    && hs.contains(&(k + 2))
                    && view.words[k + 1].punct.is_none()
                    && view.arg_at[k + 1].is_none()
                    && !heads.contains(&(k + 1)))
        };
        let coordinated_trigger = |k: usize| {
            t.syntax.coords.contains(view.words[k].lower)
                && next_head(k, &heads)
                && ((complement.is_none()
                    && !verb_heads.iter().any(|&h| {
                        h > tr.last && h < k && (tr.last + 1..h).any(|m| view.arg_at[m].is_some())
                    }))
                    || next_head(k, &speech_heads))
        };
        let end = (from + 1..limit)
            .find(|&k| {
                let w = &view.words[k];
                w.punct.is_some_and(is_stop_punct)
                    || (complement.is_none() && w.punct == Some(','))
                    || t.syntax.boundaries.contains(w.lower)
                    || coordinated_trigger(k)
            })
            .unwrap_or(limit);
        regions.push((tr.last, end, tr.entry));
    }
    let verb_ends: Vec<(usize, usize)> = trigs
        .iter()
        .filter(|tr| !t.entries[tr.entry].noun || tr.light.is_some())
        .map(|tr| (tr.last, tr.entry))
        .collect();
    for tr in trigs.iter_mut() {
        // Regions start in text order and are at most CONTENT_WINDOW + 10 long.
        let before = regions.partition_point(|&(a, _, _)| a < tr.head);
        // Governors whose content this trigger is: the absorb regions that
        // contain it, and the verb it is the nominal object of.
        let mut governors = regions[..before]
            .iter()
            .rev()
            .take_while(|&&(a, _, _)| a + CONTENT_WINDOW + 12 >= tr.head)
            .filter(|&&(_, b, _)| tr.head < b)
            .map(|&(_, _, gov)| gov)
            .peekable();
        let in_region = governors.peek().is_some();
        let inside = governors.any(|gov| !condemned_act(t, view, gov, tr));
        let object_of = (t.entries[tr.entry].noun && tr.light.is_none())
            .then(|| {
                // The last verb ending before the head (verb_ends is sorted).
                let i = verb_ends.partition_point(|&(v, _)| v < tr.head);
                let (v, gov) = *verb_ends.get(i.checked_sub(1)?)?;
                (tr.head <= v + 2 && (v + 1..tr.head).all(|k| view.words[k].punct.is_none()))
                    .then_some(gov)
            })
            .flatten();
        let object = object_of.is_some_and(|gov| !condemned_act(t, view, gov, tr));
        tr.absorbed = inside || object;
        tr.reported = !tr.absorbed && (in_region || object_of.is_some());
    }
    // A purpose infinitive after another verb event is that event's aim,
    // not an event of its own: `deployed the army to support police`,
    // `invited Anwar to attend the summit`.
    for j in 1..trigs.len() {
        let head = trigs[j].head;
        let infinitive =
            head > 0 && t.syntax.purpose.contains(view.words[head - 1].lower) && !trigs[j].absorbed;
        if !infinitive || t.entries[trigs[j].entry].noun {
            continue;
        }
        // Not across a clause boundary or complementizer: in `would hold a
        // meeting and that Manila was prepared to send observers` the
        // infinitive has a clause of its own.
        let governed = trigs[..j].iter().rev().any(|p| {
            !p.absorbed
                && !t.entries[p.entry].noun
                && p.last + 12 >= head
                && (p.last + 1..head - 1).all(|k| {
                    let w = &view.words[k];
                    w.punct.is_none_or(|c| !is_stop_punct(c) && c != ',')
                        && !t.syntax.boundaries.contains(w.lower)
                        && (!t.syntax.complements.contains(w.lower)
                            || t.syntax.purpose.contains(w.lower))
                })
        });
        trigs[j].absorbed = governed;
    }
}

/// A sentence about a match or a game (`off_topic` words such as `laga`,
/// `gol`, or a score such as `7-0`): `menyerang`, `menembak`,
/// `menghancurkan` there are figurative. Languages without `off_topic` words
/// are not checked.
pub fn is_off_topic(t: &LanguageTables, view: &SentenceView) -> bool {
    !t.syntax.off_topic.is_empty()
        && view.words.iter().any(|w| {
            w.punct.is_none() && (t.syntax.off_topic.contains(w.lower) || is_score(w.lower))
        })
}

/// `7-0`, `2-1`: a match score (one or two digits each side).
fn is_score(w: &str) -> bool {
    let short_number =
        |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    w.split_once('-')
        .is_some_and(|(a, b)| short_number(a) && short_number(b))
}

/// Does the sentence open with a clause boundary (`Sementara itu`, `Namun`),
/// i.e. turn to another topic?
pub fn opens_new_topic(t: &LanguageTables, view: &SentenceView) -> bool {
    view.words
        .iter()
        .find(|w| w.punct.is_none())
        .is_some_and(|w| t.syntax.boundaries.contains(w.lower))
}

/// Sectors of the actors that arrest, detain and seize (CAMEO role codes).
const SECURITY_SECTORS: [&str; 3] = ["COP", "JUD", "MIL"];

/// The first argument of the sentence other than `not` whose actor is a
/// police, judicial or military one (`IDNCOP`).
fn security_actor(
    view: &SentenceView,
    not: Option<usize>,
    actor_of: &dyn Fn(usize) -> Option<String>,
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
pub fn code_sentence(
    t: &LanguageTables,
    view: &SentenceView,
    is_place: &dyn Fn(usize) -> bool,
    actor_of: &dyn Fn(usize) -> Option<String>,
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
        let shared_from = after_coord(t, view, coord_at)
            .then(|| {
                // Not a verb of an earlier content clause (`denied that its
                // bases had been damaged and accused Pakistan`): the
                // coordinated verb shares the subject of the main verb.
                trigs[..ti].iter().rev().find(|p| {
                    p.last < coord_at - 1
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
            let from = possessor.map(|a| view.args[a].w1).unwrap_or(tr.last);
            // `sidang digelar atas permintaan Rusia`: a framing noun's target
            // is the subject of the clause it modifies.
            // `tuntutan Rusia agar Ukraina menarik pasukannya`: an owned
            // request's target may be named in its content clause.
            let target = target_right(t, view, e, from, from)
                .or_else(|| e.framed.then(|| subject_left(t, view, tr.head).0).flatten())
                .or_else(|| {
                    let owner = possessor?;
                    content_target(t, view, e, from).filter(|&a| a != owner)
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
            match (possessor, target) {
                (Some(p), tg) => (Some(p), tg, crossed),
                (None, Some(tg)) if e.recip && with_coordinated(t, view, tg).0.len() >= 2 => {
                    (Some(tg), None, crossed)
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
                    match earlier_verb_subject(t, view, &trigs[..ti], coord_at) {
                        Some(s) => (Some(s), Vec::new()),
                        None => match reporter_subject(t, view, anchor) {
                            (None, _) => (
                                clause_opening_subject(t, view, &trigs[..ti], anchor),
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
            let target = object_owner(t, view, e, tr.head, tr.last)
                .or_else(|| target_right(t, view, e, tr.head, tr.last))
                .filter(other)
                .or_else(|| match content_target(t, view, e, tr.last).filter(other) {
                    Some(a) if !foreign(&a) => condition_target(t, view, e, tr.last)
                        .filter(other)
                        .or(Some(a)),
                    found => found,
                })
                .or_else(|| condition_target(t, view, e, tr.last).filter(other))
                .or_else(|| purpose_target(t, view, e, tr.last).filter(other))
                .filter(before_next);
            (subject, target, crossed)
        };
        let Some(source) = source else {
            explain::dropped(t, view, tr, "no source");
            continue;
        };
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
        if target.is_some_and(|a| view.args[a].resolved)
            && (targets.iter().all(|x| sources.contains(x))
                || pair_includes_source(&targets, &sources, actor_of))
        {
            (targets, tw) = (Vec::new(), None);
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
        for (a, _b, x) in &cues {
            // `If China invades Taiwan`: a hypothetical cue opening the clause.
            let opens = x == "hypothetical" && lead.contains(a);
            // `Tidak ikut menjatuhkan sanksi ... dan menolak tekanan`: a
            // negation of the first of two coordinated predicates, with an
            // object between them, does not reach the second.
            let earlier_conjunct =
                x == "negation" && shared_from.is_some_and(|p| *a < p && p + 3 < anchor);
            let before = opens
                || (crossed.contains(a) && !earlier_conjunct)
                || (*a >= coord_at && *a < tr.head);
            let after = x == "historical" && *a > tr.last && *a <= tr.last + 8;
            // `only if Washington released ...`, `apabila kedua pihak
            // memintanya`: the condition of another statement is no event.
            if x == "condition"
                && ((lead.contains(a) && *a + CONDITION_REACH >= clause_start)
                    || crossed.contains(a))
            {
                condition = true;
            }
            // `none`: an idiom (`menyita perhatian`) whose words are no trigger, no modality.
            // `condition` cues mark the clause itself, not the event.
            if (before || after) && x != "none" && x != "condition" && !aux.contains(x) {
                aux.push(x.clone());
            }
        }
        if condition {
            explain::dropped(t, view, tr, "condition of another statement");
            continue;
        }
        // A conditional offer (`ready to stop fighting if Thailand does the
        // same`) is made to the condition's subject.
        // An AGREE event is an intent, planned by its nature (`menawarkan
        // gencatan senjata apabila tentara menarik pasukannya`).
        let planned =
            aux.iter().any(|a| a == "future" || a == "hypothetical") || e.plover == "AGREE";
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
                if e.self_target || !same(s, tg) {
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

/// True when word `head` follows one of the language's `noun_prep`
/// prepositions, directly or after one plain word (`in air strikes`).
fn after_noun_prep(t: &LanguageTables, view: &SentenceView, head: usize) -> bool {
    let plain = |k: usize| view.words[k].punct.is_none() && view.arg_at[k].is_none();
    let prep = |k: usize| t.syntax.noun_preps.contains(view.words[k].lower);
    (head >= 1 && prep(head - 1)) || (head >= 2 && plain(head - 1) && prep(head - 2))
}
