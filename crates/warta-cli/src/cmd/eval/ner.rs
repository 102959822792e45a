//! `warta eval ner`: the statistical NER tagger against CoNLL-style gold
//! files (NERGrit / NERP `token TAB tag`, idner-news-2k `token UPOS IOB`).
//!
//! Each gold sentence's tokens are tagged by the language pack's
//! `ner.model`; predictions are mapped back to the file's own type names and
//! scored at entity level, seqeval style (exact span and type). Macro F1 is
//! the unweighted mean of per-type F1 over the scheme's types (IndoNLU's
//! definition), so types the model never produces (NERP `EVT`, `FNB`) count
//! as F1 0.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::Args;
use warta_core::LanguagePack;
use warta_ner::NerModel;
use warta_ner::corpus::read_columns;
use warta_ner::eval::{Scheme, evaluate};

use crate::Status;

/// Options of `warta eval ner`.
#[derive(Args, Debug)]
pub struct NerArgs {
    /// Gold file: one `token ... tag` line per token, blank line between sentences.
    pub file: PathBuf,
    /// Label scheme: `nergrit`, `nerp` or `conll` (types taken from the file).
    /// Detected from the tags when omitted.
    #[arg(long)]
    pub scheme: Option<String>,
    /// Language pack whose `ner.model` is used.
    #[arg(long, default_value = "id")]
    pub lang: String,
    /// Write `token<TAB>gold<TAB>predicted` lines (blank line between
    /// sentences, predicted tags in the file's scheme) to this file.
    #[arg(long)]
    pub predictions: Option<PathBuf>,
}

/// Runs `warta eval ner`.
pub fn run(args: NerArgs) -> anyhow::Result<Status> {
    let scheme = match &args.scheme {
        None => None,
        Some(s) => Some(
            Scheme::parse(s)
                .with_context(|| format!("unknown --scheme {s:?}; use nergrit, nerp or conll"))?,
        ),
    };
    let pack = LanguagePack::get(&args.lang)
        .with_context(|| format!("no language pack `{}` (data/lang/{0}/)", args.lang))?;
    let Some(model) = NerModel::load(&pack)? else {
        bail!(
            "language pack `{}` has no ner.model; train one with scripts/train_ner.sh",
            args.lang
        );
    };
    let text = std::fs::read_to_string(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    let gold = read_columns(&text).with_context(|| format!("{}", args.file.display()))?;
    let ev = evaluate(&model, &gold, scheme);
    if let Some(path) = &args.predictions {
        let mut out = String::new();
        for (s, pred) in gold.iter().zip(&ev.predictions) {
            for ((tok, g), p) in s.tokens.iter().zip(&s.tags).zip(pred) {
                let _ = writeln!(out, "{tok}\t{g}\t{p}");
            }
            out.push('\n');
        }
        std::fs::write(path, out).with_context(|| format!("cannot write {}", path.display()))?;
    }
    let tokens: usize = gold.iter().map(|s| s.tokens.len()).sum();
    let mut report = String::new();
    let _ = writeln!(
        report,
        "{}: {} sentences, {} tokens, scheme {:?}",
        args.file.display(),
        gold.len(),
        tokens,
        ev.scheme
    );
    let _ = writeln!(
        report,
        "{:<14} {:>9} {:>9} {:>9} {:>7} {:>7}",
        "type", "precision", "recall", "f1", "gold", "pred"
    );
    for (t, c) in ev.scorer.per_type() {
        let _ = writeln!(
            report,
            "{:<14} {:>9.4} {:>9.4} {:>9.4} {:>7} {:>7}",
            t,
            c.precision(),
            c.recall(),
            c.f1(),
            c.support(),
            c.predicted()
        );
    }
    let m = ev.scorer.micro();
    let _ = writeln!(
        report,
        "{:<14} {:>9.4} {:>9.4} {:>9.4} {:>7} {:>7}",
        "micro",
        m.precision(),
        m.recall(),
        m.f1(),
        m.support(),
        m.predicted()
    );
    if !ev.unproduced_types.is_empty() {
        let _ = writeln!(
            report,
            "note: the model does not produce {}; they count with zero predictions (F1 0) in macro F1",
            ev.unproduced_types.join(", ")
        );
    }
    let _ = writeln!(
        report,
        "macro_f1={:.4} micro_f1={:.4}",
        ev.scorer.macro_f1(),
        ev.scorer.micro_f1()
    );
    std::io::stdout().write_all(report.as_bytes())?;
    Ok(Status::Ok)
}
