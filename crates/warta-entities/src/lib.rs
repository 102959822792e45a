//! # warta-entities
//!
//! People, organisations and places: recognition, roles, actor codes,
//! in-document aliases and geocoding.
//!
//! How a document is processed:
//! 1. [`tokens`](crate::tokens): the segmenter's tokens with their text.
//! 2. [`recognize`](crate::recognize): gazetteer names (countries, GeoNames
//!    cities, organisations, the office-holder knowledge base), people
//!    introduced by a role phrase or an honorific, organisation phrases,
//!    agent nouns (`Israeli forces`, `police`, `pasukan Rusia`; rules
//!    `entities:agent:*`, table `entity_agents.tsv`), domestic bodies named
//!    by a head and a place (`Polda Metro Jaya`, `entities:org:headed`,
//!    table `entity_org_heads.tsv`), bodies named by unknown words and a
//!    last word of their kind (`the DEM Party`, `entities:org:named`, table
//!    `entity_org_tails.tsv`) and offices named without a person
//!    (`mantan menteri perdagangan`, `entities:role:unnamed`).
//! 3. [`roles`](crate::roles): role phrases parsed into role, country, sector.
//! 4. [`resolve`](crate::resolve): one entity per referent, surname aliases,
//!    pronouns, titles that refer back (`utusan tersebut`), `kedua negara`,
//!    definite descriptions (`the bloc`, `kelompok tersebut`; table
//!    `entity_definites.tsv`), attributes and actor codes, with the story's
//!    home country for bare domestic group nouns (`protesters`, `warga`;
//!    table `entity_domestic.tsv`);
//!    [`geocode`](crate::geocode) picks the GeoNames record of each place.
//!
//! All knowledge is data: `data/gazetteer/`, `data/actors/` and
//! `data/lang/<code>/{roles,entity_*}.tsv`.

mod context_country;
mod credits;
mod definites;
mod geocode;
mod groups;
mod home_country;
mod kb;
mod lang;
mod names;
mod org_country;
mod recognize;
mod resolve;
mod roles;
mod seats;
mod tagged;
mod targets;
mod tokens;

use rustc_hash::FxHashMap;
use warta_core::resources::available_languages;
use warta_core::{Document, LanguagePack, ResourceError, Stage, StageError};

use crate::kb::Kb;
use crate::lang::LangTables;

/// Language whose tables are used when the document's language has none.
const FALLBACK_LANGUAGE: &str = "id";

/// The entities stage. Fills `Document::entities`.
#[derive(Debug)]
pub struct EntityStage {
    resources: Result<Resources, String>,
}

#[derive(Debug)]
struct Resources {
    kb: Kb,
    /// Cities standing for the organisation seated there.
    seats: seats::Seats,
    langs: FxHashMap<String, LangTables>,
    /// Statistical taggers, for languages that ship `ner.model`.
    taggers: FxHashMap<String, warta_ner::NerModel>,
}

impl EntityStage {
    /// Builds the stage, loading its resources. A broken resource file does
    /// not panic: every document then fails with a message naming the file.
    pub fn new() -> Self {
        Self {
            resources: Self::load().map_err(|e| e.to_string()),
        }
    }

    /// Builds the stage, or says which resource file is broken.
    pub fn try_new() -> Result<Self, ResourceError> {
        Ok(Self {
            resources: Ok(Self::load()?),
        })
    }

    fn load() -> Result<Resources, ResourceError> {
        let kb = Kb::load()?;
        let mut langs = FxHashMap::default();
        let mut taggers = FxHashMap::default();
        for code in available_languages() {
            if let Some(pack) = LanguagePack::get(&code) {
                langs.insert(code.clone(), LangTables::load(&pack, &kb)?);
                if let Some(model) = warta_ner::NerModel::load(&pack)? {
                    taggers.insert(code.clone(), model);
                }
            }
        }
        let seats = seats::Seats::load(&kb)?;
        Ok(Resources {
            kb,
            seats,
            langs,
            taggers,
        })
    }
}

impl Default for EntityStage {
    fn default() -> Self {
        Self::new()
    }
}

impl Stage for EntityStage {
    fn name(&self) -> &'static str {
        "entities"
    }

    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        let res = self.resources.as_ref().map_err(|e| {
            StageError::new(
                "entities",
                format!("entity resources failed to load ({e}); fix the file or unset WARTA_DATA"),
            )
        })?;
        let Some(lang) = res
            .langs
            .get(&doc.language.code)
            .or_else(|| res.langs.get(FALLBACK_LANGUAGE))
            .or_else(|| res.langs.values().next())
        else {
            return Err(StageError::new(
                "entities",
                "no language pack found under data/lang/",
            ));
        };
        // Built once here and kept on the document for the later stages.
        doc.text_index();
        let lowered = tokens::ascii_lowered(doc);
        let toks = tokens::tokens(doc, &lowered, &lang.word_flags);
        let tagger = res.taggers.get(&lang.code);
        let mut spans = recognize::recognize(lang, &res.kb, &toks, tagger);
        let home = home_country::domestic_spans(lang, &toks, &spans);
        if !home.is_empty() {
            spans.extend(home);
            spans.sort_by_key(|s| (s.first, std::cmp::Reverse(s.last)));
        }
        groups::extend_spans(&lang.groups, &toks, &mut spans);
        let resolver = resolve::Resolver {
            kb: &res.kb,
            lang,
            toks: &toks,
            text: &doc.text,
            date: doc.date.as_deref(),
        };
        let mut entities = resolver.resolve(&spans);
        drop(toks);
        res.seats.apply(&res.kb, &mut entities);
        doc.entities = entities;
        Ok(())
    }
}
