//! `warta extract`: inputs -> pipeline -> JSONL.

use std::io::{BufWriter, Write};
use std::path::PathBuf;

use anyhow::Context;
use clap::Args;

use crate::Status;
use crate::cmd::common::InputArgs;

/// Options of `warta extract`.
#[derive(Args, Debug, Clone)]
pub struct ExtractArgs {
    /// Inputs and pipeline options.
    #[command(flatten)]
    pub input: InputArgs,
    /// Write JSONL here instead of standard output.
    #[arg(long, short = 'o')]
    pub output: Option<PathBuf>,
    /// Pretty-print each document (multi-line JSON, not JSONL).
    #[arg(long)]
    pub pretty: bool,
    /// Include tokens in the output.
    #[arg(long)]
    pub tokens: bool,
}

/// Runs `warta extract`.
pub fn run(args: ExtractArgs) -> anyhow::Result<Status> {
    let pipeline = args.input.pipeline(args.tokens)?;
    let out: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(
            std::fs::File::create(p)
                .with_context(|| format!("cannot create output file {}", p.display()))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = BufWriter::new(out);
    let mut write_error: Option<std::io::Error> = None;
    let failures = args.input.process(&pipeline, "documents", |doc| {
        if write_error.is_some() {
            return;
        }
        let res = if args.pretty {
            serde_json::to_writer_pretty(&mut out, &doc)
        } else {
            serde_json::to_writer(&mut out, &doc)
        };
        if let Err(e) = res
            .map_err(std::io::Error::from)
            .and_then(|_| out.write_all(b"\n"))
        {
            write_error = Some(e);
        }
    });
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
