//! `warta eval ...`: quality measurements against gold data. Each prints
//! per-type precision/recall/F1 and ends with one machine-readable summary
//! line. One module per eval; add a variant and a match arm for a new one.

use clap::Subcommand;

use crate::Status;

pub mod events;
pub mod ner;
pub mod petrarch;
pub mod plover;
pub mod time;
pub mod ud;

/// The eval subcommands.
#[derive(Subcommand, Debug)]
pub enum EvalCommand {
    /// PLOVER events against seed-format gold files (`*.gold.json`).
    ///
    /// Each gold file's article (its `doc` field, next to the gold file) runs
    /// through the full pipeline in the gold's language. A predicted event
    /// matches a gold event when it starts on the gold's line (0-based), its
    /// PLOVER type is in the gold's `accept` list, and the country (first
    /// three letters) of its source and target actors is among the gold's
    /// `|`-separated alternatives (empty = any). Recall: required gold events
    /// matched; precision: predictions matching any gold event (optional ones
    /// included, so optional events are neither required nor penalized).
    /// Negated predictions are left out.
    Events(events::EventsArgs),
    /// PLOVER types and actors against the PLOVER gold standard records (PLOVER_GSR_CAMEO.json).
    ///
    /// Each record's text runs through the English pipeline; old type names
    /// are mapped to PLOVER v2 (DEMAND -> REQUEST, DISAPPROVE/INVESTIGATE ->
    /// ACCUSE, FIGHT -> ASSAULT). A prediction is correct when its type is the
    /// record's and, where the record lists source (target) codes, its source
    /// (target) country is one of them. Recall: records with a correct
    /// prediction. The type-only score is printed first, the type+actor score
    /// last. `--half even|odd` scores only the records whose id ends in an
    /// even (tuning) or odd (held-out) number.
    Plover(plover::PloverArgs),
    /// CAMEO codes against the PETRARCH2 unit-test records, with their validation actors.
    ///
    /// The invented actors of PETR.Validate.actors.txt are loaded for this
    /// eval only and replace the pipeline's entities. Per sentence, predicted
    /// CAMEO codes are compared with the expected codings as multisets,
    /// ignoring actors: full codes, then roots (first two digits; last line).
    /// The expected codes come from the validation verb dictionary, which is
    /// not operational CAMEO, so scores measure agreement with that suite.
    Petrarch(petrarch::PetrarchArgs),
    /// Statistical NER tagger against CoNLL-style gold files (NERGrit, NERP, idner).
    Ner(ner::NerArgs),
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
        EvalCommand::Ner(args) => ner::run(args),
        EvalCommand::Ud(args) => ud::run(args),
        EvalCommand::Time(args) => time::run(args),
    }
}
