//! Exports: GDELT 2.0 Events, Mentions and GKG 2.1 (tab-separated, GDELT's
//! column order), PLOVER JSONL and CSV.
//!
//! Exports are deterministic: rows come in id order and no column carries the
//! wall-clock time (GDELT's `DATEADDED` is the first report's date).

mod codes;
mod csv_rows;
mod gdelt;
mod gkg;
mod plover;

use std::io::Write;
use std::str::FromStr;

use rusqlite::Row;
use serde::{Deserialize, Serialize};

pub use codes::CountryCodes;
pub use csv_rows::CsvEvent;
pub use gdelt::{GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS};
pub use gkg::GKG_COLUMNS;

use crate::query::{EventSummary, SUMMARY_COLUMNS, summary_from_row};
use crate::util::query_all;
use crate::{Store, StoreError};

/// Export formats of [`Store::export`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExportFormat {
    /// GDELT 2.0 Event table: 61 tab-separated columns, no header.
    GdeltEvents,
    /// GDELT 2.0 Mentions table: 16 tab-separated columns, no header.
    GdeltMentions,
    /// GDELT GKG 2.1: 27 tab-separated columns, one row per article copy, no header.
    GdeltGkg,
    /// One PLOVER event per line, PLOVER field names plus warta's counts and mentions.
    Plover,
    /// Events with actors, dates, places and provenance; CSV with a header.
    Csv,
}

impl ExportFormat {
    /// Every format's command-line name.
    pub const NAMES: &[&str] = &[
        "gdelt-events",
        "gdelt-mentions",
        "gdelt-gkg",
        "plover",
        "csv",
    ];
}

impl FromStr for ExportFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s {
            "gdelt-events" => Self::GdeltEvents,
            "gdelt-mentions" => Self::GdeltMentions,
            "gdelt-gkg" => Self::GdeltGkg,
            "plover" => Self::Plover,
            "csv" => Self::Csv,
            other => {
                return Err(format!(
                    "unknown export format `{other}`; use one of {}",
                    Self::NAMES.join(", ")
                ));
            }
        })
    }
}

impl Store {
    /// Writes every clustered event (or article, for GKG) in `format`;
    /// returns the number of rows written.
    pub fn export(&self, format: ExportFormat, out: &mut dyn Write) -> Result<u64, StoreError> {
        let codes = CountryCodes::load()?;
        match format {
            ExportFormat::GdeltEvents => gdelt::write_events(self, &codes, out),
            ExportFormat::GdeltMentions => gdelt::write_mentions(self, out),
            ExportFormat::GdeltGkg => gkg::write_gkg(self, &codes, out),
            ExportFormat::Plover => plover::write_plover(self, out),
            ExportFormat::Csv => csv_rows::write_csv(self, out),
        }
    }

    /// Every clustered event with its first mention, in id order.
    pub fn export_rows(&self) -> Result<Vec<ExportEvent>, StoreError> {
        query_all(
            &self.conn,
            &format!("SELECT {SUMMARY_COLUMNS}, {EXPORT_COLUMNS} {EXPORT_FROM} ORDER BY c.id"),
            [],
            ExportEvent::from_row,
        )
    }
}

/// The columns of an [`ExportEvent`] after the [`SUMMARY_COLUMNS`].
const EXPORT_COLUMNS: &str = "c.source_sector, c.target_sector, c.place_admin1, c.place_feature,
    c.first_event_id, e.context, e.sentence, e.start, e.\"end\", e.trigger, e.rule, e.source_text, e.target_text,
    a.language, a.publisher, a.path,
    substr(a.text, s.start + 1, s.\"end\" - s.start)";

const EXPORT_FROM: &str = "FROM clusters c
    JOIN events e ON e.id = c.first_event_id
    JOIN articles a ON a.id = e.article_id
    LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence";

/// A clustered event with the details of its first mention: the row every
/// event export is made from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExportEvent {
    /// The clustered event, as the query API lists it.
    #[serde(flatten)]
    pub event: EventSummary,
    /// Source sector.
    pub source_sector: Option<String>,
    /// Target sector.
    pub target_sector: Option<String>,
    /// Place admin1 code.
    pub place_admin1: Option<String>,
    /// GeoNames feature code.
    pub place_feature: Option<String>,
    /// First event record (`article:V1`).
    pub first_event_id: String,
    /// PLOVER contexts of the first mention.
    pub context: Vec<String>,
    /// Sentence of the first mention.
    pub sentence: i64,
    /// Start of the first mention's clause.
    pub start: i64,
    /// End of the first mention's clause.
    pub end: i64,
    /// Trigger of the first mention.
    pub trigger: String,
    /// Rule of the first mention.
    pub rule: String,
    /// Source actor text of the first mention.
    pub source_text: Option<String>,
    /// Target actor text of the first mention.
    pub target_text: Option<String>,
    /// Language of the first article.
    pub language: String,
    /// Publisher of the first article.
    pub publisher: Option<String>,
    /// Input path of the first article.
    pub path: String,
    /// Sentence text of the first mention.
    pub sentence_text: String,
}

impl ExportEvent {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        let context: String = r.get(31)?;
        Ok(Self {
            event: summary_from_row(r)?,
            source_sector: r.get(26)?,
            target_sector: r.get(27)?,
            place_admin1: r.get(28)?,
            place_feature: r.get(29)?,
            first_event_id: r.get(30)?,
            context: serde_json::from_str(&context).unwrap_or_default(),
            sentence: r.get(32)?,
            start: r.get(33)?,
            end: r.get(34)?,
            trigger: r.get(35)?,
            rule: r.get(36)?,
            source_text: r.get(37)?,
            target_text: r.get(38)?,
            language: r.get(39)?,
            publisher: r.get(40)?,
            path: r.get(41)?,
            sentence_text: r.get::<_, Option<String>>(42)?.unwrap_or_default(),
        })
    }
}

/// A text field safe for a tab-separated line: tabs and line breaks become spaces.
pub(crate) fn tsv_field(s: &str) -> String {
    s.chars()
        .map(|c| {
            if matches!(c, '\t' | '\n' | '\r') {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// `2023-09-06` -> `20230906`.
pub(crate) fn compact_date(date: Option<&str>) -> String {
    date.and_then(crate::util::full_date)
        .map(|d| d.replace('-', ""))
        .unwrap_or_default()
}
