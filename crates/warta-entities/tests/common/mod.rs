//! Shared helpers of the entity-stage tests: one stage for all tests of a
//! binary (resources load once), and a document run through it.

use std::sync::OnceLock;

use warta_core::{Document, SourceInfo, Stage};
use warta_entities::EntityStage;

/// The entity stage with the compiled-in resources, loaded once.
pub fn stage() -> &'static EntityStage {
    static STAGE: OnceLock<EntityStage> = OnceLock::new();
    STAGE.get_or_init(|| EntityStage::try_new().expect("compiled-in resources load"))
}

/// `text` in `lang`, with an optional document date, after the entity stage.
pub fn run(text: &str, lang: &str, date: Option<&str>) -> Document {
    let mut doc = Document::new(text.to_string(), SourceInfo::default());
    doc.language.code = lang.into();
    doc.date = date.map(str::to_string);
    stage().process(&mut doc).expect("entity stage runs");
    doc
}

/// (actor, rule) of the entity that has a mention of exactly `mention`.
#[allow(dead_code)] // not every test file uses it
pub fn actor_and_rule(doc: &Document, mention: &str) -> Option<(Option<String>, String)> {
    doc.entities.iter().find_map(|e| {
        e.mentions
            .iter()
            .find(|m| m.text == mention)
            .map(|m| (e.actor.clone(), m.rule.clone()))
    })
}

/// The actor code of the entity with a mention of exactly `mention` in
/// `text` (language `lang`) after the entity stage.
#[allow(dead_code)] // not every test file uses it
pub fn actor_of(text: &str, lang: &str, mention: &str) -> Option<String> {
    let doc = run(text, lang, None);
    doc.entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == mention))
        .and_then(|e| e.actor.clone())
}
