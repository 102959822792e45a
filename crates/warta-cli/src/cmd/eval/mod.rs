//! `warta eval ...`: quality measurements against gold data. Each prints
//! per-type precision/recall/F1 and ends with one machine-readable summary
//! line. One module per eval; add a variant and a match arm for a new one.

use clap::Subcommand;

use crate::Status;

pub mod events;
pub mod petrarch;
pub mod plover;
pub mod time;
pub mod ud;

/// The eval subcommands.
#[derive(Subcommand, Debug)]
pub enum EvalCommand {
    /// PLOVER events against seed-format gold files (`*.gold.json`); see `--help` for the matching rule.
    Events(events::EventsArgs),
    /// PLOVER types and actors against the PLOVER gold standard records (PLOVER_GSR_CAMEO.json).
    Plover(plover::PloverArgs),
    /// CAMEO codes against the PETRARCH2 unit-test records, with their validation actors.
    Petrarch(petrarch::PetrarchArgs),
    /// Sentence splitting and tokenization against UD CoNLL-U treebanks.
    Ud(ud::UdArgs),
    /// Temporal expressions (TIMEX3) against TimeML gold files (TimeBank, IndoTimex).
    Time(time::TimeArgs),
}

/// Runs one eval subcommand.
pub fn run(command: EvalCommand) -> anyhow::Result<Status> {
    match command {
        EvalCommand::Events(args) => events::run(args),
        EvalCommand::Plover(args) => plover::run(args),
        EvalCommand::Petrarch(args) => petrarch::run(args),
        EvalCommand::Ud(args) => ud::run(args),
        EvalCommand::Time(args) => time::run(args),
    }
}
