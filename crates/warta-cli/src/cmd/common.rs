//! What `extract` and `ingest` share: the input and pipeline options, and
//! the loop that streams inputs through the pipeline while reporting
//! warnings, skips and failures on stderr.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::Args;
use warta::{LanguageChoice, Outcome, Pipeline, PipelineOptions};
use warta_core::Document;
use warta_sources::{Input, ReadOptions};

/// Inputs and pipeline options common to the commands that extract.
#[derive(Args, Debug, Clone)]
pub struct InputArgs {
    /// Files or folders (recursive); `-` or nothing reads standard input.
    pub inputs: Vec<PathBuf>,
    /// Document language: `id`, `en`, or `auto` to detect it.
    #[arg(long, default_value = "auto")]
    pub lang: String,
    /// Document date (YYYY-MM-DD) for documents whose metadata and dateline give none.
    #[arg(long)]
    pub date: Option<String>,
    /// "Today" (YYYY-MM-DD) for resolving datelines without a year; default: the system date.
    #[arg(long)]
    pub now: Option<String>,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    /// Truncate body texts longer than this many bytes (with a warning).
    #[arg(long, default_value_t = warta_sources::DEFAULT_MAX_TEXT_BYTES)]
    pub max_text_bytes: usize,
}

impl InputArgs {
    /// The pipeline these arguments ask for.
    pub fn pipeline(&self, keep_tokens: bool) -> anyhow::Result<Pipeline> {
        Ok(Pipeline::new(PipelineOptions {
            language: match self.lang.as_str() {
                "auto" => LanguageChoice::Auto,
                code => LanguageChoice::Force(code.to_string()),
            },
            fallback_date: self.date.clone(),
            now: self.now.clone(),
            keep_tokens,
        })?)
    }

    /// Worker threads: `--jobs`, else every core.
    pub fn jobs(&self) -> usize {
        self.jobs.unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        })
    }

    /// Streams every input through `pipeline` (in input order) and hands
    /// each processed document to `on_document`. Warnings, skips and
    /// failures go to stderr; returns how many inputs, records or documents
    /// failed. `unit` names the documents in the progress bar.
    pub fn process(
        &self,
        pipeline: &Pipeline,
        unit: &str,
        mut on_document: impl FnMut(Box<Document>),
    ) -> usize {
        let (inputs, errors) = warta_sources::expand_inputs(&self.inputs);
        let mut failures = errors.len();
        for e in &errors {
            eprintln!("warta: {e}");
        }
        let read_opts = ReadOptions {
            max_text_bytes: self.max_text_bytes,
        };
        let progress = progress_bar(unit);
        let docs = inputs
            .into_iter()
            .flat_map(move |input: Input| warta_sources::read(&input, &read_opts));
        let jobs = self.jobs();
        warta::run(pipeline, docs, jobs, 64 * jobs, |result| match result {
            Ok(Outcome::Done(doc)) => {
                progress.inc(1);
                for w in &doc.warnings {
                    eprintln!(
                        "warta: warning: {}: {w}",
                        describe(&doc.source.path, doc.source.record)
                    );
                }
                on_document(doc);
            }
            Ok(Outcome::Skipped {
                path,
                record,
                reason,
            }) => eprintln!("warta: skipped {}: {reason}", describe(&path, record)),
            Ok(Outcome::Failed {
                path,
                record,
                error,
            }) => {
                failures += 1;
                eprintln!("warta: error: {}: {error}", describe(&path, record));
            }
            Err(e) => {
                failures += 1;
                eprintln!("warta: error: {e}");
            }
        });
        progress.finish_and_clear();
        failures
    }
}

/// `path` or `path (record N)`, for messages.
pub fn describe(path: &str, record: Option<u64>) -> String {
    match record {
        Some(r) => format!("{path} (record {r})"),
        None => path.to_string(),
    }
}

/// A document counter on stderr when it is a terminal; hidden otherwise.
fn progress_bar(unit: &str) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let pb = indicatif::ProgressBar::new_spinner();
    pb.set_style(
        indicatif::ProgressStyle::with_template(&format!(
            "{{spinner}} {{pos}} {unit} ({{per_sec}}) {{elapsed}}"
        ))
        .expect("valid progress template"),
    );
    pb.enable_steady_tick(std::time::Duration::from_millis(200));
    pb
}
