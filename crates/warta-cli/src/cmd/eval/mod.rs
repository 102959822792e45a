//! `warta eval ...`: quality measurements against gold data. Each prints
//! per-type precision/recall/F1 and ends with one machine-readable summary
//! line. One module per eval; add a variant and a match arm for a new one.

use clap::Subcommand;

use crate::Status;

/// The eval subcommands.
#[derive(Subcommand, Debug)]
pub enum EvalCommand {}

/// Runs one eval subcommand.
pub fn run(command: EvalCommand) -> anyhow::Result<Status> {
    match command {}
}
