//! `warta eval events`: coded events against gold files in the format of the
//! seed annotations (`*.gold.json`: `doc`, `language`, `events` with `line`,
//! `accept`, `source`, `target`, `optional`).
//!
//! Each gold file's article (its `doc` field, next to the gold file) runs
//! through the full pipeline with the gold's language forced and the
//! document date inferred as `warta extract` does.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Args;
use serde_json::Value;
use warta::{LanguageChoice, Outcome, Pipeline, PipelineOptions};
use warta_core::{Document, Event, SourceInfo};

use crate::Status;

/// Options of `warta eval events`.
///
/// Matching rule (as `score_seed.py`): a predicted event matches a gold
/// event when it starts on the gold's line (0-based line of the article
/// text), its PLOVER type is in the gold's `accept` list, and the first
/// three letters (country) of its source and target actor codes are among
/// the gold's `|`-separated alternatives (an empty gold source/target
/// accepts anything). Recall counts required (non-`optional`) gold events
/// matched by some prediction; precision counts predictions matching any
/// gold event, optional ones included, so optional events are neither
/// required nor penalized.
#[derive(Args, Debug)]
pub struct EventsArgs {
    /// Gold files (`*.gold.json`, seed format).
    #[arg(required = true)]
    pub gold: Vec<PathBuf>,
    /// Print each gold event and what was found for it.
    #[arg(long)]
    pub verbose: bool,
}

fn line_of(text: &str, offset: usize) -> usize {
    text.chars().take(offset).filter(|&c| c == '\n').count()
}

fn country(actor: Option<&str>) -> String {
    actor
        .unwrap_or("")
        .chars()
        .take(3)
        .collect::<String>()
        .to_uppercase()
}

fn matches(gold: &Value, text: &str, e: &Event) -> bool {
    if gold["line"].as_u64() != Some(line_of(text, e.start) as u64) {
        return false;
    }
    let accepted = gold["accept"]
        .as_array()
        .is_some_and(|a| a.iter().any(|t| t.as_str() == Some(e.plover.as_str())));
    let side = |field: &str, actor: Option<&str>| {
        let want = gold[field].as_str().unwrap_or("");
        want.is_empty() || want.split('|').any(|w| w == country(actor))
    };
    accepted
        && side("source", e.source.as_ref().and_then(|s| s.actor.as_deref()))
        && side("target", e.target.as_ref().and_then(|s| s.actor.as_deref()))
}

/// Counts per PLOVER type.
#[derive(Default)]
struct Counts {
    predicted: usize,
    correct: usize,
    gold: usize,
    found: usize,
}

fn prf(c: &Counts) -> (f64, f64, f64) {
    let p = if c.predicted == 0 {
        0.0
    } else {
        c.correct as f64 / c.predicted as f64
    };
    let r = if c.gold == 0 {
        0.0
    } else {
        c.found as f64 / c.gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

fn run_pipeline(pipeline: &Pipeline, path: &Path, text: String) -> anyhow::Result<Document> {
    let doc = Document::new(
        text,
        SourceInfo {
            path: path.display().to_string(),
            format: "txt".into(),
            ..Default::default()
        },
    );
    match pipeline.process(doc) {
        Outcome::Done(d) => Ok(*d),
        Outcome::Skipped { reason, .. } => anyhow::bail!("{}: skipped: {reason}", path.display()),
        Outcome::Failed { error, .. } => anyhow::bail!("{}: {error}", path.display()),
    }
}

/// Runs `warta eval events`.
pub fn run(args: EventsArgs) -> anyhow::Result<Status> {
    let mut by_type: BTreeMap<String, Counts> = BTreeMap::new();
    let mut total = Counts::default();
    let mut pipelines: BTreeMap<String, Pipeline> = BTreeMap::new();
    for gold_path in &args.gold {
        let gold: Value = serde_json::from_str(
            &std::fs::read_to_string(gold_path)
                .with_context(|| format!("cannot read gold file {}", gold_path.display()))?,
        )
        .with_context(|| format!("{} is not valid JSON", gold_path.display()))?;
        let doc_name = gold["doc"].as_str().with_context(|| {
            format!("{}: no `doc` field naming the article", gold_path.display())
        })?;
        let article = gold_path.parent().unwrap_or(Path::new(".")).join(doc_name);
        let text = std::fs::read_to_string(&article).with_context(|| {
            format!(
                "cannot read article {} (named by {})",
                article.display(),
                gold_path.display()
            )
        })?;
        let lang = gold["language"].as_str().unwrap_or("id").to_string();
        if !pipelines.contains_key(&lang) {
            let p = Pipeline::new(PipelineOptions {
                language: LanguageChoice::Force(lang.clone()),
                ..Default::default()
            })?;
            pipelines.insert(lang.clone(), p);
        }
        let doc = run_pipeline(&pipelines[&lang], &article, text)?;
        let golds: Vec<Value> = gold["events"].as_array().cloned().unwrap_or_default();
        for g in &golds {
            let ty = g["plover"].as_str().unwrap_or("?").to_string();
            if g["optional"].as_bool() == Some(true) {
                continue;
            }
            let hit = doc.events.iter().any(|e| matches(g, &doc.text, e));
            let c = by_type.entry(ty.clone()).or_default();
            c.gold += 1;
            total.gold += 1;
            if hit {
                c.found += 1;
                total.found += 1;
            }
            if args.verbose {
                println!(
                    "{} line {} {ty} {}: {}",
                    doc_name,
                    g["line"],
                    g["id"],
                    if hit { "ok" } else { "MISSING" }
                );
            }
        }
        for e in &doc.events {
            let ok = golds.iter().any(|g| matches(g, &doc.text, e));
            let c = by_type.entry(e.plover.clone()).or_default();
            c.predicted += 1;
            total.predicted += 1;
            if ok {
                c.correct += 1;
                total.correct += 1;
            }
            if args.verbose && !ok {
                println!(
                    "{} line {} extra {} {:?}->{:?} trigger={:?} rule={}",
                    doc_name,
                    line_of(&doc.text, e.start),
                    e.plover,
                    e.source.as_ref().and_then(|s| s.actor.clone()),
                    e.target.as_ref().and_then(|s| s.actor.clone()),
                    e.trigger,
                    e.rule
                );
            }
        }
    }
    println!(
        "{:<10} {:>5} {:>5} {:>9} {:>9} {:>7}",
        "type", "gold", "pred", "precision", "recall", "f1"
    );
    for (ty, c) in &by_type {
        let (p, r, f) = prf(c);
        println!(
            "{ty:<10} {:>5} {:>5} {p:>9.4} {r:>9.4} {f:>7.4}",
            c.gold, c.predicted
        );
    }
    let (p, r, f) = prf(&total);
    println!(
        "files={} gold={} predicted={} correct={} found={}",
        args.gold.len(),
        total.gold,
        total.predicted,
        total.correct,
        total.found
    );
    println!("precision={p:.4} recall={r:.4} f1={f:.4}");
    Ok(Status::Ok)
}
