//! `warta demo`: the bundled samples in a fresh store, served as a dashboard.
//!
//! Ingests `samples/` (and, when the evaluation data sits beside the
//! repository, the reference article in `../shared/eval/seed/`) into a new
//! database, then serves it and prints the URL.

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, Parser};

use crate::Status;
use crate::cmd::ingest::IngestArgs;
use crate::cmd::serve::ServeArgs;

/// Options of `warta demo`.
#[derive(Args, Debug, Clone)]
pub struct DemoArgs {
    /// Folders or files to ingest (default: `samples/`, plus `../shared/eval/seed/` when present).
    pub inputs: Vec<PathBuf>,
    /// The database file; it is recreated.
    #[arg(long, default_value = "target/warta-demo.db")]
    pub db: PathBuf,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
}

/// `warta ingest`'s arguments with their defaults, filled by clap.
#[derive(Parser)]
struct IngestOnly {
    #[command(flatten)]
    args: IngestArgs,
}

/// Runs the demo until Ctrl-C.
pub fn run(args: DemoArgs) -> anyhow::Result<Status> {
    let inputs = if args.inputs.is_empty() {
        default_inputs()?
    } else {
        args.inputs.clone()
    };
    for suffix in ["", "-wal", "-shm"] {
        let p = PathBuf::from(format!("{}{suffix}", args.db.display()));
        if p.exists() {
            std::fs::remove_file(&p)
                .with_context(|| format!("cannot remove old {}", p.display()))?;
        }
    }
    if let Some(dir) = args.db.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let shown: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
    eprintln!(
        "warta demo: ingesting {} into {}",
        shown.join(", "),
        args.db.display()
    );
    let mut argv = vec![
        "ingest".to_string(),
        "--db".into(),
        args.db.display().to_string(),
    ];
    argv.extend(inputs.iter().map(|p| p.display().to_string()));
    let ingest = IngestOnly::parse_from(argv).args;
    // Some sample inputs are broken on purpose (they show the error
    // reporting); the demo goes on with what was stored.
    crate::cmd::ingest::run(ingest)?;
    crate::cmd::serve::serve(
        ServeArgs {
            db: args.db,
            addr: args.addr,
            token: None,
            max_body_bytes: 4 * 1024 * 1024,
            timeout_secs: 30,
        },
        |addr| eprintln!("warta demo: open http://{addr}/ in a browser (Ctrl-C stops)"),
    )
}

fn default_inputs() -> anyhow::Result<Vec<PathBuf>> {
    let samples = PathBuf::from("samples");
    anyhow::ensure!(
        samples.is_dir(),
        "no samples/ folder here: run `warta demo` from the repository root, or name inputs"
    );
    let mut inputs = vec![samples];
    let seed = PathBuf::from("../shared/eval/seed");
    if seed.is_dir() {
        let mut texts: Vec<PathBuf> = std::fs::read_dir(&seed)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        texts.sort();
        inputs.extend(texts);
    }
    Ok(inputs)
}
