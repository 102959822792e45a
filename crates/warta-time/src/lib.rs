//! # warta-time
//!
//! Temporal expressions (TIMEX3) and the document date.
//!
//! [`TimeStage`] finds dates, times, durations and sets in Indonesian and
//! English news text, normalises them to TIMEX3 values (`2023-09-06`,
//! `2023-W35`, `P3Y`, `PRESENT_REF`) and fills `Document::times`. It also
//! settles the document date: metadata wins, then the article's dateline
//! (`Rabu (6/9)`), then the `--date` option; with none, relative values stay
//! underspecified (`XXXX-09-06`, `PAST_REF`).
//!
//! Modules, by job:
//! - `lexicon`: the per-language word tables (`data/lang/<code>/time/`);
//! - `tokens`: a tokenizer that keeps `6/9` and `06.18` whole;
//! - `view`: tokens with their lexicon readings, counts (`dua puluh`), units;
//! - `recognizer`: class-based patterns for dates, weekdays, months, years,
//!   clock times, fixed phrases and modifiers; `relative`: counted and
//!   relative units, recurrences, quarters;
//! - `clause`: sentence ids and the clause's tense (for `Juli` or `Senin`);
//! - `normalizer`: values and anchors (document date, or the last date told
//!   in the story for `tiga minggu kemudian`), calendar arithmetic with `jiff`;
//! - `dateline`: the document date from the first lines;
//! - [`timeml`] and [`eval`]: TimeML reading and scoring for `warta eval time`.
//!
//! Each record's `rule` is `time:<lang>:<pattern>` (`time:id:weekday_dm`,
//! `time:en:direction_unit`, `...+since` when introduced by `sejak`/`since`).
//! The language knowledge is in `data/lang/<code>/time/{words,phrases,holidays}.tsv`,
//! documented in each file's header; `WARTA_DATA` lets a linguist try edits
//! without rebuilding.

mod clause;
mod dateline;
pub mod eval;
pub(crate) mod lexicon;
mod normalizer;
mod recognizer;
mod relative;
pub mod timeml;
mod tokens;
mod view;

use rustc_hash::FxHashMap as HashMap;

use jiff::civil::Date;
use warta_core::{
    DateSource, Document, LanguagePack, LanguageResources, ResourceError, Stage, StageError,
    TimeExpr,
};

use crate::clause::clause_lean;
use crate::lexicon::Lexicon;
use crate::normalizer::{Anchors, Lean, Spec, parse_date, ymd};
use crate::recognizer::{View, recognize};

/// Options of the time stage.
#[derive(Debug, Clone, Default)]
pub struct TimeOptions {
    /// "Today" (`YYYY-MM-DD`) for inferring the year of a dateline that has
    /// none; `None` means the system clock.
    pub now: Option<String>,
}

/// The times stage. Fills `Document::times` and the document date.
#[derive(Debug)]
pub struct TimeStage {
    lexicons: HashMap<String, Lexicon>,
    now: Date,
}

/// The time stage could not be built.
#[derive(Debug, thiserror::Error)]
pub enum TimeError {
    /// A time resource file is malformed.
    #[error(transparent)]
    Resource(#[from] ResourceError),
    /// `now` is not a date.
    #[error("invalid --now date `{0}`: expected YYYY-MM-DD")]
    BadNow(String),
}

impl Default for TimeStage {
    fn default() -> Self {
        Self::new()
    }
}

impl TimeStage {
    /// Builds the stage for every compiled-in language, with "now" from the
    /// system clock. Resource errors are logged and that language gets no
    /// time words; use [`TimeStage::with_options`] to see them.
    pub fn new() -> Self {
        match Self::with_options(&TimeOptions::default()) {
            Ok(stage) => stage,
            Err(e) => {
                tracing_warn(&e);
                Self {
                    lexicons: HashMap::default(),
                    now: today(),
                }
            }
        }
    }

    /// Builds the stage with options, loading every compiled-in language pack.
    pub fn with_options(options: &TimeOptions) -> Result<Self, TimeError> {
        let packs: Vec<LanguagePack> = warta_core::resources::available_languages()
            .iter()
            .filter_map(|c| LanguagePack::get(c))
            .collect();
        let refs: Vec<&dyn LanguageResources> =
            packs.iter().map(|p| p as &dyn LanguageResources).collect();
        Self::from_packs(&refs, options)
    }

    /// Builds the stage from explicit language packs (tests, custom data).
    pub fn from_packs(
        packs: &[&dyn LanguageResources],
        options: &TimeOptions,
    ) -> Result<Self, TimeError> {
        let now = match &options.now {
            Some(s) => parse_date(s)
                .filter(|_| s.len() == 10)
                .ok_or_else(|| TimeError::BadNow(s.clone()))?,
            None => today(),
        };
        let mut lexicons = HashMap::default();
        for pack in packs {
            lexicons.insert(pack.code().to_string(), Lexicon::load(*pack)?);
        }
        Ok(Self { lexicons, now })
    }

    fn lexicon(&self, code: &str) -> Option<&Lexicon> {
        self.lexicons
            .get(code)
            .or_else(|| self.lexicons.get("id"))
            .or_else(|| self.lexicons.values().next())
    }

    /// Finds and normalises the time expressions of `doc` and settles its date.
    pub fn annotate(&self, doc: &mut Document) {
        let Some(lex) = self.lexicon(&doc.language.code) else {
            return;
        };
        let text = std::mem::take(&mut doc.text);
        let toks = tokens::tokenize(&text);
        let view = View::new(&text, &toks, lex);
        let drafts = recognize(&view);

        if doc.date_source != DateSource::Metadata || doc.date.is_none() {
            if let Some((date, _rule)) = dateline::find(&view, &drafts, self.now) {
                doc.date = Some(ymd(date));
                doc.date_source = DateSource::Dateline;
            }
        }
        let mut anchors = Anchors {
            document: doc.date.as_deref().and_then(parse_date),
            ..Default::default()
        };
        let sentence_of = clause::sentence_ids(&view);
        // The sentence in which the story's current day was last told.
        let mut told_in: Option<u32> = None;
        let holidays = |key: &str| -> Option<Vec<Date>> {
            lex.holidays
                .get(key)
                .map(|v| v.iter().filter_map(|d| parse_date(d)).collect())
        };
        // Drafts come in text order, so code point offsets are counted
        // forward from the previous one instead of indexing the whole text.
        let mut chars = CharCounter::default();
        let mut times = Vec::with_capacity(drafts.len());
        for d in &drafts {
            // "Since" looks back; otherwise the clause's tense decides.
            let lean = if d.since {
                Lean::Past
            } else if d.spec.needs_tense() {
                clause_lean(&view, d.start, d.end)
            } else {
                Lean::Nearest
            };
            let sentence_id = sentence_of[d.start];
            let recent = told_in.is_some_and(|s| s + 1 >= sentence_id);
            let r = if matches!(d.spec, Spec::Clock { date: None, .. }) && !recent {
                // A bare clock time belongs to a day told in its own or the
                // previous sentence, else to the document date.
                let own = Anchors {
                    narrative: None,
                    ..anchors
                };
                normalizer::resolve(&d.spec, own, lean, &holidays)
            } else {
                normalizer::resolve(&d.spec, anchors, lean, &holidays)
            };
            // An absolute date becomes the anchor of later "kemudian"s.
            if let Some(t) = normalizer::told(&d.spec, &r) {
                anchors.tell(t);
                if t.1 == lexicon::Unit::Day {
                    told_in = Some(sentence_id);
                }
            }
            let b0 = toks[d.start].start;
            let b1 = toks[d.end - 1].end;
            let start = chars.offset(&text, b0);
            let sentence = doc.sentences.partition_point(|s| s.end <= start);
            // `time:{code}:{rule}[+since]`, built without `format!` (once per expression).
            let mut rule = String::with_capacity(12 + lex.code.len() + d.rule.len());
            rule.push_str("time:");
            rule.push_str(&lex.code);
            rule.push(':');
            rule.push_str(d.rule);
            if d.since {
                rule.push_str("+since");
            }
            times.push(TimeExpr {
                start,
                end: chars.offset(&text, b1),
                text: text[b0..b1].to_string(),
                sentence: sentence.min(doc.sentences.len().saturating_sub(1)),
                kind: d.kind,
                value: r.value,
                anchor: r.anchor,
                modifier: d.modifier.clone(),
                rule,
            });
        }
        doc.text = text;
        doc.times = times;
    }
}

/// Converts increasing byte offsets of one text to code point offsets.
#[derive(Default)]
struct CharCounter {
    byte: usize,
    chars: usize,
}

impl CharCounter {
    /// The code point offset of `byte`; offsets before the last one asked
    /// are counted again from the start.
    fn offset(&mut self, text: &str, byte: usize) -> usize {
        if byte < self.byte {
            *self = Self::default();
        }
        self.chars += text.get(self.byte..byte).map_or(0, |s| s.chars().count());
        self.byte = byte;
        self.chars
    }
}

fn today() -> Date {
    jiff::ZonedDateTime::now().date()
}

fn tracing_warn(e: &TimeError) {
    tracing::error!("warta-time: {e}; time expressions are disabled until the file is fixed");
}

impl Stage for TimeStage {
    fn name(&self) -> &'static str {
        "times"
    }

    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        self.annotate(doc);
        Ok(())
    }
}
