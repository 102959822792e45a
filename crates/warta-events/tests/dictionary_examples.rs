//! Every example sentence in the Indonesian predicate dictionary should be
//! coded by the coder, with the entry's own PLOVER type (or AGREE, for
//! planned cooperation). Names are marked by a simple rule (runs of
//! capitalized words, each its own actor) so that the check covers the
//! dictionary and the coder, not the entity stage.

use std::collections::HashSet;

use warta_core::{Document, Entity, EntityType, Mention, SourceInfo, Stage};
use warta_events::EventStage;

const DICTIONARY: &str = include_str!("../../../data/lang/id/events_predicates.tsv");

/// Capitalized runs become entities; a sentence-initial word that the
/// dictionary uses as a trigger word is not a name.
fn with_names(text: &str, trigger_words: &HashSet<String>) -> Document {
    let mut doc = Document::new(text.to_string(), SourceInfo::default());
    doc.language.code = "id".into();
    doc.date = Some("2024-05-01".into());
    let mut words: Vec<(usize, usize, String)> = Vec::new();
    let mut cur: Option<(usize, String)> = None;
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_alphanumeric() || (c == '-' && cur.is_some()) {
            cur.get_or_insert((i, String::new())).1.push(c);
        } else if let Some((s, w)) = cur.take() {
            words.push((s, i, w));
        }
    }
    if let Some((s, w)) = cur {
        words.push((s, chars.len(), w));
    }
    let mut k = 0;
    while k < words.len() {
        let is_name = |j: usize| {
            let w = &words[j].2;
            w.chars().next().is_some_and(char::is_uppercase)
                && !(j == 0 && trigger_words.contains(&w.to_lowercase()))
        };
        if !is_name(k) {
            k += 1;
            continue;
        }
        let start = k;
        while k + 1 < words.len() && is_name(k + 1) && words[k + 1].0 == words[k].1 + 1 {
            k += 1;
        }
        let (s, e) = (words[start].0, words[k].1);
        let name: String = chars[s..e].iter().collect();
        let code: String = name
            .chars()
            .filter(|c| c.is_alphabetic())
            .take(3)
            .collect::<String>()
            .to_uppercase();
        doc.entities.push(Entity {
            id: format!("E{}", doc.entities.len() + 1),
            kind: EntityType::Location,
            canonical: name.clone(),
            role: None,
            country: None,
            sector: None,
            actor: Some(format!("{code}{}", doc.entities.len())),
            mentions: vec![Mention {
                start: s,
                end: e,
                text: name,
                sentence: 0,
                rule: String::new(),
            }],
            geo: None,
            rule: "test:capitalized".into(),
        });
        k += 1;
    }
    doc
}

#[test]
fn dictionary_examples_are_coded_with_their_type() {
    let stage = EventStage::new();
    let rows: Vec<Vec<&str>> = DICTIONARY
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
        .collect();
    let trigger_words: HashSet<String> = rows
        .iter()
        .flat_map(|r| r[1].split_whitespace().map(str::to_lowercase))
        .collect();
    let (mut coded, mut total) = (0, 0);
    let mut misses = Vec::new();
    for r in &rows {
        let (id, plover, example) = (r[0], r[2], r[8]);
        let mut doc = with_names(example, &trigger_words);
        if doc.entities.len() < 2 && !r[7].contains("opt") {
            continue; // the example names no target: nothing to code
        }
        total += 1;
        stage.process(&mut doc).unwrap();
        let ok = doc.events.iter().any(|e| {
            e.plover == plover || (e.plover == "AGREE" && e.aux.contains(&"future".to_string()))
        });
        if ok {
            coded += 1;
        } else {
            misses.push(format!(
                "{id}: {example} -> {:?}",
                doc.events
                    .iter()
                    .map(|e| e.plover.clone())
                    .collect::<Vec<_>>()
            ));
        }
    }
    let rate = coded as f64 / total.max(1) as f64;
    assert!(total >= 250, "only {total} examples with names");
    eprintln!("{coded}/{total} dictionary examples coded");
    assert!(
        rate >= 0.9,
        "{coded}/{total} examples coded ({rate:.2}):\n{}",
        misses.join("\n")
    );
}

/// A broken row (a duplicate id, a bad code) makes a whole language table
/// fail to load; the stage then only warns on each document. The shipped
/// tables must load cleanly, in every language.
#[test]
fn shipped_tables_load_without_problems() {
    let stage = EventStage::new();
    assert!(stage.entry_count("id") >= 300, "Indonesian table loaded");
    assert!(stage.entry_count("en") >= 1000, "English table loaded");
    let mut doc = Document::new("Rusia dan Korea Utara.".into(), SourceInfo::default());
    doc.language.code = "id".into();
    stage.process(&mut doc).unwrap();
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}
