//! From coded candidates to `Event` records: PLOVER/CAMEO codes after
//! modality, Goldstein and quad, date, place, claims, and merging repeated
//! reports of one event into mentions.

use warta_core::{ActorRef, Claim, Document, Event, EventMention, PlaceRef, TextIndex, TimeType};

use crate::agentless;
use crate::coder::{Candidate, code_sentence};
use crate::counterpart::{Counterparts, RULE_MARK};
use crate::discourse;
use crate::explain;
use crate::mirror;
use crate::off_topic::{is_off_topic, opens_new_topic};
use crate::ontology::Ontology;
use crate::tables::{Entry, LanguageTables};
use crate::view::{SentenceView, actor_code, actor_code_str, actor_mentions, is_place};

/// Sentence spans: the document's, or one per line when segmentation did not run.
fn sentence_spans(doc: &Document) -> Vec<(usize, usize)> {
    if !doc.sentences.is_empty() {
        return doc.sentences.iter().map(|s| (s.start, s.end)).collect();
    }
    let mut spans = Vec::new();
    let mut start = 0;
    let mut pos = 0;
    for c in doc.text.chars() {
        pos += 1;
        if c == '\n' {
            spans.push((start, pos - 1));
            start = pos;
        }
    }
    spans.push((start, pos));
    spans
}

/// Is TIMEX value `inner` inside (or equal to) `outer`? Handles ISO dates,
/// months, years and ISO weeks (`2023-W35` contains `2023-08-30`).
fn date_within(inner: &str, outer: &str) -> bool {
    if inner == outer
        || (inner.starts_with(outer) && inner.as_bytes().get(outer.len()) == Some(&b'-'))
    {
        return true;
    }
    let (Some((year, week)), Ok(day)) = (
        outer
            .split_once("-W")
            .and_then(|(y, w)| Some((y.parse::<i32>().ok()?, w.parse::<u32>().ok()?))),
        chrono::NaiveDate::parse_from_str(inner, "%Y-%m-%d"),
    ) else {
        return false;
    };
    let iso = chrono::Datelike::iso_week(&day);
    iso.year() == year && iso.week() == week
}

fn dates_compatible(a: &str, b: &str) -> bool {
    date_within(a, b) || date_within(b, a)
}

#[derive(Clone)]
struct Built {
    event: Event,
    key: (String, String, String, String),
    explicit_date: bool,
    /// A reciprocal act between two different actors named in the clause:
    /// also emitted in the reverse direction (see mirror.rs).
    mirror: bool,
}

/// The actor a denial answers: the source of the latest earlier event, at
/// most [`discourse::WINDOW`] sentences back, whose target is the denier's
/// country and whose source is another country (`Manila lodged a protest
/// with Beijing. ... China denied that its ships had acted aggressively`).
fn replied_to(built: &[Built], ev: &Event) -> Option<ActorRef> {
    let country = |a: &Option<ActorRef>| {
        a.as_ref()
            .and_then(|r| r.actor.as_deref())
            .map(|c| c.chars().take(3).collect::<String>())
            .filter(|c| c.len() == 3)
    };
    let own = country(&ev.source)?;
    built
        .iter()
        .rev()
        .map(|b| &b.event)
        .take_while(|x| x.sentence + discourse::WINDOW >= ev.sentence)
        .find(|x| {
            country(&x.target).as_ref() == Some(&own)
                && country(&x.source).is_some_and(|c| c != own)
        })
        .and_then(|x| x.source.clone())
}

/// Codes every sentence of `doc` and assembles the events.
pub fn code_document(t: &LanguageTables, ontology: &Ontology, doc: &Document) -> Vec<Event> {
    let index = doc.index_or_new();
    let mentions = actor_mentions(doc);
    let place = |e: usize| is_place(doc, e);
    // Borrowed, not cloned: the coder asks it many times per candidate.
    let actor_of = |e: usize| actor_code_str(doc, e);
    let mut built: Vec<Built> = Vec::new();
    let mut buf = String::new();
    // Match reports run over sentences: the one right after a sentence with
    // a sports word or score is about the match too, unless it turns to
    // another topic (`Sementara itu, ...`).
    let mut after_match = false;
    let mut discourse = discourse::Discourse::default();
    let counterparts = Counterparts::new(doc);
    for (si, span) in sentence_spans(doc).into_iter().enumerate() {
        let view = SentenceView::new(doc, &index, si, span, &mentions, &t.syntax, &mut buf);
        let match_report = is_off_topic(t, &view);
        let off_topic = match_report || (after_match && !opens_new_topic(t, &view));
        after_match = match_report;
        if view.args.is_empty() || off_topic {
            // Say why no trigger of this sentence is listed at all.
            crate::explain::explain!(
                "s{si} skipped: {}",
                if off_topic {
                    "sports or game report (off_topic word or score)"
                } else {
                    "no actor in the sentence"
                }
            );
            continue;
        }
        discourse.note_sentence(t, doc, &index, &view);
        let mut cands = code_sentence(t, &view, &place, &actor_of);
        let stances = crate::stance::code_stances(t, doc, &view, &cands);
        cands.extend(stances);
        for c in cands {
            let Some(mut b) = build(t, ontology, doc, &index, &view, &c) else {
                continue;
            };
            if c.agentless {
                let earlier = built.iter().map(|x| &x.event);
                let here = c.place.and_then(|p| doc.entities.get(p));
                let here = here.and_then(|p| p.country.as_deref());
                let home = counterparts.authority_ref(doc, here);
                match agentless::take_agent(t, &mut b.event, earlier, home) {
                    Some(code) => b.key.0 = code,
                    None => continue,
                }
            }
            if b.event.target.is_none() {
                let source = b.event.source.as_ref().and_then(|s| s.actor.as_deref());
                let earlier = built.iter().map(|x| &x.event);
                if let Some(r) = discourse.refer_back(t, doc, &index, &view, &c, source, earlier) {
                    b.key.2 = r.target.actor.clone().unwrap_or_default();
                    b.event.start = b.event.start.min(r.start);
                    b.event.end = b.event.end.max(r.end);
                    b.event.target = Some(r.target);
                    // A target from discourse is less sure than one in the clause.
                    b.event.confidence = (b.event.confidence - 0.1).max(0.05);
                }
            }
            if b.event.target.is_none() && c.pair_anaphor {
                let source = b.event.source.as_ref().and_then(|s| s.actor.as_deref());
                let sides = source.map(|s| counterparts.sides_of_pair(s, doc));
                let mut sides = sides.unwrap_or_default().into_iter();
                // One event per side, as for a named pair (`mendesak Thailand dan Kamboja`).
                if let Some(first) = sides.next() {
                    for side in sides {
                        let mut other = b.clone();
                        set_pair_side(&mut other, side);
                        merge(&mut built, other);
                    }
                    set_pair_side(&mut b, first);
                }
            }
            if b.event.target.is_none() && t.entries[c.trigger.entry].reply {
                b.event.target = replied_to(&built, &b.event);
                if let Some(r) = &b.event.target {
                    b.key.2 = r.actor.clone().unwrap_or_default();
                    b.event.confidence = (b.event.confidence - 0.1).max(0.05);
                }
            }
            if b.event.target.is_none() {
                let earlier = built.iter().map(|x| &x.event);
                let found = counterparts.find(t, doc, &index, &view, &c, &b.event, earlier);
                // A refusal to meet or negotiate naming no partner (`would
                // not negotiate while under fire`): the party its source last
                // dealt with was wrong more often than right on the dev sets
                // (1 of 5); the clause's other actors and the home country
                // were right.
                let e = &t.entries[c.trigger.entry];
                let bare_refusal =
                    e.recip && !e.target_optional && declares_refusal(e, &c.aux, c.trigger.passive);
                let found = found.filter(|f| !(bare_refusal && f.way.name() == "discourse"));
                if bare_refusal && found.is_none() {
                    let e = &b.event;
                    explain::dropped_event(
                        e.sentence,
                        &e.trigger,
                        &e.rule,
                        "refusal without partner",
                    );
                    continue;
                }
                if let Some(f) = found {
                    b.key.2 = f.target.actor.clone().unwrap_or_default();
                    b.event.target = Some(f.target);
                    b.event.rule = format!("{}{}{}", b.event.rule, RULE_MARK, f.way.name());
                    b.event.confidence = (b.event.confidence - f.way.penalty()).max(0.05);
                }
            }
            if c.needs_target && b.event.target.is_none() {
                let e = &b.event;
                explain::dropped_event(
                    e.sentence,
                    &e.trigger,
                    &e.rule,
                    "needs a target, none found",
                );
                continue;
            }
            merge(&mut built, b);
        }
    }
    let mirror_of: Vec<bool> = built.iter().map(|b| b.mirror).collect();
    let mut events: Vec<Event> = built.into_iter().map(|b| b.event).collect();
    // A twin is checked against every event and the twins made before it.
    let mut twins: Vec<(usize, Event)> = Vec::new();
    for (i, e) in events.iter().enumerate() {
        if mirror_of[i]
            && let Some(twin) =
                mirror::mirrored(e, events.iter().chain(twins.iter().map(|(_, t)| t)))
        {
            twins.push((i, twin));
        }
    }
    // Each twin right after its event (last first, so indexes hold).
    for (i, twin) in twins.into_iter().rev() {
        events.insert(i + 1, twin);
    }
    for (i, e) in events.iter_mut().enumerate() {
        e.id = format!("V{}", i + 1);
    }
    events
}

/// Gives event `b` one side of a pair anaphor (`kedua pihak`) as its
/// target; the rule says so and the confidence drops, as for a target from
/// discourse.
fn set_pair_side(b: &mut Built, side: ActorRef) {
    b.key.2 = side.actor.clone().unwrap_or_default();
    b.event.target = Some(side);
    b.event.rule = format!("{}{}pair_anaphor", b.event.rule, RULE_MARK);
    b.event.confidence = (b.event.confidence - 0.1).max(0.05);
}

/// The document text between two code point offsets (empty if out of range).
pub(crate) fn text_of(doc: &Document, index: &TextIndex, start: usize, end: usize) -> String {
    doc.text
        .get(index.byte_offset(start)..index.byte_offset(end))
        .unwrap_or("")
        .to_string()
}

fn actor_ref(
    doc: &Document,
    index: &TextIndex,
    view: &SentenceView,
    entity: usize,
    words: (usize, usize),
) -> ActorRef {
    let (a, b) = (view.words[words.0].start, view.words[words.1].end);
    ActorRef {
        entity: doc.entities.get(entity).map(|e| e.id.clone()),
        actor: actor_code(doc, entity),
        text: text_of(doc, index, a, b),
    }
}

/// The CAMEO code of the refusal a negated future event stands for (`would
/// not withdraw` -> 124 decline to yield), when the event is a verbal (not
/// nominal or passive) act of cooperation or yielding.
fn refusal_code(e: &Entry, c: &Candidate) -> Option<&'static str> {
    if !declares_refusal(e, &c.aux, c.trigger.passive) {
        return None;
    }
    refusal_of_type(&e.plover, e.cameo.as_deref())
}

/// The CAMEO refusal code for refusing an act of PLOVER type `plover` (CAMEO
/// `cameo`), for the acts a refusal can be declared of: negotiation and
/// yielding, what the other side asks for. A meeting, visit or attendance
/// that will not take place (`tidak akan bertemu`, `will not attend`) and
/// help or sharing not planned (`tidak akan berbagi data intelijen`) are no
/// refusal: the banks and fixtures code none of them (prec13; the CONSULT,
/// COOPERATE and AID refusals were 6 right of 12, all six right ones talks).
fn refusal_of_type(plover: &str, cameo: Option<&str>) -> Option<&'static str> {
    // CAMEO 045 mediate, 046 negotiate.
    let talks = cameo.is_some_and(|c| c.starts_with("045") || c.starts_with("046"));
    match plover {
        "CONSULT" if talks => Some("125"),
        "RETREAT" | "CONCEDE" => Some("124"),
        "AGREE" | "SUPPORT" => Some("120"),
        _ => None,
    }
}

/// True when an event of entry `e` with modality `aux` is a declared refusal
/// (`would not withdraw`): negated, future, not merely possible (`had not
/// decided whether to withdraw`), verbal, active, and of a type
/// [`refusal_code`] turns into REJECT.
pub(crate) fn declares_refusal(e: &Entry, aux: &[String], passive: bool) -> bool {
    let has = |x: &str| aux.iter().any(|a| a == x);
    has("negation")
        && has("future")
        && !has("hypothetical")
        && !e.noun
        && !passive
        && refusal_of_type(&e.plover, e.cameo.as_deref()).is_some()
}

/// False when `intent`, the intent code a planned event of type `plover`
/// would take, reads as a threat (PLOVER THREATEN) while the event is no
/// hostile act. An entry whose own type overrides its code's (`menarik
/// pasukan`, `mundur`: RETREAT with CAMEO 192, whose family 19 is force) must
/// not become a threat to use force: `Israel akan menarik pasukannya` is a
/// planned withdrawal. Force, coercion, sanctions and protest are threats
/// when declared (the PLOVER THREATEN modes); any other act only when its
/// condition follows (`will withdraw its peacekeepers unless ...`).
fn intent_fits_type(ontology: &Ontology, intent: &str, plover: &str, conditional: bool) -> bool {
    let threat = ontology
        .plover(intent)
        .is_some_and(|(p, _, _)| p == "THREATEN");
    !threat
        || conditional
        || matches!(
            plover,
            "ASSAULT" | "COERCE" | "SANCTION" | "PROTEST" | "THREATEN"
        )
}

fn build(
    t: &LanguageTables,
    ontology: &Ontology,
    doc: &Document,
    index: &TextIndex,
    view: &SentenceView,
    c: &Candidate,
) -> Option<Built> {
    let e = &t.entries[c.trigger.entry];
    let mut plover = e.plover.clone();
    let mut mode = e.mode.clone();
    let mut context = e.context.clone();
    let mut cameo = e.cameo.clone();
    let mut aux = c.aux.clone();
    // `would not withdraw`, `tidak akan merundingkan`: a declared refusal to
    // cooperate or yield is itself an event, REJECT, and not a negated one.
    if let Some(code) = refusal_code(e, c) {
        plover = "REJECT".into();
        cameo = Some(code.into());
        if let Some((_, m, ctx)) = ontology.plover(code) {
            mode = m;
            context = ctx;
        }
        aux.retain(|a| a != "negation" && a != "future");
    }
    let intends = aux.iter().any(|a| a == "future" || a == "hypothetical");
    let negated = aux.iter().any(|a| a == "negation");
    // PLOVER: promised or planned meetings, visits and cooperation are AGREE.
    if intends
        && !negated
        && let Some(intent) = cameo.as_deref().and_then(|code| {
            ontology
                .intent_code_for(
                    code,
                    c.trigger.passive,
                    aux.iter().any(|a| a == "future"),
                    c.conditional,
                )
                .filter(|intent| intent_fits_type(ontology, intent, &plover, c.conditional))
        })
        && let Some((p, m, ctx)) = ontology.plover(intent)
    {
        plover = p;
        mode = m;
        for x in ctx {
            if !context.contains(&x) {
                context.push(x);
            }
        }
        cameo = Some(intent.to_string());
    }
    let info = cameo.as_deref().and_then(|code| ontology.cameo(code));
    let words = &view.words;
    let trig_start = words[c.trigger.light.unwrap_or(c.trigger.head)].start;
    let trig_end = words[c.trigger.last].end;
    let mut start = trig_start.min(words[c.source_words.0].start);
    let mut end = trig_end.max(words[c.source_words.1].end);
    if let Some((a, b)) = c.target_words {
        start = start.min(words[a].start);
        end = end.max(words[b].end);
    }
    // Date: the time expression of this sentence nearest the trigger, else the document date.
    let nearest = doc
        .times
        .iter()
        .filter(|x| {
            x.sentence == view.sentence && matches!(x.kind, TimeType::Date | TimeType::Time)
        })
        .filter(|x| !x.value.ends_with("_REF"))
        .min_by_key(|x| x.start.abs_diff(trig_start));
    let (date, explicit_date) = match nearest {
        Some(x) => (Some(x.value.clone()), true),
        None => (doc.date.clone(), false),
    };
    let claim = doc
        .quotes
        .iter()
        .filter(|q| q.start <= trig_start && trig_end <= q.end)
        .min_by_key(|q| q.end - q.start)
        .map(|q| Claim {
            quote: (!q.id.is_empty()).then(|| q.id.clone()),
            speaker: q.speaker.clone(),
            speaker_name: q.speaker_name.clone(),
            via: q.via.clone(),
        })
        .or_else(|| {
            // No quote covers it, but a reporting clause does: `X mengatakan bahwa ...`.
            let e = doc.entities.get(c.reporter?)?;
            Some(Claim {
                quote: None,
                speaker: Some(e.id.clone()),
                speaker_name: Some(e.canonical.clone()),
                via: Vec::new(),
            })
        });
    let place = c.place.and_then(|p| doc.entities.get(p)).map(|p| PlaceRef {
        entity: Some(p.id.clone()),
        name: p.canonical.clone(),
        geo: p.geo.clone(),
    });
    let source = actor_ref(doc, index, view, c.source, c.source_words);
    let target = c.target.map(|tg| {
        actor_ref(
            doc,
            index,
            view,
            tg,
            c.target_words.unwrap_or(c.source_words),
        )
    });
    let mut confidence: f32 = 0.85;
    if e.noun && c.trigger.light.is_none() {
        confidence -= 0.1;
    }
    if c.resolved {
        confidence -= 0.1;
    }
    if aux.iter().any(|a| a == "hypothetical") {
        confidence -= 0.15;
    }
    let (src_actor, tgt_actor) = (
        source.actor.clone().unwrap_or_default(),
        target
            .as_ref()
            .and_then(|x| x.actor.clone())
            .unwrap_or_default(),
    );
    // Reciprocal events (meet, negotiate, joint drills) have no direction.
    let (k1, k2) = if e.recip && tgt_actor < src_actor {
        (tgt_actor, src_actor)
    } else {
        (src_actor, tgt_actor)
    };
    // Only a coordinated subject naming both sides (`X dan Y bertemu`,
    // `talks between X and Y`) makes both actors in the text: the coder
    // then takes the target from the subject and names no target words.
    // `X met Y` keeps one direction, as gold writers code it. Not a declared
    // refusal either (`would not meet`: REJECT has a direction).
    let mirror = e.recip
        && c.target_words.is_none()
        && c.target
            .is_some_and(|tg| mirror::named_apart(view, c.source_words, c.source, tg))
        && refusal_code(e, c).is_none()
        && !negated
        && !k1.is_empty()
        && !k2.is_empty()
        && k1 != k2;
    let key = (
        k1,
        // Concatenated, not `format!`: this runs for every candidate event.
        [
            plover.as_str(),
            if aux.iter().any(|a| a == "negation") {
                "|true"
            } else {
                "|false"
            },
        ]
        .concat(),
        k2,
        e.mode.clone().unwrap_or_default(),
    );
    let trigger = text_of(doc, index, words[c.trigger.head].start, trig_end);
    Some(Built {
        key,
        explicit_date,
        mirror,
        event: Event {
            id: String::new(),
            plover,
            mode,
            context,
            aux,
            quad: info.map(|i| i.quad),
            score: info.map(|i| i.goldstein),
            cameo,
            source: Some(source),
            target,
            date,
            place,
            sentence: view.sentence,
            start,
            end,
            trigger,
            claimed_by: claim,
            rule: ["events:", t.code.as_str(), ":", e.id.as_str()].concat(),
            confidence: confidence.clamp(0.05, 1.0),
            mentions: Vec::new(),
        },
    })
}

/// Adds `b`, or records it as another mention of an earlier event with the
/// same (source, type, target, mode) and a compatible date. An event dated
/// only by the document date matches any date.
fn merge(built: &mut Vec<Built>, b: Built) {
    let same = built.iter_mut().find(|x| {
        x.key == b.key
            && (!x.explicit_date
                || !b.explicit_date
                || match (&x.event.date, &b.event.date) {
                    (Some(d1), Some(d2)) => dates_compatible(d1, d2),
                    _ => true,
                })
    });
    match same {
        Some(x) => {
            if x.event.sentence == b.event.sentence && x.event.trigger == b.event.trigger {
                return; // the same clause coded twice (coordinated actors)
            }
            // A city (`ke Vladivostok`) says more than a country (`ke Rusia`).
            let is_city = |p: &Option<PlaceRef>| {
                p.as_ref()
                    .and_then(|p| p.geo.as_ref())
                    .is_some_and(|g| g.feature.starts_with("PPL"))
            };
            if b.event.place.is_some()
                && (x.event.place.is_none()
                    || (is_city(&b.event.place) && !is_city(&x.event.place)))
            {
                x.event.place = b.event.place.clone();
            }
            if !x.explicit_date && b.explicit_date {
                x.event.date = b.event.date.clone();
                x.explicit_date = true;
            }
            for a in &b.event.aux {
                if !x.event.aux.contains(a) {
                    x.event.aux.push(a.clone());
                }
            }
            x.event.confidence = x.event.confidence.max(b.event.confidence);
            x.event.mentions.push(EventMention {
                sentence: b.event.sentence,
                start: b.event.start,
                end: b.event.end,
                trigger: b.event.trigger,
                rule: b.event.rule,
            });
        }
        None => built.push(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_nest_in_months_and_iso_weeks() {
        assert!(dates_compatible("2023-08-30", "2023-W35"));
        assert!(dates_compatible("2023-09", "2023-09-06"));
        assert!(!dates_compatible("2023-08-30", "2023-09-06"));
        assert!(!dates_compatible("2023-07", "2023-W35"));
        assert!(!dates_compatible("2006", "2023-09"));
    }
}
