//! `warta eval time`: temporal expressions against TimeML gold (TimeBank /
//! IndoTimex `.tml` files). Each file's text is segmented and run through
//! the time stage with the file's creation time (DCT) as the document
//! date; scores are TempEval-3 style (see `warta_time::eval`): recognition
//! strict (exact span) and lenient (overlap) P/R/F1, type accuracy, and
//! value (normalisation) P/R/F1 over lenient matches.

use std::path::PathBuf;

use anyhow::Context;
use clap::Args;
use warta_core::Stage;
use warta_text::Segmenter;
use warta_time::{TimeOptions, TimeStage, eval, timeml};

use crate::Status;

/// Options of `warta eval time`.
#[derive(Args, Debug)]
pub struct TimeArgs {
    /// TimeML files, or folders searched recursively for `*.tml`.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Language of the texts.
    #[arg(long, default_value = "id")]
    pub lang: String,
    /// Write predictions as TSV (`file, start, end, text, type, value`) here.
    #[arg(long)]
    pub predictions: Option<PathBuf>,
}

/// Runs `warta eval time`.
pub fn run(args: TimeArgs) -> anyhow::Result<Status> {
    let files = timeml::collect_files(&args.paths)?;
    anyhow::ensure!(
        !files.is_empty(),
        "no .tml files found under the given paths"
    );
    let mut docs = Vec::with_capacity(files.len());
    let mut status = Status::Ok;
    for f in &files {
        match timeml::read(f) {
            Ok(d) => docs.push(d),
            Err(e) => {
                eprintln!("warta: skipping {}: {e}", f.display());
                status = Status::Partial;
            }
        }
    }
    let stage =
        TimeStage::with_options(&TimeOptions::default()).context("loading the time resources")?;
    let segmenter = Segmenter::new();
    let prepare: [&dyn Stage; 1] = [&segmenter];
    let report = eval::evaluate(&docs, |d| eval::annotate(d, &args.lang, &prepare, &stage));
    if let Some(path) = &args.predictions {
        std::fs::write(path, eval::predictions_tsv(&report))
            .with_context(|| format!("cannot write predictions to {}", path.display()))?;
    }
    print!("{}", eval::render(&report));
    Ok(status)
}
