//! Shared helpers of the coder tests: documents whose entities are placed by
//! the test (as the entity stage would), and a one-line rendering of events.

use warta_core::{ActorRef, Document, Entity, EntityType, Mention, Quote, SourceInfo, Stage};
use warta_events::EventStage;

/// An entity of a test document: (canonical name, type, actor code, further
/// surface forms). Every exact, word-bounded occurrence of the name or a form
/// becomes a mention; the line of the occurrence is its sentence.
pub type TestEntity<'a> = (&'a str, EntityType, &'a str, &'a [&'a str]);

/// A document in `lang` dated `date`, one sentence per line.
pub fn doc_with_forms(text: &str, lang: &str, date: &str, ents: &[TestEntity]) -> Document {
    let mut d = Document::new(text.to_string(), SourceInfo::default());
    d.language.code = lang.into();
    d.date = Some(date.into());
    let chars: Vec<char> = text.chars().collect();
    let line_of = |i: usize| chars[..i].iter().filter(|&&c| c == '\n').count();
    for (n, (name, kind, actor, forms)) in ents.iter().enumerate() {
        let mut mentions = Vec::new();
        for form in std::iter::once(name).chain(forms.iter()) {
            let f: Vec<char> = form.chars().collect();
            let mut i = 0;
            while i + f.len() <= chars.len() {
                let bounded = (i == 0 || !chars[i - 1].is_alphanumeric())
                    && chars.get(i + f.len()).is_none_or(|c| !c.is_alphanumeric());
                if chars[i..i + f.len()] == f[..] && bounded {
                    mentions.push(Mention {
                        start: i,
                        end: i + f.len(),
                        text: form.to_string(),
                        sentence: line_of(i),
                        rule: String::new(),
                    });
                    i += f.len();
                } else {
                    i += 1;
                }
            }
        }
        mentions.sort_by_key(|m| m.start);
        d.entities.push(Entity {
            id: format!("E{}", n + 1),
            kind: *kind,
            canonical: name.to_string(),
            role: None,
            country: Some(actor[..3].to_string()),
            sector: None,
            actor: Some(actor.to_string()),
            mentions,
            geo: None,
            rule: "test".into(),
        });
    }
    d
}

/// [`doc_with_forms`] for entities named only by their canonical name.
#[allow(dead_code)] // not every test file uses both constructors
pub fn doc(text: &str, lang: &str, date: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    let ents: Vec<TestEntity> = ents.iter().map(|&(n, k, a)| (n, k, a, &[][..])).collect();
    doc_with_forms(text, lang, date, &ents)
}

/// Runs the event stage; one line per event: `TYPE SOURCE->TARGET [aux]`,
/// with the CAMEO code before the aux list when `with_cameo`, and
/// `TARGET~way` for a counterpart target (`KEN~domestic`).
pub fn run(d: &mut Document, with_cameo: bool) -> Vec<String> {
    EventStage::new().process(d).unwrap();
    let actor = |a: &Option<ActorRef>| a.as_ref().and_then(|s| s.actor.clone()).unwrap_or_default();
    d.events
        .iter()
        .map(|e| {
            let cameo = if with_cameo {
                format!("{} ", e.cameo.clone().unwrap_or_default())
            } else {
                String::new()
            };
            // A target the clause does not name (counterpart.rs) shows how
            // it was found: `KEN~domestic`.
            let way = e
                .rule
                .split_once("+target:")
                .map(|(_, w)| format!("~{w}"))
                .unwrap_or_default();
            format!(
                "{} {}->{}{way} {cameo}[{}]",
                e.plover,
                actor(&e.source),
                actor(&e.target),
                e.aux.join(",")
            )
        })
        .collect()
}

/// Whether one of the `run` lines starts with `prefix` (`ACCUSE IGO->RUS`).
#[allow(dead_code)] // not every test file uses it
pub fn has(got: &[String], prefix: &str) -> bool {
    got.iter().any(|g| g.starts_with(prefix))
}

/// Short entity types for the `doc` tables of the tests.
#[allow(dead_code)]
pub const P: EntityType = EntityType::Person;
/// A place.
#[allow(dead_code)]
pub const L: EntityType = EntityType::Location;
/// An organisation.
#[allow(dead_code)]
pub const O: EntityType = EntityType::Organization;

/// Adds a direct quote of the first `content` in `d`, said by entity
/// `speaker` in sentence `sentence` (as the quote stage would).
#[allow(dead_code)]
pub fn add_quote(d: &mut Document, content: &str, speaker: &str, sentence: usize) {
    let byte = d.text.find(content).expect("quote content in the text");
    let start = d.text[..byte].chars().count();
    d.quotes.push(Quote {
        id: format!("Q{}", d.quotes.len() + 1),
        start,
        end: start + content.chars().count(),
        text: content.into(),
        direct: true,
        speaker: Some(speaker.into()),
        speaker_name: None,
        speaker_role: None,
        verb: Some("kata".into()),
        via: Vec::new(),
        sentence,
        rule: "test".into(),
    });
}
