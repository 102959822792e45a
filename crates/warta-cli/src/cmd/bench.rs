//! `warta bench`: extraction throughput on a generated corpus.

use clap::Args;

use crate::Status;

/// Options of `warta bench`.
#[derive(Args, Debug)]
pub struct BenchArgs {}

/// Runs the benchmark.
pub fn run(_args: BenchArgs) -> anyhow::Result<Status> {
    anyhow::bail!("benchmark not built yet")
}
