//! `warta ingest`: inputs -> pipeline -> SQLite store (see `docs/store.md`).

use std::path::PathBuf;

use anyhow::Context;
use clap::Args;
use warta_core::Document;
use warta_store::{ClusterOptions, IngestReport, Store, StoreError, StoreOptions};

use crate::Status;
use crate::cmd::common::{InputArgs, describe};

/// Options of `warta ingest`.
#[derive(Args, Debug, Clone)]
pub struct IngestArgs {
    /// Inputs and pipeline options.
    #[command(flatten)]
    pub input: InputArgs,
    /// The database file (created if missing).
    #[arg(long, default_value = "warta.db")]
    pub db: PathBuf,
    /// Articles per database transaction (each article stays atomic on its own;
    /// larger batches write faster, see `docs/store.md`).
    #[arg(long, default_value_t = 1024)]
    pub batch_size: usize,
    /// Largest gap in days between reports clustered into one event.
    #[arg(long, default_value_t = 2)]
    pub window_days: u32,
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
    let pipeline = args.input.pipeline(false)?;
    let mut store = Store::open(
        &args.db,
        StoreOptions {
            cluster: ClusterOptions {
                window_days: args.window_days,
            },
        },
    )
    .with_context(|| format!("cannot use database {}", args.db.display()))?;
    let batch_size = args.batch_size.max(1);
    let mut batch: Vec<Document> = Vec::with_capacity(batch_size);
    let mut total = IngestReport::default();
    let mut fatal: Option<StoreError> = None;
    let mut failures = args.input.process(&pipeline, "articles", |doc| {
        if fatal.is_some() {
            return;
        }
        batch.push(*doc);
        if batch.len() >= batch_size
            && let Err(e) = flush(&mut store, &mut batch, &mut total)
        {
            fatal = Some(e);
        }
    });
    if fatal.is_none()
        && let Err(e) = flush(&mut store, &mut batch, &mut total)
    {
        fatal = Some(e);
    }
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
