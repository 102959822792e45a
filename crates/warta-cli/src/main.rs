//! `warta`: turn news text into structured, explainable event data.
//!
//! Each subcommand lives in its own module under `cmd/`; this file only
//! parses arguments and maps results to exit codes:
//!
//! | code | meaning |
//! |------|---------|
//! | 0 | everything was read and processed |
//! | 1 | some inputs, records or documents failed (reported on stderr); the rest was output |
//! | 2 | usage error or fatal error (bad option, unwritable output); nothing reliable was output |

mod cmd;

/// mimalloc instead of the system allocator: the stages make many small
/// allocations from every worker thread, where glibc's malloc contends.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// warta: an open, fast, explainable news-event engine.
#[derive(Parser)]
#[command(name = "warta", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract documents, sentences, entities, times, quotes and events as JSONL.
    Extract(cmd::extract::ExtractArgs),
    /// Measure extraction throughput (MB/s, documents/s) on a generated corpus.
    Bench(cmd::bench::BenchArgs),
    /// Score warta against gold data (prints precision/recall/F1).
    #[command(subcommand)]
    Eval(cmd::eval::EvalCommand),
    /// Extract and store articles in a SQLite event database, clustering events across articles.
    Ingest(cmd::ingest::IngestArgs),
    /// Export a database as GDELT 2.0 Events/Mentions/GKG, PLOVER JSONL or CSV.
    Export(cmd::export::ExportArgs),
    /// Serve the HTTP API and web dashboard over a database.
    Serve(cmd::serve::ServeArgs),
    /// Ingest the bundled samples into a fresh database and serve the dashboard.
    Demo(cmd::demo::DemoArgs),
}

/// How a command ended, mapped to the documented exit codes.
pub enum Status {
    /// Everything was processed.
    Ok,
    /// Some inputs or documents failed; the rest was output.
    Partial,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("WARTA_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .init();
    let result = match cli.command {
        Command::Extract(args) => cmd::extract::run(args),
        Command::Bench(args) => cmd::bench::run(args),
        Command::Serve(args) => cmd::serve::run(args),
        Command::Demo(args) => cmd::demo::run(args),
        Command::Eval(c) => cmd::eval::run(c),
        Command::Ingest(args) => cmd::ingest::run(args),
        Command::Export(args) => cmd::export::run(args),
    };
    match result {
        Ok(Status::Ok) => ExitCode::SUCCESS,
        Ok(Status::Partial) => ExitCode::from(1),
        Err(e) => {
            eprintln!("warta: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
