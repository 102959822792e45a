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
        let mut st = self.conn.prepare(&format!(
            "SELECT {EXPORT_COLUMNS} {EXPORT_FROM} ORDER BY c.id"
        ))?;
        let rows = st
            .query_map([], ExportEvent::from_row)?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }
}

const EXPORT_COLUMNS: &str = "c.id, c.plover, c.mode, c.cameo, c.quad, c.goldstein,
    c.source_actor, c.source_name, c.source_country, c.source_sector,
    c.target_actor, c.target_name, c.target_country, c.target_sector,
    c.date, c.place_name, c.geonameid, c.place_country, c.place_admin1, c.place_feature,
    c.lat, c.lon, c.num_mentions, c.num_sources, c.num_articles, c.first_url, c.first_date,
    c.first_article_id, c.first_event_id, c.confidence,
    e.context, e.sentence, e.start, e.\"end\", e.trigger, e.rule, e.source_text, e.target_text,
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
    /// Cluster id (GLOBALEVENTID).
    pub id: i64,
    /// PLOVER type.
    pub plover: String,
    /// PLOVER mode.
    pub mode: Option<String>,
    /// CAMEO code.
    pub cameo: Option<String>,
    /// Quad class.
    pub quad: Option<u8>,
    /// Goldstein score.
    pub goldstein: Option<f64>,
    /// Source actor code.
    pub source_actor: Option<String>,
    /// Source actor name.
    pub source_name: Option<String>,
    /// Source country (alpha-3).
    pub source_country: Option<String>,
    /// Source sector.
    pub source_sector: Option<String>,
    /// Target actor code.
    pub target_actor: Option<String>,
    /// Target actor name.
    pub target_name: Option<String>,
    /// Target country (alpha-3).
    pub target_country: Option<String>,
    /// Target sector.
    pub target_sector: Option<String>,
    /// Event day.
    pub date: Option<String>,
    /// Place name.
    pub place_name: Option<String>,
    /// GeoNames id.
    pub geonameid: Option<i64>,
    /// Place country (alpha-2).
    pub place_country: Option<String>,
    /// Place admin1 code.
    pub place_admin1: Option<String>,
    /// GeoNames feature code.
    pub place_feature: Option<String>,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
    /// Mentions.
    pub num_mentions: i64,
    /// Distinct sources.
    pub num_sources: i64,
    /// Articles.
    pub num_articles: i64,
    /// First report's URL.
    pub first_url: Option<String>,
    /// First report's date.
    pub first_date: Option<String>,
    /// First report's article.
    pub first_article_id: String,
    /// First event record (`article:V1`).
    pub first_event_id: String,
    /// Highest confidence.
    pub confidence: f64,
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
        let context: String = r.get(30)?;
        Ok(Self {
            id: r.get(0)?,
            plover: r.get(1)?,
            mode: r.get(2)?,
            cameo: r.get(3)?,
            quad: r.get(4)?,
            goldstein: r.get(5)?,
            source_actor: r.get(6)?,
            source_name: r.get(7)?,
            source_country: r.get(8)?,
            source_sector: r.get(9)?,
            target_actor: r.get(10)?,
            target_name: r.get(11)?,
            target_country: r.get(12)?,
            target_sector: r.get(13)?,
            date: r.get(14)?,
            place_name: r.get(15)?,
            geonameid: r.get(16)?,
            place_country: r.get(17)?,
            place_admin1: r.get(18)?,
            place_feature: r.get(19)?,
            lat: r.get(20)?,
            lon: r.get(21)?,
            num_mentions: r.get(22)?,
            num_sources: r.get(23)?,
            num_articles: r.get(24)?,
            first_url: r.get(25)?,
            first_date: r.get(26)?,
            first_article_id: r.get(27)?,
            first_event_id: r.get(28)?,
            confidence: r.get(29)?,
            context: serde_json::from_str(&context).unwrap_or_default(),
            sentence: r.get(31)?,
            start: r.get(32)?,
            end: r.get(33)?,
            trigger: r.get(34)?,
            rule: r.get(35)?,
            source_text: r.get(36)?,
            target_text: r.get(37)?,
            language: r.get(38)?,
            publisher: r.get(39)?,
            path: r.get(40)?,
            sentence_text: r.get::<_, Option<String>>(41)?.unwrap_or_default(),
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
