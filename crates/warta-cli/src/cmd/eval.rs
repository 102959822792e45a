//! `warta eval ...`: quality measurements against gold data. Each prints
//! precision/recall/F1 and ends with one machine-readable summary line.

use clap::Subcommand;

use crate::Status;

/// The eval subcommands.
#[derive(Subcommand, Debug)]
pub enum EvalCommand {}

/// Runs one eval subcommand.
pub fn run(command: EvalCommand) -> anyhow::Result<Status> {
    match command {}
}
