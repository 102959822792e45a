//! Unnamed groups as whole noun phrases (`Thousands of protesters`,
//! `Separatist gunmen`, `Ratusan warga`): the counting and describing words
//! belong to the mention, the entity is keyed by its head.

mod common;

use common::{actor_and_rule, run};

/// Actor code of the entity mentioned exactly as `mention`.
fn actor(doc: &warta_core::Document, mention: &str) -> Option<String> {
    actor_and_rule(doc, mention)
        .unwrap_or_else(|| panic!("no entity mentioned as `{mention}`"))
        .0
}

#[test]
fn counted_and_described_groups_are_one_mention() {
    let doc = run(
        "DHAKA, March 4 (Reuters) - Thousands of protesters marched through Dhaka on Tuesday. \
         Separatist gunmen attacked a police post in Bangladesh's south. Police later \
         dispersed the protesters with tear gas.",
        "en",
        None,
    );
    assert_eq!(
        actor(&doc, "Thousands of protesters").as_deref(),
        Some("BGDOPP")
    );
    assert_eq!(actor(&doc, "Separatist gunmen").as_deref(), Some("BGDREB"));
    // Keyed by the head: the later `protesters` are the same group.
    let e = doc
        .entities
        .iter()
        .find(|e| e.canonical == "protesters")
        .expect("one protesters entity");
    assert_eq!(e.mentions.len(), 2);
}

#[test]
fn counted_heads_need_a_count() {
    let doc = run(
        "JAKARTA (Reuters) - Thousands of workers rallied in Jakarta on Monday, and Indonesia's \
         government said aid workers would be evacuated from the flooded towns of Indonesia.",
        "en",
        None,
    );
    assert_eq!(
        actor(&doc, "Thousands of workers").as_deref(),
        Some("IDNLAB")
    );
    assert!(
        doc.entities
            .iter()
            .all(|e| e.mentions.iter().all(|m| m.text != "workers")),
        "bare `aid workers` is no group of its own"
    );
}

#[test]
fn a_name_before_the_head_still_keeps_it_out() {
    let doc = run(
        "Dozens of Hamas militants crossed the fence, the Israeli army said.",
        "en",
        None,
    );
    assert!(
        doc.entities.iter().all(|e| e
            .mentions
            .iter()
            .all(|m| !m.text.ends_with("militants") || m.text.contains("Hamas"))),
        "`militants` after a name is that name's"
    );
}

#[test]
fn indonesian_counting_words_open_the_group() {
    let doc = run(
        "JAKARTA - Ratusan warga memblokade jalan menuju Jakarta Utara, Senin, kata polisi \
         di Jakarta, Indonesia. Sekelompok orang tak dikenal menembak pos polisi di Jakarta.",
        "id",
        None,
    );
    assert_eq!(actor(&doc, "Ratusan warga").as_deref(), Some("IDNCVL"));
    assert_eq!(
        actor(&doc, "Sekelompok orang tak dikenal").as_deref(),
        Some("IDNCRM")
    );
}
