//! `warta extract`: inputs -> pipeline -> JSONL.

use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;

use anyhow::Context;
use clap::Args;
use warta::{LanguageChoice, Outcome, Pipeline, PipelineOptions};
use warta_sources::{Input, ReadOptions};

use crate::Status;

/// Options of `warta extract`.
#[derive(Args, Debug, Clone)]
pub struct ExtractArgs {
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
    /// Write JSONL here instead of standard output.
    #[arg(long, short = 'o')]
    pub output: Option<PathBuf>,
    /// Pretty-print each document (multi-line JSON, not JSONL).
    #[arg(long)]
    pub pretty: bool,
    /// Include tokens in the output.
    #[arg(long)]
    pub tokens: bool,
    /// Truncate body texts longer than this many bytes (with a warning).
    #[arg(long, default_value_t = warta_sources::DEFAULT_MAX_TEXT_BYTES)]
    pub max_text_bytes: usize,
}

impl ExtractArgs {
    /// The pipeline options these arguments ask for.
    pub fn pipeline_options(&self) -> PipelineOptions {
        PipelineOptions {
            language: match self.lang.as_str() {
                "auto" => LanguageChoice::Auto,
                code => LanguageChoice::Force(code.to_string()),
            },
            fallback_date: self.date.clone(),
            now: self.now.clone(),
            keep_tokens: self.tokens,
        }
    }
}

/// Runs `warta extract`.
pub fn run(args: ExtractArgs) -> anyhow::Result<Status> {
    let pipeline = Pipeline::new(args.pipeline_options())?;
    let jobs = args.jobs.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    });
    let out: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(
            std::fs::File::create(p)
                .with_context(|| format!("cannot create output file {}", p.display()))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = BufWriter::new(out);
    let (inputs, errors) = warta_sources::expand_inputs(&args.inputs);
    let mut failures = errors.len();
    for e in &errors {
        eprintln!("warta: {e}");
    }
    let read_opts = ReadOptions {
        max_text_bytes: args.max_text_bytes,
    };
    let progress = progress_bar();
    let docs = inputs
        .into_iter()
        .flat_map(move |input: Input| warta_sources::read(&input, &read_opts));
    let mut write_error: Option<std::io::Error> = None;
    warta::run(&pipeline, docs, jobs, 64 * jobs, |result| match result {
        Ok(Outcome::Done(doc)) => {
            progress.inc(1);
            for w in &doc.warnings {
                eprintln!(
                    "warta: warning: {}: {w}",
                    describe(&doc.source.path, doc.source.record)
                );
            }
            if write_error.is_none() {
                let res = if args.pretty {
                    serde_json::to_writer_pretty(&mut out, &doc).map_err(std::io::Error::from)
                } else {
                    serde_json::to_writer(&mut out, &doc).map_err(std::io::Error::from)
                };
                if let Err(e) = res.and_then(|_| out.write_all(b"\n")) {
                    write_error = Some(e);
                }
            }
        }
        Ok(Outcome::Skipped {
            path,
            record,
            reason,
        }) => {
            eprintln!("warta: skipped {}: {reason}", describe(&path, record));
        }
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
    if let Some(e) = write_error {
        return Err(e).context("cannot write output");
    }
    out.flush().context("cannot write output")?;
    Ok(if failures > 0 {
        Status::Partial
    } else {
        Status::Ok
    })
}

fn describe(path: &str, record: Option<u64>) -> String {
    match record {
        Some(r) => format!("{path} (record {r})"),
        None => path.to_string(),
    }
}

/// A document counter on stderr when it is a terminal; hidden otherwise.
fn progress_bar() -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let pb = indicatif::ProgressBar::new_spinner();
    pb.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {pos} documents ({per_sec}) {elapsed}")
            .expect("valid progress template"),
    );
    pb.enable_steady_tick(std::time::Duration::from_millis(200));
    pb
}
