//! `warta eval plover`: PLOVER event types (and actors) against the PLOVER
//! gold standard records (`PLOVER_GSR_CAMEO.json`, English example
//! sentences with `event`, `source`/`target` actor codes).

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::Context;
use clap::Args;
use serde_json::Value;
use warta::{LanguageChoice, Outcome, Pipeline, PipelineOptions};
use warta_core::{Document, Event, SourceInfo};

use crate::Status;

/// Options of `warta eval plover`.
///
/// Each record's `text` runs through the English pipeline. The record's
/// `event` is mapped to PLOVER v2 where the file uses older names (DEMAND ->
/// REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT).
/// A prediction (a non-negated event) is correct when its type equals the
/// record's and, where the record gives source codes, the first three letters
/// of its source actor are one of them; likewise for target codes. A record
/// is found when one prediction is correct. Per-type and overall precision
/// (correct predictions / predictions) and recall (found records / records)
/// are printed, first for types alone, last for types with actors.
#[derive(Args, Debug)]
pub struct PloverArgs {
    /// `PLOVER_GSR_CAMEO.json`.
    pub gold: PathBuf,
    /// Print each record's gold and predicted events.
    #[arg(long)]
    pub verbose: bool,
    /// Score only half of the records, split by the parity of the number
    /// that ends each record id (`PLOVER-GSR01-AGREE-0002` is even): tune on
    /// `even`, report `odd` as the held-out estimate. Default: all records.
    #[arg(long, value_enum)]
    pub half: Option<Half>,
}

/// One half of the gold records (see `--half`).
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Half {
    /// Records whose id ends in an even number (the tuning half).
    Even,
    /// Records whose id ends in an odd number (the held-out half).
    Odd,
}

/// Whether a record id falls in `half`: the parity of the digits that end
/// it, or of its position in the file when the id has no trailing number.
fn in_half(id: &str, index: usize, half: Half) -> bool {
    let digits: String = id
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let n = digits.parse::<u64>().unwrap_or(index as u64);
    (n % 2 == 0) == (half == Half::Even)
}

fn v2(event: &str) -> &str {
    match event {
        "DEMAND" => "REQUEST",
        "DISAPPROVE" | "INVESTIGATE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        other => other,
    }
}

fn codes(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x["code"].as_str())
                .map(|c| c.chars().take(3).collect::<String>().to_uppercase())
                .collect()
        })
        .unwrap_or_default()
}

#[derive(Default, Clone, Copy)]
struct Counts {
    records: usize,
    found: usize,
    predicted: usize,
    correct: usize,
}

fn prf(c: &Counts) -> (f64, f64, f64) {
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (p, r) = (ratio(c.correct, c.predicted), ratio(c.found, c.records));
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

fn actor_country(e: &Option<warta_core::ActorRef>) -> String {
    e.as_ref()
        .and_then(|a| a.actor.as_deref())
        .unwrap_or("")
        .chars()
        .take(3)
        .collect()
}

/// Runs `warta eval plover`.
pub fn run(args: PloverArgs) -> anyhow::Result<Status> {
    let raw = std::fs::read_to_string(&args.gold)
        .with_context(|| format!("cannot read {}", args.gold.display()))?;
    let records: Vec<Value> = serde_json::from_str(&raw).with_context(|| {
        format!(
            "{} is not a JSON array of PLOVER records",
            args.gold.display()
        )
    })?;
    let pipeline = Pipeline::new(PipelineOptions {
        language: LanguageChoice::Force("en".into()),
        ..Default::default()
    })?;
    let mut types: BTreeMap<String, Counts> = BTreeMap::new();
    let (mut by_type, mut with_actors) = (Counts::default(), Counts::default());
    for (index, r) in records.iter().enumerate() {
        if let Some(half) = args.half {
            if !in_half(r["id"].as_str().unwrap_or(""), index, half) {
                continue;
            }
        }
        let (Some(text), Some(event)) = (r["text"].as_str(), r["event"].as_str()) else {
            continue;
        };
        if event == "DOCUMENT" {
            continue;
        }
        let gold_type = v2(event).to_string();
        let (src, tgt) = (codes(&r["source"]), codes(&r["target"]));
        let doc = Document::new(text.to_string(), SourceInfo::default());
        let Outcome::Done(doc) = pipeline.process(doc) else {
            continue;
        };
        let predicted: Vec<&Event> = doc
            .events
            .iter()
            .filter(|e| !e.aux.iter().any(|a| a == "negation"))
            .collect();
        let type_ok = |e: &Event| e.plover == gold_type;
        let actors_ok = |e: &Event| {
            type_ok(e)
                && (src.is_empty() || src.contains(&actor_country(&e.source)))
                && (tgt.is_empty() || tgt.contains(&actor_country(&e.target)))
        };
        let t = types.entry(gold_type.clone()).or_default();
        t.records += 1;
        by_type.records += 1;
        with_actors.records += 1;
        if predicted.iter().any(|e| type_ok(e)) {
            t.found += 1;
            by_type.found += 1;
        }
        if predicted.iter().any(|e| actors_ok(e)) {
            with_actors.found += 1;
        }
        for e in &predicted {
            let p = types.entry(e.plover.clone()).or_default();
            p.predicted += 1;
            by_type.predicted += 1;
            with_actors.predicted += 1;
            if type_ok(e) {
                p.correct += 1;
                by_type.correct += 1;
            }
            if actors_ok(e) {
                with_actors.correct += 1;
            }
        }
        if args.verbose {
            let got: Vec<String> = predicted
                .iter()
                .map(|e| {
                    format!(
                        "{} {}->{}",
                        e.plover,
                        actor_country(&e.source),
                        actor_country(&e.target)
                    )
                })
                .collect();
            println!(
                "{}\t{gold_type} {src:?}->{tgt:?}\t{got:?}\t{text}",
                r["id"].as_str().unwrap_or("")
            );
        }
    }
    println!(
        "{:<10} {:>7} {:>5} {:>9} {:>9} {:>7}",
        "type", "records", "pred", "precision", "recall", "f1"
    );
    for (ty, c) in &types {
        let (p, r, f) = prf(c);
        println!(
            "{ty:<10} {:>7} {:>5} {p:>9.4} {r:>9.4} {f:>7.4}",
            c.records, c.predicted
        );
    }
    let (p, r, f) = prf(&by_type);
    println!("type only: precision={p:.4} recall={r:.4} f1={f:.4}");
    let (p, r, f) = prf(&with_actors);
    println!(
        "records={} predicted={} (type and actors below)",
        with_actors.records, with_actors.predicted
    );
    println!("precision={p:.4} recall={r:.4} f1={f:.4}");
    Ok(Status::Ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_split_by_the_trailing_id_number() {
        assert!(in_half("PLOVER-GSR01-AGREE-0002", 7, Half::Even));
        assert!(!in_half("PLOVER-GSR01-AGREE-0002", 7, Half::Odd));
        assert!(in_half("PLOVER-GSR01-AGREE-0011", 0, Half::Odd));
        // No trailing number: the position in the file decides.
        assert!(in_half("", 3, Half::Odd));
        assert!(in_half("x", 4, Half::Even));
    }
}
