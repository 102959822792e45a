//! `warta-train-ner`: trains the NER model from tagged corpora and writes
//! `ner.model`. Run through `scripts/train_ner.sh` for the committed weights.
//!
//! ```text
//! warta-train-ner --lang-dir data/lang/id \
//!     --train columns:../shared/data/id/ner/nergrit/train_preprocess.txt \
//!     --train inline:../shared/data/id/ner/ugm/data_train.txt \
//!     --dev ../shared/data/id/ner/nergrit/valid_preprocess.txt \
//!     --out data/lang/id/ner.model
//! ```

use std::borrow::Cow;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use warta_core::LanguageResources;
use warta_ner::corpus::{TaggedSentence, read_columns, read_inline};
use warta_ner::eval::evaluate;
use warta_ner::lexicon::Lexicon;
use warta_ner::train::{Example, TrainConfig, train};

/// Train warta's NER tagger (averaged structured perceptron).
#[derive(Parser)]
struct Args {
    /// Language pack folder holding the lexicon files (`ner.cues.tsv`, `ner.gaz-*.tsv`).
    #[arg(long)]
    lang_dir: PathBuf,
    /// Training corpus as `FORMAT:PATH`, FORMAT `columns` (token ... tag) or
    /// `inline` (`<PERSON>..</PERSON>`); append `:lower` to also train on a
    /// lower-cased copy. Repeatable.
    #[arg(long = "train", required = true)]
    train: Vec<String>,
    /// Column-format corpus to score after every epoch (reporting only). Repeatable.
    #[arg(long = "dev")]
    dev: Vec<PathBuf>,
    /// Passes over the training data.
    #[arg(long, default_value_t = TrainConfig::default().epochs)]
    epochs: usize,
    /// Seed of the sentence order.
    #[arg(long, default_value_t = TrainConfig::default().seed)]
    seed: u64,
    /// Drop averaged weights with smaller magnitude.
    #[arg(long, default_value_t = TrainConfig::default().prune)]
    prune: f32,
    /// Cost-augmented training: bonus for every wrong label (0 = plain perceptron).
    #[arg(long, default_value_t = TrainConfig::default().margin)]
    margin: f32,
    /// Independent runs (seeds SEED, SEED+1, ...) averaged into one model.
    #[arg(long, default_value_t = TrainConfig::default().bags)]
    bags: usize,
    /// Folder to write `token<TAB>gold<TAB>predicted` files for every dev
    /// corpus, scored with the final model (for error analysis).
    #[arg(long)]
    predictions: Option<PathBuf>,
    /// Where to write the model.
    #[arg(long)]
    out: PathBuf,
}

/// Reads lexicon files from a folder on disk, so the trainer sees freshly
/// regenerated lists without rebuilding.
struct DirPack {
    dir: PathBuf,
}

impl LanguageResources for DirPack {
    fn code(&self) -> &str {
        "train"
    }
    fn file(&self, name: &str) -> Option<Cow<'static, [u8]>> {
        std::fs::read(self.dir.join(name)).ok().map(Cow::Owned)
    }
}

fn read_corpus(spec: &str) -> Result<Vec<Example>, String> {
    let (format, rest) = spec
        .split_once(':')
        .ok_or_else(|| format!("--train {spec}: expected FORMAT:PATH, e.g. columns:train.txt"))?;
    let (path, lower) = match rest.strip_suffix(":lower") {
        Some(p) => (p, true),
        None => (rest, false),
    };
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let sentences: Vec<TaggedSentence> = match format {
        "columns" => read_columns(&text),
        "inline" => {
            let (sentences, errors) = read_inline(&text);
            for e in &errors {
                eprintln!("{path}: {e}");
            }
            Ok(sentences)
        }
        _ => {
            return Err(format!(
                "--train {spec}: FORMAT must be `columns` or `inline`"
            ));
        }
    }
    .map_err(|e| format!("{path}: {e}"))?;
    let mut out: Vec<Example> = sentences
        .iter()
        .map(|s| Example {
            tokens: s.tokens.clone(),
            labels: s.labels(),
        })
        .collect();
    if lower {
        let lowered: Vec<Example> = out
            .iter()
            .map(|e| Example {
                tokens: e.tokens.iter().map(|t| t.to_lowercase()).collect(),
                labels: e.labels.clone(),
            })
            .collect();
        out.extend(lowered);
    }
    eprintln!("{path}: {} sentences", out.len());
    Ok(out)
}

/// Prints `  <set> macro=… micro=…` for each dev set (on the current line).
fn print_dev_scores(model: &warta_ner::NerModel, dev: &[(String, Vec<TaggedSentence>)]) {
    for (name, sentences) in dev {
        let ev = evaluate(model, sentences, None);
        let short = name.rsplit('/').nth(1).unwrap_or(name);
        eprint!(
            "  {short} macro={:.4} micro={:.4}",
            ev.scorer.macro_f1(),
            ev.scorer.micro_f1()
        );
    }
}

fn run(args: Args) -> Result<(), String> {
    let lexicon = Lexicon::load(&DirPack {
        dir: args.lang_dir.clone(),
    })
    .map_err(|e| e.to_string())?;
    eprintln!("lexicon: {} gazetteer phrases", lexicon.gazetteer_len());
    let mut examples = Vec::new();
    for spec in &args.train {
        examples.extend(read_corpus(spec)?);
    }
    let mut dev = Vec::new();
    for path in &args.dev {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        dev.push((
            path.display().to_string(),
            read_columns(&text).map_err(|e| format!("{}: {e}", path.display()))?,
        ));
    }
    let config = TrainConfig {
        epochs: args.epochs,
        seed: args.seed,
        prune: args.prune,
        margin: args.margin,
        bags: args.bags,
    };
    let model = train(&examples, lexicon, &config, |report, snapshot| {
        eprint!(
            "bag {} epoch {:>2}: {} sentence / {} token errors of {} tokens",
            report.bag, report.epoch, report.sentence_errors, report.token_errors, report.tokens
        );
        if !dev.is_empty() {
            print_dev_scores(&snapshot(), &dev);
        }
        eprintln!();
    });
    if !dev.is_empty() {
        eprint!("final:");
        print_dev_scores(&model, &dev);
        eprintln!();
    }
    if let Some(dir) = &args.predictions {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for (name, sentences) in &dev {
            let ev = evaluate(&model, sentences, None);
            let mut text = String::new();
            for (s, pred) in sentences.iter().zip(&ev.predictions) {
                for ((tok, gold), p) in s.tokens.iter().zip(&s.tags).zip(pred) {
                    text.push_str(&format!("{tok}\t{gold}\t{p}\n"));
                }
                text.push('\n');
            }
            let short = name.rsplit('/').nth(1).unwrap_or(name);
            let path = dir.join(format!("{short}.tsv"));
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    let bytes = model.to_bytes();
    std::fs::write(&args.out, &bytes).map_err(|e| format!("{}: {e}", args.out.display()))?;
    eprintln!(
        "wrote {} ({} features, {} bytes)",
        args.out.display(),
        model.feature_count(),
        bytes.len()
    );
    Ok(())
}

fn main() -> ExitCode {
    match run(Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("warta-train-ner: error: {e}");
            ExitCode::from(2)
        }
    }
}
