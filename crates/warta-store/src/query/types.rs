//! The serde-serializable parameter and result types of the read API.

use serde::{Deserialize, Serialize};
use warta_core::Document;

/// Filters for [`Store::list_events`], [`Store::timeline`] and [`Store::network`].
/// Every field is optional; set ones are combined with AND.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EventFilter {
    /// Actor code or name (case-insensitive) of the source or the target.
    pub actor: Option<String>,
    /// ISO 3166-1 alpha-3 (actors) or alpha-2 (place) country code of either actor or the place.
    pub country: Option<String>,
    /// PLOVER event type (`CONSULT`).
    pub plover: Option<String>,
    /// CAMEO quad class, 1..=4.
    pub quad: Option<u8>,
    /// First day, `YYYY-MM-DD`, inclusive.
    pub date_from: Option<String>,
    /// Last day, `YYYY-MM-DD`, inclusive.
    pub date_to: Option<String>,
    /// Bounding box `[min_lon, min_lat, max_lon, max_lat]` around the event place.
    pub bbox: Option<[f64; 4]>,
    /// Full-text query over the reporting articles (FTS5 syntax; plain words work).
    pub q: Option<String>,
    /// Page size (default 50, at most 1000).
    pub limit: Option<u32>,
    /// Rows to skip.
    pub offset: Option<u32>,
    /// Order of the results.
    pub sort: EventSort,
}

/// Orders of [`Store::list_events`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventSort {
    /// Newest first (default).
    #[default]
    DateDesc,
    /// Oldest first.
    DateAsc,
    /// Most mentioned first.
    Mentions,
    /// Most distinct sources first.
    Sources,
}

/// One page of results.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Page<T> {
    /// All matching rows, ignoring limit and offset.
    pub total: u64,
    /// Page size used.
    pub limit: u32,
    /// Rows skipped.
    pub offset: u32,
    /// The rows.
    pub items: Vec<T>,
}

/// A clustered event (one row of the GDELT-like events table).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventSummary {
    /// Numeric cluster id (GDELT's GLOBALEVENTID).
    pub id: i64,
    /// PLOVER type.
    pub plover: String,
    /// PLOVER mode.
    pub mode: Option<String>,
    /// CAMEO code.
    pub cameo: Option<String>,
    /// Quad class 1..=4.
    pub quad: Option<u8>,
    /// Goldstein score.
    pub goldstein: Option<f64>,
    /// Source actor code.
    pub source_actor: Option<String>,
    /// Source actor name.
    pub source_name: Option<String>,
    /// Source actor country (alpha-3).
    pub source_country: Option<String>,
    /// Target actor code.
    pub target_actor: Option<String>,
    /// Target actor name.
    pub target_name: Option<String>,
    /// Target actor country (alpha-3).
    pub target_country: Option<String>,
    /// First day the event is dated to.
    pub date: Option<String>,
    /// Last day among its mentions.
    pub last_date: Option<String>,
    /// Place name.
    pub place_name: Option<String>,
    /// GeoNames id of the place.
    pub geonameid: Option<i64>,
    /// Place country (alpha-2).
    pub place_country: Option<String>,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
    /// Mentions over all articles and copies.
    pub num_mentions: i64,
    /// Distinct sources (wire services count once).
    pub num_sources: i64,
    /// Articles (copies included).
    pub num_articles: i64,
    /// URL of the first report.
    pub first_url: Option<String>,
    /// Date of the first report.
    pub first_date: Option<String>,
    /// Article of the first report.
    pub first_article_id: String,
    /// Highest coding confidence among mentions.
    pub confidence: f64,
}

/// One mention of a clustered event, with its provenance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventMentionRecord {
    /// Event record id (`<article>:V1`).
    pub event_id: String,
    /// Article id.
    pub article_id: String,
    /// Article URL.
    pub url: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Publisher.
    pub publisher: Option<String>,
    /// Article date.
    pub article_date: Option<String>,
    /// Sentence index.
    pub sentence: i64,
    /// First code point of the event clause.
    pub start: i64,
    /// One past its last code point.
    pub end: i64,
    /// The sentence's text.
    pub sentence_text: String,
    /// Trigger.
    pub trigger: String,
    /// Rule that coded the event.
    pub rule: String,
    /// Coding confidence.
    pub confidence: f64,
    /// Event date as written (TIMEX3).
    pub date: Option<String>,
    /// Who claims it, when reported.
    pub claimed_by: Option<serde_json::Value>,
    /// Source actor text in this mention.
    pub source_text: Option<String>,
    /// Target actor text in this mention.
    pub target_text: Option<String>,
}

/// A clustered event with all its mentions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventDetail {
    /// The event.
    #[serde(flatten)]
    pub event: EventSummary,
    /// Its mentions, earliest article first.
    pub mentions: Vec<EventMentionRecord>,
}

/// An entity name aggregated over articles.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntitySummary {
    /// Canonical name.
    pub canonical: String,
    /// `PERSON`, `ORGANIZATION` or `LOCATION`.
    pub kind: String,
    /// Most frequent actor code.
    pub actor: Option<String>,
    /// Country (alpha-3).
    pub country: Option<String>,
    /// Role, when known.
    pub role: Option<String>,
    /// Articles mentioning it.
    pub articles: i64,
    /// Mentions over all articles.
    pub mentions: i64,
}

/// An actor with its event count.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorCount {
    /// Actor code.
    pub actor: String,
    /// A name seen for it.
    pub name: Option<String>,
    /// Clustered events it takes part in (as source or target).
    pub events: i64,
    /// Mentions of those events.
    pub mentions: i64,
}

/// An article and all its annotations.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleRecord {
    /// Article id (content hash).
    pub id: String,
    /// Everything warta extracted, as `warta extract` prints it.
    pub document: Document,
    /// Every URL or path this text was seen at.
    pub copies: Vec<String>,
    /// Clustered events it reports.
    pub event_ids: Vec<i64>,
}

/// A full-text search hit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleHit {
    /// Article id.
    pub id: String,
    /// Headline.
    pub title: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Publisher.
    pub publisher: Option<String>,
    /// Date.
    pub date: Option<String>,
    /// Language.
    pub language: String,
    /// Matching passage, matches wrapped in `[` `]`.
    pub snippet: String,
    /// BM25 rank (lower is better).
    pub rank: f64,
}

/// How [`Store::timeline`] splits counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimelineGroup {
    /// By quad class (default).
    #[default]
    Quad,
    /// By PLOVER type.
    Plover,
}

/// Events of one day and group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelinePoint {
    /// Day.
    pub date: String,
    /// Quad class (as text) or PLOVER type.
    pub group: String,
    /// Clustered events.
    pub events: i64,
    /// Their mentions.
    pub mentions: i64,
}

/// A source -> target actor pair.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dyad {
    /// Source actor code (or name when uncoded).
    pub source: String,
    /// Target actor code (or name).
    pub target: String,
    /// Clustered events.
    pub events: i64,
    /// Their mentions.
    pub mentions: i64,
    /// Mean Goldstein score.
    pub goldstein: Option<f64>,
}

/// Row counts of the main tables.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoreStats {
    /// Distinct article texts.
    pub articles: i64,
    /// URLs/paths those texts were seen at.
    pub copies: i64,
    /// Entities.
    pub entities: i64,
    /// Event records (per article).
    pub events: i64,
    /// Clustered events.
    pub clusters: i64,
    /// Quotes.
    pub quotes: i64,
}
