//! `warta eval events`: coded events against gold files in the format of the
//! seed annotations (`*.gold.json`). Each gold file's article (its `doc`
//! field, next to the gold file) runs through the full pipeline with the
//! gold's language forced (detected when the gold names none) and the document date inferred as `warta extract`
//! does. Scoring is `warta_events::gold` (matching rule in `--help`).

use std::collections::BTreeMap;
use std::path::PathBuf;

use clap::Args;
use warta::{LanguageChoice, Outcome, Pipeline, PipelineOptions};
use warta_core::{Document, SourceInfo};
use warta_events::gold::{GoldFile, Score};

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
/// required nor penalized. Predicted events with aux `negation` are left out
/// (they assert that the event did not happen).
#[derive(Args, Debug)]
pub struct EventsArgs {
    /// Gold files (`*.gold.json`, seed format).
    #[arg(required = true)]
    pub gold: Vec<PathBuf>,
    /// Also print each missing gold event and each extra prediction, each
    /// led by the article's path.
    #[arg(long)]
    pub verbose: bool,
}

/// Runs `warta eval events`.
pub fn run(args: EventsArgs) -> anyhow::Result<Status> {
    let mut score = Score::default();
    // One pipeline per gold language (`None`: detected per article).
    let mut pipelines: BTreeMap<Option<String>, Pipeline> = BTreeMap::new();
    let mut status = Status::Ok;
    for path in &args.gold {
        let (mut gold, article, text) = GoldFile::read(path).map_err(anyhow::Error::msg)?;
        // The verbose lines name the article by the path it was read from, so
        // two banks' `id_protest.txt` stay apart.
        gold.doc = article.display().to_string();
        if !pipelines.contains_key(&gold.language) {
            let language = match &gold.language {
                Some(code) => LanguageChoice::Force(code.clone()),
                None => LanguageChoice::Auto,
            };
            let options = PipelineOptions {
                language,
                ..Default::default()
            };
            pipelines.insert(gold.language.clone(), Pipeline::new(options)?);
        }
        let doc = Document::new(
            text,
            SourceInfo {
                path: article.display().to_string(),
                format: "txt".into(),
                ..Default::default()
            },
        );
        match pipelines[&gold.language].process(doc) {
            Outcome::Done(doc) => score.add(&gold, &doc),
            Outcome::Skipped { reason, .. } => {
                eprintln!("warta: {}: skipped: {reason}", article.display());
                status = Status::Partial;
            }
            Outcome::Failed { error, .. } => {
                eprintln!("warta: {}: {error}", article.display());
                status = Status::Partial;
            }
        }
    }
    print!("{}", score.render(args.verbose));
    Ok(status)
}
