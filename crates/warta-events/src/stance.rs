//! Events stated as opinions, evaluations and quoted words: gold coders code
//! criticism as ACCUSE, praise as SUPPORT, calling a claim a lie as REJECT
//! and a quoted ultimatum as THREATEN even when no event verb is used.
//!
//! Two mechanisms, both driven by `data/lang/<code>/events_stance.tsv`:
//!
//! 1. **Evaluation**: an evaluation verb (`menilai`, `called`) followed in
//!    its clause by a judgement word: negative (`lemah`, `a sham`) gives
//!    ACCUSE, praise (`langkah penting`, `an important step`) SUPPORT, a
//!    dismissal (`hoaks`, `baseless`) REJECT, and so does a negative one of
//!    a claim (`dismissed the accusations as "absurd"`). The source is the verb's
//!    subject, the target the first actor between verb and judgement (the
//!    evaluated party or its owner), else the owner of an earlier event the
//!    object refers to, else a counterpart (see `assemble.rs`). A negator
//!    right before the judgement (`tidak lemah`, `not illegal`) stops it.
//! 2. **Quoted ultimatum**: inside a direct quote whose speaker is known, a
//!    condition (`if`, `kalau`) followed by a future (`will`, `akan`) whose
//!    verb is a `threat` word (`respond`, `membalas`, `mogok`) is a THREATEN
//!    by the speaker aimed at the condition's actor (`"If they attack the
//!    city again, we will answer with all our force"`). A negated condition
//!    alone is not enough: `"if the permit does not come, we will send the
//!    aid through Egypt"` is a plan, not a threat.
//!
//! Nothing here fires when the clause's own triggers already gave an event
//! of the same type: this only adds what the dictionary missed.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use warta_core::Document;

use crate::arguments::{prep_before, subject_left, with_coordinated};
use crate::clause::after_coord;
use crate::coder::{Candidate, Trigger};
use crate::explain::explain;
use crate::morphology::Morphology;
use crate::tables::{Entry, LanguageTables};
use crate::triggers::cue_hits;
use crate::view::{SentenceView, actor_country};

/// How far (in words) after an evaluation verb its judgement may stand.
const JUDGEMENT_REACH: usize = 16;
/// Most words (punctuation aside) between a copula and the judgement of a
/// reporting verb (`a flagrant` in `were "a flagrant violation"`).
const COPULA_REACH: usize = 2;
/// How far (in words) after a future cue the threat verb may stand.
const THREAT_VERB_REACH: usize = 4;

/// What a judgement word says about the evaluated party.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stance {
    /// Criticism (ACCUSE).
    Blame,
    /// Praise or endorsement (SUPPORT).
    Praise,
    /// Dismissal of a claim (REJECT).
    Deny,
    /// A punitive act announced (THREATEN).
    Threat,
    /// Acceptance or yielding negated: a refusal (REJECT; see `refusal.rs`).
    Refuse,
}

/// The CAMEO code each stance is coded with (the PLOVER type comes from the
/// crosswalk, `data/events/cameo_plover.tsv`).
const STANCE_CODES: [(Stance, &str, &str); 5] = [
    (Stance::Blame, "blame", "111"),
    (Stance::Praise, "praise", "051"),
    (Stance::Deny, "deny", "120"),
    (Stance::Threat, "threat", "130"),
    (Stance::Refuse, "refuse", "120"),
];

/// One language's `events_stance.tsv`.
#[derive(Debug, Default)]
pub struct StanceTable {
    /// Evaluation verb forms (`menilai`, `called`).
    evaluate: HashSet<String>,
    /// Reporting verb forms (`said`, `told`) that evaluate only through a
    /// copula (`said the strikes were "a flagrant violation"`).
    report: HashSet<String>,
    /// Copulas (`was`, `is`) linking an evaluated party to its judgement.
    copulas: HashSet<String>,
    /// Words right after an evaluation verb that make it another verb
    /// (`called on`, `called for`).
    block_after: HashSet<String>,
    /// Words that reverse a judgement right after them (`tidak`, `not`),
    /// and that turn a verb of accepting after them into a refusal.
    pub(crate) negators: HashSet<String>,
    /// Nouns naming a claim (`tuduhan`, `accusations`): a negative
    /// judgement of a claim dismisses it (REJECT), it does not criticise.
    claims: HashSet<String>,
    /// Judgement and threat phrases by first word.
    phrases: HashMap<String, Vec<(Vec<String>, Stance)>>,
    /// Verbs of accepting or yielding by first word, each with whether its
    /// negation is a refusal only when it also states intent (`will not
    /// withdraw`; `does not recognise` needs none). See `refusal.rs`.
    pub(crate) refusals: HashMap<String, Vec<(Vec<String>, bool)>>,
    /// Entry index (into `LanguageTables::entries`) per stance.
    entries: Vec<(Stance, usize)>,
}

impl StanceTable {
    /// Reads rows `kind<TAB>words<TAB>note` and appends one dictionary
    /// entry per stance to `entries` (after the trigger index is built, so
    /// no word triggers them). A missing file gives an empty table.
    pub(crate) fn load(
        rows: &[String],
        entries: &mut Vec<Entry>,
        morphology: &Morphology,
        crosswalk: &dyn Fn(&str) -> Option<crate::ontology::PloverReading>,
    ) -> Result<Self, String> {
        let mut s = StanceTable::default();
        for (n, row) in rows.iter().enumerate() {
            let cols: Vec<&str> = row.split('\t').map(str::trim).collect();
            let (Some(kind), Some(words)) = (cols.first(), cols.get(1)) else {
                return Err(format!("data row {}: expected kind<TAB>words", n + 1));
            };
            let words: Vec<String> = words.split_whitespace().map(str::to_lowercase).collect();
            let Some(first) = words.first().cloned() else {
                continue;
            };
            let stance = match *kind {
                "evaluate" => {
                    s.evaluate.insert(first);
                    continue;
                }
                "report" => {
                    s.report.insert(first);
                    continue;
                }
                "copula" => {
                    s.copulas.insert(first);
                    continue;
                }
                "block_after" => {
                    s.block_after.insert(first);
                    continue;
                }
                "negator" => {
                    s.negators.insert(first);
                    continue;
                }
                "claim" => {
                    s.claims.insert(first);
                    continue;
                }
                "refuse" | "refuse_future" => {
                    let future = *kind == "refuse_future";
                    s.refusals.entry(first).or_default().push((words, future));
                    continue;
                }
                other => STANCE_CODES
                    .iter()
                    .find(|(_, name, _)| *name == other)
                    .map(|(st, _, _)| *st)
                    .ok_or_else(|| {
                        format!(
                            "data row {}: kind `{other}` is none of evaluate, report, copula, block_after, negator, claim, blame, praise, deny, threat, refuse, refuse_future",
                            n + 1
                        )
                    })?,
            };
            s.phrases.entry(first).or_default().push((words, stance));
        }
        if s.phrases.is_empty() && s.refusals.is_empty() {
            return Ok(s);
        }
        for (stance, name, code) in STANCE_CODES {
            let Some((plover, mode, context)) = crosswalk(code) else {
                continue;
            };
            s.entries.push((stance, entries.len()));
            entries.push(Entry {
                id: format!("stance#{name}"),
                head: String::new(),
                head_form: morphology.analyse_head(""),
                rest: Vec::new(),
                plover,
                mode,
                context,
                cameo: Some(code.to_string()),
                target_obj: true,
                target_preps: Vec::new(),
                noun: false,
                recip: false,
                absorb: false,
                // A threat or a dismissal naming no one answers the latest
                // act against the speaker's country (see `assemble.rs`).
                reply: matches!(stance, Stance::Threat | Stance::Deny),
                target_optional: false,
                self_target: false,
                solo: false,
                solo_alt: None,
                framed: false,
                patient: false,
                warning: false,
            });
        }
        Ok(s)
    }

    pub(crate) fn entry(&self, stance: Stance) -> Option<usize> {
        self.entries
            .iter()
            .find(|(s, _)| *s == stance)
            .map(|&(_, i)| i)
    }

    /// The judgement or threat phrase starting at word `k`: (last word, stance).
    fn phrase_at(&self, view: &SentenceView, k: usize) -> Option<(usize, Stance)> {
        longest_phrase_at(&self.phrases, view, k)
    }

    /// A copula before word `k` with at most [`COPULA_REACH`] words
    /// (punctuation aside) and no actor between (`were "a flagrant
    /// violation"`, not `was being investigated as criminal`).
    fn copula_before(&self, view: &SentenceView, k: usize) -> bool {
        let mut words = 0;
        for j in (0..k).rev() {
            if view.arg_at[j].is_some() {
                return false;
            }
            if self.copulas.contains(view.words[j].lower) {
                return true;
            }
            if view.words[j].punct.is_none() {
                words += 1;
                if words > COPULA_REACH {
                    return false;
                }
            }
        }
        false
    }

    /// A negator right before word `k`, or before an article after it (`not
    /// a violation`).
    fn negated(&self, view: &SentenceView, k: usize) -> bool {
        (k.saturating_sub(2)..k).any(|j| self.negators.contains(view.words[j].lower))
    }
}

/// Does a word end the clause an evaluation or a quote's condition can
/// reach? Full stops, semicolons, and quote marks are not boundaries here:
/// the judgement is often quoted (`called the talks "a sham"`).
pub(crate) fn ends_clause(t: &LanguageTables, view: &SentenceView, k: usize) -> bool {
    let w = &view.words[k];
    match w.punct {
        Some(c) => matches!(c, '.' | ';' | '?' | '!' | ':'),
        None => t.syntax.boundaries.contains(w.lower) && !t.syntax.complements.contains(w.lower),
    }
}

pub(crate) fn trigger(entry: usize, head: usize, last: usize) -> Trigger {
    Trigger {
        entry,
        head,
        last,
        passive: false,
        light: None,
        absorbed: false,
        reported: false,
    }
}

/// The events of one sentence stated as evaluations or quoted ultimatums,
/// for the types `found` (the coder's candidates) lack.
pub(crate) fn code_stances(
    t: &LanguageTables,
    doc: &Document,
    view: &SentenceView,
    found: &[Candidate],
) -> Vec<Candidate> {
    let s = &t.stance;
    let mut out = Vec::new();
    if s.phrases.is_empty() && s.refusals.is_empty() {
        return out;
    }
    for v in 0..view.words.len() {
        let report = s.report.contains(view.words[v].lower);
        if view.words[v].punct.is_some()
            || view.arg_at[v].is_some()
            || !(report || s.evaluate.contains(view.words[v].lower))
            || view
                .words
                .get(v + 1)
                .is_some_and(|n| s.block_after.contains(n.lower))
        {
            continue;
        }
        let Some((k, last, stance)) = (v + 1..view.words.len().min(v + 1 + JUDGEMENT_REACH))
            .take_while(|&k| !ends_clause(t, view, k))
            .find_map(|k| s.phrase_at(view, k).map(|(l, st)| (k, l, st)))
            .filter(|&(k, _, st)| st != Stance::Threat && !s.negated(view, k))
            .filter(|&(k, _, _)| !report || s.copula_before(view, k))
        else {
            continue;
        };
        // `dismissed the accusations as "absurd"`: a claim called wrong is denied.
        let stance = if stance == Stance::Blame
            && (v + 1..k).any(|w| s.claims.contains(view.words[w].lower))
        {
            Stance::Deny
        } else {
            stance
        };
        let Some(entry) = s.entry(stance) else {
            continue;
        };
        // A coder candidate of the type says it already (`mengecam peluncuran
        // itu dan menyebutnya pelanggaran`), even without a target of its own:
        // discourse often finds that one (measured: coding the evaluation too
        // gave extra events with a wrong counterpart target).
        if has_type(t, found, &out, &t.entries[entry].plover) {
            continue;
        }
        // `mengecam X dan menyebut Y ...`: a verb after a coordinator shares
        // the subject of the coder's latest candidate before it, not the
        // nearest actor to its left (which is that verb's object).
        let shared = after_coord(t, view, v)
            .then(|| {
                found
                    .iter()
                    .filter(|c| c.trigger.last < v)
                    .max_by_key(|c| c.trigger.last)
                    .and_then(|c| view.arg_at[c.source_words.0])
            })
            .flatten();
        let Some(subject) = shared.or_else(|| subject_left(t, view, v).0) else {
            continue;
        };
        // The evaluated party or its owner, not an actor in a
        // prepositional phrase (`pengawasan di kawasan industri`).
        let target = (v + 1..k)
            .filter_map(|w| view.arg_at[w])
            .find(|&a| a != subject && prep_before(t, view, a).is_none());
        explain!(
            "s{} stance {:?}: '{}' ... '{}'",
            view.sentence,
            stance,
            view.words[v].lower,
            view.words[k].lower
        );
        // `called the move "illegal"`: the party judged is often the
        // story's counterpart, named in an earlier clause.
        push_open_pairs(t, view, trigger(entry, v, last), subject, target, &mut out);
    }
    quoted_threats(t, doc, view, found, &mut out);
    crate::refusal::code_refusals(t, view, found, &mut out);
    out
}

/// The longest phrase of `table` (phrases indexed by their first word,
/// each with its value) that starts at word `k`: (its last word, value).
pub(crate) fn longest_phrase_at<T: Copy>(
    table: &HashMap<String, Vec<(Vec<String>, T)>>,
    view: &SentenceView,
    k: usize,
) -> Option<(usize, T)> {
    let list = table.get(view.words[k].lower)?;
    list.iter()
        .filter(|(ws, _)| {
            k + ws.len() <= view.words.len()
                && ws
                    .iter()
                    .enumerate()
                    .all(|(o, w)| view.words[k + o].lower == w.as_str())
        })
        .max_by_key(|(ws, _)| ws.len())
        .map(|(ws, value)| (k + ws.len() - 1, *value))
}

/// Pushes one candidate per source and target of a statement whose
/// subject is argument `subject` and whose judged party, if any, is
/// `target` (each with the actors coordinated with it). The candidates need
/// no target: a statement naming no partner may still get one from the
/// counterpart step.
pub(crate) fn push_open_pairs(
    t: &LanguageTables,
    view: &SentenceView,
    trigger: Trigger,
    subject: usize,
    target: Option<usize>,
    out: &mut Vec<Candidate>,
) {
    let (sources, s0, s1) = with_coordinated(t, view, subject);
    let tw = target.map(|a| (view.args[a].w0, view.args[a].w1));
    let targets: Vec<Option<usize>> = match target {
        Some(a) => with_coordinated(t, view, a)
            .0
            .into_iter()
            .filter(|m| !sources.contains(m))
            .map(Some)
            .collect(),
        None => vec![None],
    };
    for &src in &sources {
        for &tg in &targets {
            let mut c = candidate(trigger.clone(), src, (s0, s1), tg, tw);
            c.needs_target = false;
            out.push(c);
        }
    }
}

/// Does a candidate of the coder (`found`) or of this module (`out`)
/// already have PLOVER type `plover`?
pub(crate) fn has_type(
    t: &LanguageTables,
    found: &[Candidate],
    out: &[Candidate],
    plover: &str,
) -> bool {
    found
        .iter()
        .chain(out)
        .any(|c| t.entries[c.trigger.entry].plover == plover)
}

pub(crate) fn candidate(
    trigger: Trigger,
    source: usize,
    source_words: (usize, usize),
    target: Option<usize>,
    target_words: Option<(usize, usize)>,
) -> Candidate {
    Candidate {
        trigger,
        source,
        source_words,
        target,
        target_words: target.and(target_words),
        aux: Vec::new(),
        place: None,
        resolved: false,
        reporter: None,
        needs_target: target.is_none(),
        pair_anaphor: false,
        conditional: false,
        agentless: false,
    }
}

/// Ultimatums inside a direct quote of this sentence (mechanism 2).
fn quoted_threats(
    t: &LanguageTables,
    doc: &Document,
    view: &SentenceView,
    found: &[Candidate],
    out: &mut Vec<Candidate>,
) {
    let s = &t.stance;
    let Some(entry) = s.entry(Stance::Threat) else {
        return;
    };
    if has_type(t, found, out, &t.entries[entry].plover) {
        return;
    }
    let (Some(first), Some(last)) = (view.words.first(), view.words.last()) else {
        return;
    };
    let mut cues: Option<Vec<(usize, usize, String)>> = None;
    for q in &doc.quotes {
        if !q.direct || q.end <= first.start || q.start >= last.end {
            continue;
        }
        let Some(speaker) = q
            .speaker
            .as_deref()
            .and_then(|id| doc.entities.iter().position(|e| e.id == id))
        else {
            continue;
        };
        let Some(own3) = actor_country(doc, speaker) else {
            continue;
        };
        // The speaker's words in this sentence: the name or a resolved `we`.
        let Some(src_arg) = (0..view.args.len()).find(|&a| view.args[a].members.contains(&speaker))
        else {
            continue;
        };
        // Modality cues are read only for sentences with a quoted speaker.
        let cues = cues.get_or_insert_with(|| cue_hits(t, view));
        let inside = |k: usize| q.start <= view.words[k].start && view.words[k].end <= q.end;
        let Some(&(c0, _, _)) = cues.iter().find(|(a, _, x)| x == "condition" && inside(*a)) else {
            continue;
        };
        let Some(&(f0, f1, _)) = cues
            .iter()
            .find(|(a, _, x)| x == "future" && *a > c0 && inside(*a))
        else {
            continue;
        };
        let threat_verb = (f1 + 1..view.words.len().min(f1 + 1 + THREAT_VERB_REACH))
            .take_while(|&k| inside(k))
            .find_map(|k| {
                s.phrase_at(view, k)
                    .filter(|&(_, st)| st == Stance::Threat)
                    .map(|(l, _)| l)
            });
        // A negated future in the main clause is a refusal, not a threat.
        let negated_future = cues
            .iter()
            .any(|(a, _, x)| x == "negation" && *a > f1 && *a <= f1 + 2);
        let Some(verb_end) = threat_verb.filter(|_| !negated_future) else {
            continue;
        };
        // The target: an actor of the condition clause that is not the speaker's side.
        let country = |a: usize| {
            view.args[a]
                .members
                .first()
                .and_then(|&m| actor_country(doc, m))
        };
        let target = (c0 + 1..f0)
            .filter_map(|k| view.arg_at[k])
            .find(|&a| a != src_arg && country(a).is_some_and(|c| c != own3));
        let tw = target.map(|a| (view.args[a].w0, view.args[a].w1));
        let words = (view.args[src_arg].w0, view.args[src_arg].w1);
        let mut c = candidate(
            trigger(entry, f0, verb_end),
            speaker,
            words,
            target.and_then(|a| view.args[a].members.first().copied()),
            tw,
        );
        c.resolved = view.args[src_arg].resolved;
        explain!(
            "s{} stance quoted threat: '{}' ... '{}'",
            view.sentence,
            view.words[f0].lower,
            view.words[verb_end].lower
        );
        out.push(c);
        return;
    }
}
