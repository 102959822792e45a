//! `warta export`: database -> GDELT 2.0 Events/Mentions/GKG, PLOVER JSONL, CSV or Parquet.

use std::io::{BufWriter, Write};
use std::path::PathBuf;

use anyhow::Context;
use clap::Args;
use warta_store::{ExportFormat, Store};

use crate::Status;

/// Options of `warta export`.
#[derive(Args, Debug, Clone)]
pub struct ExportArgs {
    /// The database file written by `warta ingest`.
    #[arg(long, default_value = "warta.db")]
    pub db: PathBuf,
    /// Output format: gdelt-events, gdelt-mentions, gdelt-gkg, plover, csv, parquet.
    #[arg(long)]
    pub format: String,
    /// Output file; `-` or nothing writes to standard output.
    #[arg(long, short = 'o')]
    pub out: Option<PathBuf>,
}

/// Runs `warta export`.
pub fn run(args: ExportArgs) -> anyhow::Result<Status> {
    // Parse the format before touching the database, so a typo fails fast.
    let format = match args.format.as_str() {
        "parquet" => None,
        other => Some(
            other
                .parse::<ExportFormat>()
                .map_err(|e| anyhow::anyhow!("{e}, parquet"))?,
        ),
    };
    let store = Store::open_read_only(&args.db)?;
    let sink: Box<dyn Write + Send> = match args.out.as_deref() {
        Some(p) if p.as_os_str() != "-" => Box::new(
            std::fs::File::create(p)
                .with_context(|| format!("cannot create output file {}", p.display()))?,
        ),
        _ => Box::new(std::io::stdout()),
    };
    let mut out = BufWriter::new(sink);
    let rows = match format {
        Some(f) => store.export(f, &mut out).context("export failed")?,
        None => warta_parquet::write_events(&store, &mut out).context("Parquet export failed")?,
    };
    out.flush().context("cannot write output")?;
    eprintln!("warta: exported {rows} rows");
    Ok(Status::Ok)
}
