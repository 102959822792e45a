//! `warta serve`: the HTTP API and dashboard over a database.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Args;
use warta::{Pipeline, PipelineOptions};
use warta_server::ServerConfig;

use crate::Status;

/// Options of `warta serve`.
#[derive(Args, Debug, Clone)]
pub struct ServeArgs {
    /// The database file (created if missing).
    #[arg(long, default_value = "warta.db")]
    pub db: PathBuf,
    /// Address to listen on (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Bearer token that enables `POST /api/articles`; without one, writes are disabled.
    #[arg(long, env = "WARTA_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Largest accepted request body in bytes.
    #[arg(long, default_value_t = 4 * 1024 * 1024)]
    pub max_body_bytes: usize,
    /// Time limit per request, in seconds.
    #[arg(long, default_value_t = 30)]
    pub timeout_secs: u64,
}

/// Runs `warta serve` until Ctrl-C.
pub fn run(args: ServeArgs) -> anyhow::Result<Status> {
    serve(args, |addr| {
        eprintln!(
            "warta: serving the dashboard at http://{addr}/ (API: http://{addr}/api/openapi.json); Ctrl-C stops"
        );
    })
}

/// Serves `args.db`, calling `on_ready` with the bound address.
pub fn serve(args: ServeArgs, on_ready: impl FnOnce(SocketAddr)) -> anyhow::Result<Status> {
    let config = ServerConfig {
        token: args.token,
        max_body_bytes: args.max_body_bytes,
        request_timeout: std::time::Duration::from_secs(args.timeout_secs),
        addr: args.addr,
        ..ServerConfig::new(args.db)
    };
    let pipeline = Pipeline::new(PipelineOptions::default())?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(warta_server::serve(config, pipeline, on_ready))?;
    Ok(Status::Ok)
}
