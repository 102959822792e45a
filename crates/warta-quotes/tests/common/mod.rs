//! Helpers to build hand-annotated documents for the quote tests.

#![allow(dead_code)]

use warta_core::{
    Document, Entity, EntityType, LanguageInfo, Mention, Quote, Sentence, SourceInfo, Stage,
    TimeExpr, TimeType,
};
use warta_quotes::QuoteStage;

/// A document with line-based sentences and the given language.
pub fn doc(text: &str, lang: &str) -> Document {
    let mut d = Document::new(text.to_string(), SourceInfo::default());
    d.language = LanguageInfo {
        code: lang.into(),
        confidence: 1.0,
        method: "forced".into(),
    };
    let mut pos = 0;
    for line in text.split('\n') {
        let n = line.chars().count();
        if !line.trim().is_empty() {
            d.sentences.push(Sentence {
                start: pos,
                end: pos + n,
            });
        }
        pos += n + 1;
    }
    d
}

/// Code point offsets of every occurrence of `needle` in `text`.
pub fn spans(text: &str, needle: &str) -> Vec<(usize, usize)> {
    let n = needle.chars().count();
    text.match_indices(needle)
        .map(|(b, _)| {
            let s = text[..b].chars().count();
            (s, s + n)
        })
        .collect()
}

/// Adds an entity with a mention at every occurrence of each surface form.
pub fn entity(
    d: &mut Document,
    kind: EntityType,
    canonical: &str,
    role: Option<&str>,
    forms: &[&str],
) -> String {
    let id = format!("E{}", d.entities.len() + 1);
    let mut mentions: Vec<Mention> = Vec::new();
    for f in forms {
        for (s, e) in spans(&d.text, f) {
            // Skip occurrences inside a longer mention already added.
            if mentions.iter().any(|m| m.start <= s && e <= m.end) {
                continue;
            }
            mentions.push(Mention {
                start: s,
                end: e,
                text: f.to_string(),
                sentence: d.sentence_at(s).unwrap_or(0),
                rule: "test".into(),
            });
        }
    }
    mentions.sort_by_key(|m| m.start);
    d.entities.push(Entity {
        id: id.clone(),
        kind,
        canonical: canonical.into(),
        role: role.map(str::to_string),
        country: None,
        sector: None,
        actor: None,
        mentions,
        geo: None,
        rule: "test".into(),
    });
    id
}

/// Marks a time expression at the first occurrence of `form`.
pub fn time(d: &mut Document, form: &str) {
    let (s, e) = spans(&d.text, form)[0];
    d.times.push(TimeExpr {
        start: s,
        end: e,
        text: form.into(),
        sentence: d.sentence_at(s).unwrap_or(0),
        kind: TimeType::Date,
        value: "XXXX".into(),
        anchor: None,
        modifier: None,
        rule: "test".into(),
    });
    d.times.sort_by_key(|t| t.start);
}

/// Runs the stage.
pub fn run(d: &mut Document) {
    let stage = QuoteStage::new();
    assert!(stage.problems().is_empty(), "{:?}", stage.problems());
    stage.process(d).expect("the quote stage never fails");
}

/// The quote whose content starts with `prefix`.
pub fn quote<'a>(d: &'a Document, prefix: &str, direct: bool) -> &'a Quote {
    d.quotes
        .iter()
        .find(|q| q.text.starts_with(prefix) && q.direct == direct)
        .unwrap_or_else(|| {
            panic!(
                "no {} quote starting {prefix:?} in {:#?}",
                if direct { "direct" } else { "indirect" },
                d.quotes
            )
        })
}

/// Checks that every quote's text is the slice its offsets name.
pub fn offsets_consistent(d: &Document) {
    let chars: Vec<char> = d.text.chars().collect();
    for q in &d.quotes {
        let s: String = chars[q.start..q.end].iter().collect();
        assert_eq!(s, q.text, "quote {} offsets", q.id);
    }
    for s in &d.sources {
        let t: String = chars[s.start..s.end].iter().collect();
        assert_eq!(t, s.text, "source offsets");
    }
}
