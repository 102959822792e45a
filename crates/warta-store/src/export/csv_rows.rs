//! CSV export: one row per clustered event with actors, dates, place and the
//! provenance of its first mention.

use std::io::Write;

use serde::{Deserialize, Serialize};

use super::ExportEvent;
use crate::{Store, StoreError};

/// One CSV row. Also the type to read the CSV back with (`csv::Reader::deserialize`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CsvEvent {
    /// Cluster id.
    pub event_id: i64,
    /// Event day.
    pub date: Option<String>,
    /// PLOVER type.
    pub plover: String,
    /// PLOVER mode.
    pub mode: Option<String>,
    /// PLOVER contexts, `;`-separated.
    pub context: String,
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
    /// Source country.
    pub source_country: Option<String>,
    /// Target actor code.
    pub target_actor: Option<String>,
    /// Target actor name.
    pub target_name: Option<String>,
    /// Target country.
    pub target_country: Option<String>,
    /// Place name.
    pub place_name: Option<String>,
    /// Place country (alpha-2).
    pub place_country: Option<String>,
    /// GeoNames id.
    pub geonameid: Option<i64>,
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
    /// Article of the first mention.
    pub article_id: String,
    /// Event record of the first mention.
    pub event_record: String,
    /// Sentence index of the first mention.
    pub sentence: i64,
    /// Clause start (code points).
    pub start: i64,
    /// Clause end (code points).
    pub end: i64,
    /// Trigger.
    pub trigger: String,
    /// Rule that coded it.
    pub rule: String,
    /// Highest confidence.
    pub confidence: f64,
    /// Sentence text of the first mention.
    pub sentence_text: String,
}

impl From<ExportEvent> for CsvEvent {
    fn from(e: ExportEvent) -> Self {
        Self {
            event_id: e.event.id,
            date: e.event.date,
            plover: e.event.plover,
            mode: e.event.mode,
            context: e.context.join(";"),
            cameo: e.event.cameo,
            quad: e.event.quad,
            goldstein: e.event.goldstein,
            source_actor: e.event.source_actor,
            source_name: e.event.source_name,
            source_country: e.event.source_country,
            target_actor: e.event.target_actor,
            target_name: e.event.target_name,
            target_country: e.event.target_country,
            place_name: e.event.place_name,
            place_country: e.event.place_country,
            geonameid: e.event.geonameid,
            lat: e.event.lat,
            lon: e.event.lon,
            num_mentions: e.event.num_mentions,
            num_sources: e.event.num_sources,
            num_articles: e.event.num_articles,
            first_url: e.event.first_url,
            first_date: e.event.first_date,
            article_id: e.event.first_article_id,
            event_record: e.first_event_id,
            sentence: e.sentence,
            start: e.start,
            end: e.end,
            trigger: e.trigger,
            rule: e.rule,
            confidence: e.event.confidence,
            sentence_text: e.sentence_text,
        }
    }
}

pub(crate) fn write_csv(store: &Store, out: &mut dyn Write) -> Result<u64, StoreError> {
    let mut w = csv::Writer::from_writer(out);
    let mut n = 0;
    for e in store.export_rows()? {
        w.serialize(CsvEvent::from(e))?;
        n += 1;
    }
    w.flush()?;
    Ok(n)
}
