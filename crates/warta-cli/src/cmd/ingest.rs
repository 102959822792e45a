//! `warta ingest`: inputs -> pipeline -> SQLite store (see `docs/store.md`).

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::Context;
use clap::Args;
use warta::{LanguageChoice, Outcome, Pipeline, PipelineOptions};
use warta_core::Document;
use warta_sources::{Input, ReadOptions};
use warta_store::{ClusterOptions, IngestReport, Store, StoreError, StoreOptions};

use crate::Status;

/// Options of `warta ingest`.
#[derive(Args, Debug, Clone)]
pub struct IngestArgs {
    /// Files or folders (recursive); `-` or nothing reads standard input.
    pub inputs: Vec<PathBuf>,
    /// The database file (created if missing).
    #[arg(long, default_value = "warta.db")]
    pub db: PathBuf,
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
    /// Articles per database transaction (each article stays atomic on its own).
    #[arg(long, default_value_t = 256)]
    pub batch_size: usize,
    /// Largest gap in days between reports clustered into one event.
    #[arg(long, default_value_t = 2)]
    pub window_days: u32,
    /// Truncate body texts longer than this many bytes (with a warning).
    #[arg(long, default_value_t = warta_sources::DEFAULT_MAX_TEXT_BYTES)]
    pub max_text_bytes: usize,
}

fn describe(path: &str, record: Option<u64>) -> String {
    match record {
        Some(r) => format!("{path} (record {r})"),
        None => path.to_string(),
    }
}

/// Writes the pending batch and reports its failures; a database error is fatal.
fn flush(
    store: &mut Store,
    batch: &mut Vec<Document>,
    total: &mut IngestReport,
) -> Result<(), StoreError> {
    if batch.is_empty() {
        return Ok(());
    }
    let report = store.ingest(batch)?;
    for f in &report.failed {
        eprintln!(
            "warta: error: {}: not stored: {}",
            describe(&f.path, f.record),
            f.message
        );
    }
    total.merge(report);
    batch.clear();
    Ok(())
}

/// Runs `warta ingest`.
pub fn run(args: IngestArgs) -> anyhow::Result<Status> {
    let options = PipelineOptions {
        language: match args.lang.as_str() {
            "auto" => LanguageChoice::Auto,
            code => LanguageChoice::Force(code.to_string()),
        },
        fallback_date: args.date.clone(),
        now: args.now.clone(),
        keep_tokens: false,
    };
    let pipeline = Pipeline::new(options)?;
    let mut store = Store::open(
        &args.db,
        StoreOptions {
            cluster: ClusterOptions {
                window_days: args.window_days,
            },
        },
    )
    .with_context(|| format!("cannot use database {}", args.db.display()))?;
    let jobs = args.jobs.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    });
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
    let batch_size = args.batch_size.max(1);
    let mut batch: Vec<Document> = Vec::with_capacity(batch_size);
    let mut total = IngestReport::default();
    let mut fatal: Option<StoreError> = None;
    warta::run(&pipeline, docs, jobs, 64 * jobs, |result| match result {
        Ok(Outcome::Done(doc)) => {
            progress.inc(1);
            for w in &doc.warnings {
                eprintln!(
                    "warta: warning: {}: {w}",
                    describe(&doc.source.path, doc.source.record)
                );
            }
            if fatal.is_some() {
                return;
            }
            batch.push(*doc);
            if batch.len() >= batch_size
                && let Err(e) = flush(&mut store, &mut batch, &mut total)
            {
                fatal = Some(e);
            }
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
    if fatal.is_none()
        && let Err(e) = flush(&mut store, &mut batch, &mut total)
    {
        fatal = Some(e);
    }
    progress.finish_and_clear();
    if let Some(e) = fatal {
        return Err(e).with_context(|| {
            format!(
                "writing to {} failed; everything committed before the error is kept, re-run to resume",
                args.db.display()
            )
        });
    }
    failures += total.failed.len();
    eprintln!(
        "warta: {}: {} new articles, {} new copies of known articles, {} already stored, {} failed",
        args.db.display(),
        total.stored,
        total.copies,
        total.duplicates,
        failures
    );
    Ok(if failures > 0 {
        Status::Partial
    } else {
        Status::Ok
    })
}

/// A document counter on stderr when it is a terminal; hidden otherwise.
fn progress_bar() -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let pb = indicatif::ProgressBar::new_spinner();
    pb.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {pos} articles ({per_sec}) {elapsed}")
            .expect("valid progress template"),
    );
    pb.enable_steady_tick(std::time::Duration::from_millis(200));
    pb
}
