//! `warta eval petrarch`: CAMEO codes against the PETRARCH2 unit-test
//! records (`PETR.UnitTest.records.xml`).
//!
//! The records use invented actors (Arnor, Gondor, ...). Their names come
//! from the validation actor dictionary (`PETR.Validate.actors.txt`, looked
//! up next to the XML in `validation_dictionaries/` unless `--actors` says
//! otherwise) and are loaded for this eval only: each sentence runs through
//! the English pipeline, its entities are replaced by the dictionary actors
//! found in the text, and the event stage codes it again.

use std::path::PathBuf;

use anyhow::Context;
use clap::Args;
use warta::{LanguageChoice, Outcome, Pipeline, PipelineOptions};
use warta_core::{Document, Entity, EntityType, Mention, SourceInfo, Stage};
use warta_events::EventStage;

use crate::Status;

/// Options of `warta eval petrarch`.
///
/// Each `<Sentence>` with `<EventCoding sourcecode targetcode eventcode>`
/// lines is one gold set of CAMEO codes (records marked `noevents` expect
/// none; records with `error` codings are skipped). Predicted events (not
/// negated) give the predicted codes. Codes are compared as multisets per
/// sentence, ignoring actors, at two levels: full code (`0312` = `0312`)
/// and root (first two digits: `03`). The last line is the root score.
#[derive(Args, Debug)]
pub struct PetrarchArgs {
    /// `PETR.UnitTest.records.xml`.
    pub records: PathBuf,
    /// Validation actor dictionary (default: `validation_dictionaries/PETR.Validate.actors.txt` next to the records).
    #[arg(long)]
    pub actors: Option<PathBuf>,
    /// Print each sentence's gold and predicted codes.
    #[arg(long)]
    pub verbose: bool,
}

/// One test record.
struct Record {
    id: String,
    text: String,
    codes: Vec<String>,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!("{name}="))? + name.len() + 1;
    let rest = tag[at..].trim_start();
    let quote = rest.chars().next()?;
    let body = &rest[quote.len_utf8()..];
    Some(body[..body.find(quote)?].to_string())
}

/// A lenient reader: only `<Sentence>`, `<EventCoding>` and `<Text>` matter.
fn read_records(xml: &str) -> Vec<Record> {
    let mut out = Vec::new();
    for chunk in xml.split("<Sentence ").skip(1) {
        let Some(head_end) = chunk.find('>') else {
            continue;
        };
        let id = attr(&chunk[..head_end], "id").unwrap_or_default();
        let body = &chunk[..chunk.find("</Sentence>").unwrap_or(chunk.len())];
        let Some(text) = body
            .split_once("<Text>")
            .and_then(|(_, t)| t.split_once("</Text>"))
            .map(|(t, _)| t.split_whitespace().collect::<Vec<_>>().join(" "))
        else {
            continue;
        };
        let mut codes = Vec::new();
        let mut skip = false;
        for coding in body.split("<EventCoding").skip(1) {
            let tag = &coding[..coding.find('>').unwrap_or(coding.len())];
            if tag.contains("error") {
                skip = true;
            }
            if let Some(code) = attr(tag, "eventcode") {
                codes.push(code);
            }
        }
        if !skip {
            out.push(Record { id, text, codes });
        }
    }
    out
}

/// Actor names (upper case, spaces) and codes from the validation dictionary.
fn read_actors(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut group: Vec<String> = Vec::new();
    let mut code: Option<String> = None;
    let mut flush = |group: &mut Vec<String>, code: &mut Option<String>| {
        if let Some(c) = code.take() {
            for n in group.iter() {
                out.push((n.clone(), c.clone()));
            }
        }
        group.clear();
    };
    for raw in text.lines() {
        let line = raw.split('#').next().unwrap_or("").trim_end();
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with("<!--") || trimmed.starts_with("-->") {
            continue;
        }
        let bracket = trimmed
            .find('[')
            .and_then(|a| Some((a, a + trimmed[a..].find(']')?)));
        let first_code = bracket.and_then(|(a, b)| {
            trimmed[a + 1..b]
                .split_whitespace()
                .next()
                .map(String::from)
        });
        let name_part = bracket.map_or(trimmed, |(a, _)| &trimmed[..a]);
        let name = name_part
            .trim_start_matches('+')
            .replace('_', " ")
            .trim()
            .to_uppercase();
        if let Some(syn) = trimmed.strip_prefix('+') {
            let _ = syn;
            if !name.is_empty() {
                group.push(name);
            }
        } else if trimmed.starts_with('[') {
            if code.is_none() {
                code = first_code;
            }
        } else {
            flush(&mut group, &mut code);
            if !name.is_empty() {
                group.push(name);
            }
            code = first_code;
        }
        if code.as_deref() == Some("---") {
            code = None;
        }
    }
    flush(&mut group, &mut code);
    out.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
    out
}

/// Replaces the document's entities with the dictionary actors found in it.
fn tag_actors(doc: &mut Document, actors: &[(String, String)]) {
    let upper: Vec<char> = doc.text.to_uppercase().chars().collect();
    let chars: Vec<char> = doc.text.chars().collect();
    if upper.len() != chars.len() {
        return; // case mapping changed lengths: leave the text untagged
    }
    let mut taken = vec![false; chars.len()];
    let mut entities: Vec<Entity> = Vec::new();
    for (name, code) in actors {
        let n: Vec<char> = name.chars().collect();
        let mut i = 0;
        while i + n.len() <= upper.len() {
            let edge_ok = (i == 0 || !upper[i - 1].is_alphanumeric())
                && upper
                    .get(i + n.len())
                    .is_none_or(|c| !c.is_alphanumeric() || *c == 'S');
            if upper[i..i + n.len()] == n[..]
                && edge_ok
                && !taken[i..i + n.len()].iter().any(|&t| t)
            {
                taken[i..i + n.len()].iter_mut().for_each(|t| *t = true);
                let id = format!("E{}", entities.len() + 1);
                entities.push(Entity {
                    id,
                    kind: EntityType::Organization,
                    canonical: name.clone(),
                    role: None,
                    country: code.get(..3).map(String::from),
                    sector: None,
                    actor: Some(code.clone()),
                    mentions: vec![Mention {
                        start: i,
                        end: i + n.len(),
                        text: chars[i..i + n.len()].iter().collect(),
                        sentence: doc.sentence_at(i).unwrap_or(0),
                        rule: "eval:petrarch:validation_actor".into(),
                    }],
                    geo: None,
                    rule: "eval:petrarch:validation_actor".into(),
                });
                i += n.len();
            } else {
                i += 1;
            }
        }
    }
    doc.entities = entities;
}

#[derive(Default)]
struct Tally {
    gold: usize,
    predicted: usize,
    correct: usize,
}

impl Tally {
    fn add(&mut self, gold: &[String], predicted: &[String]) {
        self.gold += gold.len();
        self.predicted += predicted.len();
        let mut left = gold.to_vec();
        for p in predicted {
            if let Some(i) = left.iter().position(|g| g == p) {
                left.remove(i);
                self.correct += 1;
            }
        }
    }
    fn line(&self) -> String {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let (p, r) = (
            ratio(self.correct, self.predicted),
            ratio(self.correct, self.gold),
        );
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        format!("precision={p:.4} recall={r:.4} f1={f:.4}")
    }
}

/// Runs `warta eval petrarch`.
pub fn run(args: PetrarchArgs) -> anyhow::Result<Status> {
    let xml = std::fs::read_to_string(&args.records)
        .with_context(|| format!("cannot read {}", args.records.display()))?;
    let actors_path = args.actors.clone().unwrap_or_else(|| {
        args.records
            .parent()
            .unwrap_or(std::path::Path::new("."))
            .join("validation_dictionaries/PETR.Validate.actors.txt")
    });
    let actors = read_actors(&std::fs::read_to_string(&actors_path).with_context(|| {
        format!(
            "cannot read the validation actors {} (use --actors)",
            actors_path.display()
        )
    })?);
    let records = read_records(&xml);
    anyhow::ensure!(
        !records.is_empty(),
        "no <Sentence> records with <Text> in {}",
        args.records.display()
    );
    let pipeline = Pipeline::new(PipelineOptions {
        language: LanguageChoice::Force("en".into()),
        ..Default::default()
    })?;
    let events = EventStage::new();
    let (mut full, mut root) = (Tally::default(), Tally::default());
    for r in &records {
        let doc = Document::new(r.text.clone(), SourceInfo::default());
        let Outcome::Done(mut doc) = pipeline.process(doc) else {
            continue;
        };
        tag_actors(&mut doc, &actors);
        events
            .process(&mut doc)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let predicted: Vec<String> = doc
            .events
            .iter()
            .filter(|e| !e.aux.iter().any(|a| a == "negation"))
            .filter_map(|e| e.cameo.clone())
            .collect();
        let roots = |v: &[String]| -> Vec<String> {
            v.iter().map(|c| c.chars().take(2).collect()).collect()
        };
        full.add(&r.codes, &predicted);
        root.add(&roots(&r.codes), &roots(&predicted));
        if args.verbose {
            println!(
                "{}\tgold={:?}\tpredicted={:?}\t{}",
                r.id, r.codes, predicted, r.text
            );
        }
    }
    println!(
        "records={} actors={} gold_codes={} predicted_codes={}",
        records.len(),
        actors.len(),
        full.gold,
        full.predicted
    );
    println!("full code: {}", full.line());
    println!("root code: {}", root.line());
    println!("{}", root.line());
    Ok(Status::Ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_and_actors_are_read_leniently() {
        let xml = r#"<Sentences><Sentence date="1" id="T-1" category="X">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor will share
intelligence with Gondor.
</Text><Parse>(ROOT)</Parse></Sentence>
<Sentence id="T-2"><EventCoding noevents = "True"></EventCoding><Text>Nothing.</Text></Sentence></Sentences>"#;
        let r = read_records(xml);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].codes, vec!["064"]);
        assert_eq!(r[0].text, "Arnor will share intelligence with Gondor.");
        assert!(r[1].codes.is_empty());
        let a = read_actors(
            "<!-- x -->\nGONDOR [GON]\n+MINAS_TIRITH\nGOLLUM # c\n\t[HOB < 950601]\nBOROMIR [---]\n",
        );
        assert!(a.contains(&("MINAS TIRITH".into(), "GON".into())));
        assert!(a.contains(&("GOLLUM".into(), "HOB".into())));
        assert!(!a.iter().any(|(n, _)| n == "BOROMIR"));
    }
}
