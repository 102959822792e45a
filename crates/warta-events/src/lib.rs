//! # warta-events
//!
//! PLOVER/CAMEO event coding with modality and provenance.
//!
//! A shallow, dictionary-driven coder: per sentence it finds triggers from
//! `data/lang/<code>/events_predicates.tsv` (through the affix table, so
//! passives and nominalisations are found), takes the source from the
//! subject and the target from the object or a preposition the entry names,
//! reads modality cues (`akan`, `tidak`, `jika`, `sejak`) and turns future
//! cooperation into PLOVER AGREE. Each event carries its date (the clause's
//! time expression, else the document date), place, the quote that claims
//! it, and the dictionary entry id as its rule. Repeated reports of the same
//! (source, type, target, date) become one event with several mentions.
//!
//! ## Data (all editable without touching Rust)
//!
//! | file | what |
//! |---|---|
//! | `data/lang/<code>/events_predicates.tsv` | predicate dictionary: trigger pattern, PLOVER type/mode/context, CAMEO code, where the target is, flags, example |
//! | `data/lang/<code>/events_modality.tsv` | modality cues (`akan` future, `tidak` negation, `jika` hypothetical, `sejak` historical, `yang diduga` alleged) |
//! | `data/lang/<code>/events_syntax.tsv` | function words: light verbs, clause boundaries, prepositions, pronouns, `kedua negara` anaphors, reporting verbs |
//! | `data/lang/<code>/events_anaphora.tsv` | event nouns that refer back to an earlier event (`the ultimatum`, `tuduhan tersebut`): PLOVER types they can refer to (`*` any), whether an owner is the agent (optional file) |
//! | `data/lang/<code>/events_counterparts.tsv` | PLOVER types that may take a counterpart target the clause does not name, and found how (`counterpart`, `discourse`, `domestic`, `home`, `pair`; optional file) |
//! | `data/lang/<code>/events_morphology.tsv` | affixes (`meN-`, `di-`, `-kan`, ...) and passive pairs; English suffixes and irregular forms |
//! | `data/lang/id/events_roots.txt` | Indonesian root words, for analysing dictionary heads |
//! | `data/lang/<code>/events_roots_extra.txt`, `events_head_roots.tsv` | hand-written roots missing from the root list (`berhenti`, `hadang`), and the root of a head whose affixes allow several readings (`mengunjungi` -> `kunjung`); optional files |
//! | `data/lang/<code>/events_stance.tsv` | evaluation verbs (`menilai`, `called`), judgement words (`lemah`, `a sham`, `an important step`) and threat verbs of quoted ultimatums: events stated as opinions (`stance.rs`; optional file) |
//! | `data/events/cameo.tsv`, `cameo_plover.tsv`, `future_intent.tsv` | CAMEO quad classes and Goldstein scores, the CAMEO -> PLOVER crosswalk, intent codes for planned cooperation |
//!
//! Set `WARTA_EXPLAIN_EVENTS=1` to see on stderr, per sentence, the triggers found,
//! which were absorbed as another event's content, and why a trigger gave no
//! event (`explain.rs`).
//!
//! A new language is a new `data/lang/<code>/` with these four `events_*`
//! files (and optionally `events_anaphora.tsv` and `events_counterparts.tsv`).
//! `scripts/build_event_resources.py` rebuilds the derived ones.
//!
//! ## How a sentence is coded
//!
//! 1. Words are looked up in a map of every affixed form of every dictionary
//!    head (one hash lookup per word); the longest matching pattern wins.
//! 2. Complement clauses of `absorb` entries (`meminta X agar ...`) and
//!    nominal objects of verbs are content, not events.
//! 3. Source: the nearest actor to the left that is not in a prepositional
//!    phrase, skipping relative clauses and crossing purpose clauses
//!    (`berencana untuk ... untuk bertemu`); for passives (`diserang oleh`)
//!    source and target swap; nominal events take their owner
//!    (`kunjungan Kim`) or `antara X dan Y`.
//! 4. Target: the direct object or an actor after a preposition the entry
//!    names; coordinated actors and `kedua negara` give one event per pair.
//! 5. Modality cues between subject and trigger set `aux`; planned or
//!    possible cooperation becomes AGREE with the intent CAMEO code.
//! 6. An event still without target may find it in discourse: an event noun
//!    as its object (`NATO condemned the strikes`), as the head of a
//!    relative clause on it (`a move Tehran condemned`) or as the subject of
//!    its passive (`Langkah itu dikecam Beijing`) refers to the latest earlier
//!    event of a fitting type (same sentence or a few back; the same word
//!    first), whose source becomes the target (`discourse.rs`).
//! 7. An event still without target may take a counterpart, for the types
//!    and ways `events_counterparts.tsv` allows: another actor of its clause,
//!    the party its source's country last dealt with, the home country in a
//!    domestic story, or the other country of a two-country story
//!    (`counterpart.rs`). Its rule ends in `+target:<way>` and its confidence
//!    drops.

mod agentless;
mod arguments;
mod assemble;
mod clause;
mod coder;
mod counterpart;
mod discourse;
mod embedded;
mod explain;
pub mod gold;
mod insertion;
mod light_passive;
mod mirror;
mod morphology;
mod off_topic;
mod ontology;
mod places;
mod reaction;
mod refusal;
mod stance;
mod subject_aids;
mod syntax;
mod tables;
mod targets;
#[cfg(test)]
mod test_events;
mod triggers;
mod view;
mod warning;
mod word_filter;

use rustc_hash::FxHashMap as HashMap;

use warta_core::{Document, LanguageResources, Stage, StageError};

pub use ontology::Ontology;
pub use tables::LanguageTables;

/// The events stage. Fills `Document::events`.
#[derive(Debug, Default)]
pub struct EventStage {
    languages: HashMap<String, LanguageTables>,
    ontology: Ontology,
    problems: Vec<String>,
}

impl EventStage {
    /// Builds the stage from the compiled-in (or `WARTA_DATA`) resources of
    /// every available language. A broken table is reported as a warning on
    /// each document instead of stopping the pipeline.
    pub fn new() -> Self {
        let packs: Vec<warta_core::LanguagePack> = warta_core::resources::available_languages()
            .iter()
            .filter_map(|c| warta_core::LanguagePack::get(c))
            .collect();
        let refs: Vec<&dyn LanguageResources> =
            packs.iter().map(|p| p as &dyn LanguageResources).collect();
        match Self::with_packs(&refs) {
            Ok(s) => s,
            Err(e) => Self {
                problems: vec![format!("events: {e}")],
                ..Default::default()
            },
        }
    }

    /// Builds the stage from the given language packs (tests use in-memory packs).
    pub fn with_packs(packs: &[&dyn LanguageResources]) -> Result<Self, String> {
        let ontology = Ontology::load()?;
        let mut languages = HashMap::default();
        let mut problems = Vec::new();
        for pack in packs {
            if pack.file("events_predicates.tsv").is_none() {
                continue;
            }
            match LanguageTables::load(*pack, &|code| ontology.plover(code)) {
                Ok(t) => {
                    languages.insert(pack.code().to_string(), t);
                }
                Err(e) => problems.push(format!("events: {e}")),
            }
        }
        Ok(Self {
            languages,
            ontology,
            problems,
        })
    }

    /// Number of dictionary entries loaded for a language (0 if none).
    pub fn entry_count(&self, language: &str) -> usize {
        self.languages.get(language).map_or(0, |t| t.entries.len())
    }
}

impl Stage for EventStage {
    fn name(&self) -> &'static str {
        "events"
    }

    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        for p in &self.problems {
            if !doc.warnings.contains(p) {
                doc.warnings.push(p.clone());
            }
        }
        let Some(tables) = self.languages.get(&doc.language.code) else {
            doc.events.clear();
            return Ok(());
        };
        doc.events = assemble::code_document(tables, &self.ontology, doc);
        targets::drop_required_targetless(tables, &mut doc.events);
        Ok(())
    }
}
