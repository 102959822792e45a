//! # warta
//!
//! The extraction pipeline: sources -> stages -> sinks.
//!
//! [`Pipeline`] owns the stages (language identification, segmentation,
//! entities, times, quotes, events), built once and shared by all threads.
//! [`run`] streams documents from any iterator through it on worker threads,
//! with a bounded number in flight, and hands results to a sink **in input
//! order**, so the output is deterministic whatever `--jobs` is and memory
//! stays constant.

mod run;

use warta_core::{DateSource, Document, LanguageInfo, LanguagePack, Stage, StageError};
use warta_text::{LanguageIdentifier, Segmenter};

pub use run::run;

/// How the document language is chosen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum LanguageChoice {
    /// Detect it (input metadata wins when present).
    #[default]
    Auto,
    /// Use this code for every document.
    Force(String),
}

/// Options for building a [`Pipeline`].
#[derive(Debug, Clone, Default)]
pub struct PipelineOptions {
    /// Language selection.
    pub language: LanguageChoice,
    /// Document date (`YYYY-MM-DD`) for documents with none in their metadata
    /// or dateline (`--date`).
    pub fallback_date: Option<String>,
    /// "Today" for inferring years of undated datelines (`--now`); `None` means
    /// the system clock.
    pub now: Option<String>,
    /// Keep tokens in the serialized output.
    pub keep_tokens: bool,
}

/// What became of one document.
#[derive(Debug)]
pub enum Outcome {
    /// Processed.
    Done(Box<Document>),
    /// Not processed, on purpose (unsupported language, empty text).
    Skipped {
        /// The document's source path.
        path: String,
        /// Record position inside the input, if any.
        record: Option<u64>,
        /// Why.
        reason: String,
    },
    /// A stage failed on it.
    Failed {
        /// The document's source path.
        path: String,
        /// Record position inside the input, if any.
        record: Option<u64>,
        /// The stage error.
        error: StageError,
    },
}

/// The configured stages.
pub struct Pipeline {
    options: PipelineOptions,
    languages: LanguageIdentifier,
    supported: Vec<String>,
    stages: Vec<Box<dyn Stage>>,
}

/// Building the pipeline failed (bad option or broken resource).
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// `--lang` names a language with no resource pack.
    #[error("language `{0}` is not supported (available: {1}); use --lang with one of those")]
    UnsupportedLanguage(String, String),
    /// `--date` is not a date.
    #[error("invalid date `{0}`: expected YYYY-MM-DD")]
    BadDate(String),
}

impl Pipeline {
    /// Builds every stage, loading its resources.
    pub fn new(options: PipelineOptions) -> Result<Self, PipelineError> {
        let supported = warta_core::resources::available_languages();
        if let LanguageChoice::Force(code) = &options.language
            && LanguagePack::get(code).is_none()
        {
            return Err(PipelineError::UnsupportedLanguage(
                code.clone(),
                supported.join(", "),
            ));
        }
        if let Some(d) = &options.fallback_date
            && !warta_core::is_iso_date(d)
        {
            return Err(PipelineError::BadDate(d.clone()));
        }
        if let Some(d) = &options.now
            && !warta_core::is_iso_date(d)
        {
            return Err(PipelineError::BadDate(d.clone()));
        }
        let time_options = warta_time::TimeOptions {
            now: options.now.clone(),
        };
        // Order matters: the document date (times) comes before entities, whose
        // knowledge base of office holders is date-bounded; quotes need
        // entities; events need all of them.
        let stages: Vec<Box<dyn Stage>> = vec![
            Box::new(Segmenter::new()),
            // A broken time resource is logged by `new()`, which runs without it.
            Box::new(
                warta_time::TimeStage::with_options(&time_options)
                    .unwrap_or_else(|_| warta_time::TimeStage::new()),
            ),
            Box::new(warta_entities::EntityStage::new()),
            Box::new(warta_quotes::QuoteStage::new()),
            Box::new(warta_events::EventStage::new()),
        ];
        Ok(Self {
            options,
            languages: LanguageIdentifier::new(),
            supported,
            stages,
        })
    }

    /// The same pipeline without the stages after `stage` (by
    /// [`Stage::name`]), e.g. `stop_after("entities")` for language,
    /// segmentation, times and entities only (what `warta bench` times as
    /// "up to entities"). `None` when no stage has that name.
    pub fn stop_after(mut self, stage: &str) -> Option<Self> {
        let last = self.stages.iter().position(|s| s.name() == stage)?;
        self.stages.truncate(last + 1);
        Some(self)
    }

    /// The stages, in order.
    pub fn stages(&self) -> impl Iterator<Item = &dyn Stage> {
        self.stages.iter().map(|s| s.as_ref())
    }

    /// The step before the stages: skips empty documents, decides the
    /// language (forced, from the input, or detected) and skips unsupported
    /// ones, and applies the fallback date. `Err` carries the skip.
    pub fn prepare(&self, mut doc: Document) -> Result<Document, Outcome> {
        let skip = |doc: &Document, reason: String| Outcome::Skipped {
            path: doc.source.path.clone(),
            record: doc.source.record,
            reason,
        };
        if doc.text.trim().is_empty() {
            return Err(skip(&doc, "empty text".into()));
        }
        match &self.options.language {
            LanguageChoice::Force(code) => {
                doc.language = LanguageInfo {
                    code: code.clone(),
                    confidence: 1.0,
                    method: "forced".into(),
                }
            }
            LanguageChoice::Auto if doc.language.method == "input" => {}
            LanguageChoice::Auto => {
                doc.language = match self.languages.detect(&doc.text) {
                    Some((code, confidence)) => LanguageInfo {
                        code,
                        confidence,
                        method: "detected".into(),
                    },
                    None => LanguageInfo::undetermined(),
                }
            }
        }
        if !self.supported.contains(&doc.language.code) {
            let reason = format!(
                "language `{}` is not supported (available: {}); force one with --lang",
                doc.language.code,
                self.supported.join(", ")
            );
            return Err(skip(&doc, reason));
        }
        if doc.date.is_none()
            && let Some(d) = &self.options.fallback_date
        {
            doc.date = Some(d.clone());
            doc.date_source = DateSource::Option;
        }
        Ok(doc)
    }

    /// Runs all stages on one document.
    pub fn process(&self, doc: Document) -> Outcome {
        let mut doc = match self.prepare(doc) {
            Ok(doc) => doc,
            Err(outcome) => return outcome,
        };
        for stage in &self.stages {
            if let Err(error) = stage.process(&mut doc) {
                return Outcome::Failed {
                    path: doc.source.path,
                    record: doc.source.record,
                    error,
                };
            }
        }
        if !self.options.keep_tokens {
            doc.tokens = Vec::new();
        }
        Outcome::Done(Box::new(doc))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use warta_core::SourceInfo;
    use warta_sources::SourceError;

    /// The full pipeline with Indonesian forced (no detection).
    fn indonesian_pipeline() -> Pipeline {
        Pipeline::new(PipelineOptions {
            language: LanguageChoice::Force("id".into()),
            ..Default::default()
        })
        .unwrap()
    }

    fn doc(text: &str) -> Result<Document, SourceError> {
        Ok(Document::new(text.to_string(), SourceInfo::default()))
    }

    #[test]
    fn output_keeps_input_order_with_many_threads() {
        let p = indonesian_pipeline();
        let texts: Vec<String> = (0..500).map(|i| format!("Berita nomor {i}.")).collect();
        let mut seen = Vec::new();
        run(&p, texts.iter().map(|t| doc(t)), 4, 7, |r| {
            if let Ok(Outcome::Done(d)) = r {
                seen.push(d.text.clone());
            }
        });
        assert_eq!(seen, texts);
    }

    #[test]
    fn a_window_of_one_still_keeps_order_and_reports_read_errors() {
        let p = indonesian_pipeline();
        let items = (0..40).map(|i| {
            if i % 10 == 3 {
                Err(SourceError::new("in.jsonl", Some(i), "bad record"))
            } else {
                doc(&format!("Kabar {i}."))
            }
        });
        let mut seen = Vec::new();
        run(&p, items, 3, 1, |r| {
            seen.push(match r {
                Ok(Outcome::Done(d)) => d.text.clone(),
                Ok(_) => "other".into(),
                Err(_) => "error".into(),
            })
        });
        let want: Vec<String> = (0..40)
            .map(|i| {
                if i % 10 == 3 {
                    "error".into()
                } else {
                    format!("Kabar {i}.")
                }
            })
            .collect();
        assert_eq!(seen, want);
    }

    #[test]
    fn small_windows_never_deadlock() {
        let p = indonesian_pipeline();
        let texts: Vec<String> = (0..30).map(|i| format!("Kabar {i}.")).collect();
        for jobs in 1..=4 {
            for window in 1..=5 {
                let mut seen = Vec::new();
                run(&p, texts.iter().map(|t| doc(t)), jobs, window, |r| {
                    if let Ok(Outcome::Done(d)) = r {
                        seen.push(d.text.clone());
                    }
                });
                assert_eq!(seen, texts, "jobs {jobs} window {window}");
            }
        }
    }

    #[test]
    fn a_panicking_sink_stops_the_workers_instead_of_hanging() {
        let p = indonesian_pipeline();
        let texts: Vec<String> = (0..200).map(|i| format!("Berita {i}.")).collect();
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut n = 0;
            run(&p, texts.iter().map(|t| doc(t)), 2, 4, |_| {
                n += 1;
                assert!(n < 10, "sink gave up");
            })
        }));
        assert!(outcome.is_err());
    }

    #[test]
    fn stop_after_drops_the_later_stages() {
        let p = Pipeline::new(PipelineOptions::default()).unwrap();
        let all: Vec<&str> = p.stages().map(|s| s.name()).collect();
        let short = Pipeline::new(PipelineOptions::default())
            .unwrap()
            .stop_after("entities")
            .unwrap();
        let names: Vec<&str> = short.stages().map(|s| s.name()).collect();
        assert_eq!(names.last(), Some(&"entities"));
        assert!(names.len() < all.len());
        assert!(
            Pipeline::new(PipelineOptions::default())
                .unwrap()
                .stop_after("nope")
                .is_none()
        );
    }

    #[test]
    fn rejects_unknown_forced_language_and_bad_date() {
        let bad_lang = PipelineOptions {
            language: LanguageChoice::Force("xx".into()),
            ..Default::default()
        };
        assert!(matches!(
            Pipeline::new(bad_lang),
            Err(PipelineError::UnsupportedLanguage(..))
        ));
        let bad_date = PipelineOptions {
            fallback_date: Some("6/9/2023".into()),
            ..Default::default()
        };
        assert!(matches!(
            Pipeline::new(bad_date),
            Err(PipelineError::BadDate(..))
        ));
    }

    #[test]
    fn empty_documents_are_skipped() {
        let p = Pipeline::new(PipelineOptions::default()).unwrap();
        let out = p.process(Document::new("  \n".into(), SourceInfo::default()));
        assert!(matches!(out, Outcome::Skipped { .. }));
    }
}
