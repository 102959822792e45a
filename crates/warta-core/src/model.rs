//! The document model: one [`Document`] flows through every pipeline stage and
//! is serialized as one JSON object per line (see `docs/schema.md`).
//!
//! All `start`/`end` offsets are **Unicode code point offsets** into
//! [`Document::text`], half-open (`start..end`). Stages usually work on byte
//! offsets of the Rust `&str`; they convert with [`Document::char_offset`] and
//! slice with [`Document::slice`] (see [`crate::TextIndex`]).

use serde::{Deserialize, Serialize};

use crate::text_index::TextIndex;

/// Version tag written into every output document. Bump the number when a
/// field changes meaning or is removed; adding optional fields keeps it.
pub const SCHEMA_VERSION: &str = "warta/1";

/// One article (or feed item, or WARC record) with everything warta found in it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Document {
    /// Schema version, [`SCHEMA_VERSION`].
    pub schema: String,
    /// Stable identifier: the input's own id when it has one, else a content hash
    /// of the text (see [`Document::content_id`]).
    pub id: String,
    /// Where the document came from.
    pub source: SourceInfo,
    /// The document's language and how sure we are.
    pub language: LanguageInfo,
    /// Document (publication) date, `YYYY-MM-DD`, or `null` when unknown.
    pub date: Option<String>,
    /// Where [`Document::date`] came from.
    pub date_source: DateSource,
    /// The body text all offsets refer to.
    pub text: String,
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
    /// Tokens in text order. Only serialized when asked for (`--tokens`);
    /// always filled in memory for the stages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tokens: Vec<Token>,
    /// People, organisations and places, one record per real-world referent.
    pub entities: Vec<Entity>,
    /// Temporal expressions, normalized.
    pub times: Vec<TimeExpr>,
    /// Direct and indirect quotations.
    pub quotes: Vec<Quote>,
    /// Story-wide citations (`Mengutip Reuters`, `according to AFP`).
    #[serde(default)]
    pub sources: Vec<CitedSource>,
    /// Coded events.
    pub events: Vec<Event>,
    /// Non-fatal problems met while reading or processing this document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// Offset conversion table, rebuilt on demand; never serialized.
    #[serde(skip)]
    index: Option<TextIndex>,
}

/// Where a document came from.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceInfo {
    /// Input path (`-` for standard input).
    pub path: String,
    /// Canonical URL (link, WARC target URI), if known.
    pub url: Option<String>,
    /// Headline, if known.
    pub title: Option<String>,
    /// Publisher or site name, if known.
    pub publisher: Option<String>,
    /// Input format: `txt`, `jsonl`, `html`, `rss`, `atom`, `warc`.
    pub format: String,
    /// Position inside the input: line number (JSONL), item index (feeds) or
    /// byte offset of the record (WARC). `null` for one-document files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<u64>,
}

/// Language of a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LanguageInfo {
    /// ISO 639-1 code (`id`, `en`, `ms`) or `und` when undetermined.
    pub code: String,
    /// Confidence in 0..=1.
    pub confidence: f32,
    /// How it was decided: `detected`, `input` (given by the input) or `forced` (`--lang`).
    #[serde(default = "LanguageInfo::default_method")]
    pub method: String,
}

impl LanguageInfo {
    fn default_method() -> String {
        "detected".into()
    }
    /// The undetermined language, before detection ran.
    pub fn undetermined() -> Self {
        Self {
            code: "und".into(),
            confidence: 0.0,
            method: "detected".into(),
        }
    }
}

/// Where the document date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// Input metadata (JSONL field, HTML meta, feed pubDate, WARC-Date).
    Metadata,
    /// The article's dateline, e.g. `Rabu (6/9)`.
    Dateline,
    /// The `--date` option.
    Option,
    /// No date known.
    #[default]
    None,
}

/// A sentence: a half-open code point range of [`Document::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    /// A word (letters, possibly with inner hyphens or apostrophes).
    Word,
    /// A number, including decimals, thousands separators, `6/9`, `17.00`.
    Number,
    /// Punctuation.
    Punct,
    /// A URL.
    Url,
    /// An e-mail address.
    Email,
    /// Anything else (symbols, emoji).
    Symbol,
}

/// A token with its code point span.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// Index of the sentence it belongs to.
    pub sentence: usize,
    /// Token class.
    pub kind: TokenKind,
    /// True for a clitic split off its host (`-nya`, `-lah`, `-kah`, `-pun`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub clitic: bool,
}

/// Entity types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    /// A person.
    Person,
    /// An organisation, including governments and news agencies.
    Organization,
    /// A place: country, region, city, landmark.
    Location,
}

/// One mention of an entity in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The mention's text, `text[start..end]`.
    pub text: String,
    /// Index of the sentence.
    pub sentence: usize,
    /// Rule or model that found this mention (e.g. `gazetteer:country`, `ner:perceptron`, `alias:surname`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rule: String,
}

/// A GeoNames place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Geo {
    /// GeoNames id.
    pub geonameid: u64,
    /// GeoNames name.
    pub name: String,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    /// First-level admin division code or name, if any.
    pub admin1: Option<String>,
    /// Latitude, WGS84.
    pub lat: f64,
    /// Longitude, WGS84.
    pub lon: f64,
    /// GeoNames feature code (`PPLC`, `PCLI`, `ADM1`, ...).
    pub feature: String,
}

/// A person, organisation or place, with all its mentions in the document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Document-local id (`E1`, `E2`, ...).
    pub id: String,
    /// Entity type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Canonical name (`Sergei Shoigu`, `Gedung Putih`).
    pub canonical: String,
    /// Role or title from the text or the knowledge base (`Menteri Pertahanan Rusia`).
    pub role: Option<String>,
    /// ISO 3166-1 alpha-3 country the entity belongs to.
    pub country: Option<String>,
    /// Sector code (GOV, MIL, MED, ...).
    pub sector: Option<String>,
    /// Actor code, country + sector (`RUSMIL`), or a sector alone for
    /// international actors (`IGO`, `MED`).
    pub actor: Option<String>,
    /// Mentions in text order.
    pub mentions: Vec<Mention>,
    /// Geocoding, for places.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geo: Option<Geo>,
    /// Rule or model that created the entity.
    pub rule: String,
}

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimeType {
    /// A calendar date or period (`2023-09-06`, `2023-09`, `2023-W35`).
    Date,
    /// A time of day (`2014-12-28T06:18`).
    Time,
    /// A length of time (`P6Y`).
    Duration,
    /// A recurrence (`setiap minggu`).
    Set,
}

/// A temporal expression.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeExpr {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// `text[start..end]`.
    pub text: String,
    /// Index of the sentence.
    pub sentence: usize,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: TimeType,
    /// TIMEX3 value (ISO 8601 or `PRESENT_REF`/`PAST_REF`/`FUTURE_REF`, `X` for unknown digits).
    pub value: String,
    /// What a relative value was computed from (`document_date:2023-09-06`), if relative.
    pub anchor: Option<String>,
    /// TIMEX3 `mod` (`START`, `END`, `APPROX`, ...), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// Rule that produced it.
    pub rule: String,
}

/// A quotation, direct or reported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Document-local id (`Q1`, ...).
    #[serde(default)]
    pub id: String,
    /// First code point of the quoted content.
    pub start: usize,
    /// One past the last code point of the quoted content.
    pub end: usize,
    /// The quoted content.
    pub text: String,
    /// True for a direct (verbatim, quote-marked) quotation.
    pub direct: bool,
    /// Speaker entity id, when resolved.
    pub speaker: Option<String>,
    /// Speaker name as best known (canonical entity name or the text).
    pub speaker_name: Option<String>,
    /// Speaker's role, if known.
    pub speaker_role: Option<String>,
    /// The reporting verb or phrase (`kata`, `mengatakan`, `said`, `menurut`).
    pub verb: Option<String>,
    /// Channels the quote came through, innermost first (`["Interfax"]`).
    #[serde(default)]
    pub via: Vec<String>,
    /// Index of the sentence where the quote starts.
    pub sentence: usize,
    /// Rule that produced it.
    pub rule: String,
}

/// A story-wide citation of a source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CitedSource {
    /// Name of the cited source (`Reuters`).
    pub name: String,
    /// Entity id, when it is an entity.
    pub entity: Option<String>,
    /// First code point of the citation phrase.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The citation phrase (`Mengutip Reuters`).
    pub text: String,
    /// Index of the sentence.
    pub sentence: usize,
    /// Rule that produced it.
    pub rule: String,
}

/// An event participant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorRef {
    /// Entity id, when the participant is an entity.
    pub entity: Option<String>,
    /// Actor code (`RUSMIL`, `PRK`).
    pub actor: Option<String>,
    /// The participant's text in the sentence.
    pub text: String,
}

/// Where an event took place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceRef {
    /// Entity id of the place.
    pub entity: Option<String>,
    /// Place name.
    pub name: String,
    /// Geocoding, when known.
    pub geo: Option<Geo>,
}

/// Who claims that an event happened (for events inside quotes or reported clauses).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Quote id.
    pub quote: Option<String>,
    /// Speaker entity id.
    pub speaker: Option<String>,
    /// Speaker name.
    pub speaker_name: Option<String>,
    /// Channels, innermost first.
    #[serde(default)]
    pub via: Vec<String>,
}

/// One more place in the document where the same event is reported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventMention {
    /// Index of the sentence.
    pub sentence: usize,
    /// First code point of the event clause.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// Trigger text.
    pub trigger: String,
    /// Rule that produced it.
    pub rule: String,
}

/// A coded event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Document-local id (`V1`, ...).
    pub id: String,
    /// PLOVER v2 event type (`AGREE`, `CONSULT`, ...).
    pub plover: String,
    /// PLOVER mode (`visit`, `disapprove`, ...), if any.
    pub mode: Option<String>,
    /// PLOVER contexts (`military`, `economic`, ...).
    #[serde(default)]
    pub context: Vec<String>,
    /// Auxiliary modality: `future`, `negation`, `hypothetical`, `historical`.
    #[serde(default)]
    pub aux: Vec<String>,
    /// CAMEO code (`036`).
    pub cameo: Option<String>,
    /// CAMEO quad class 1..=4 (verbal coop., material coop., verbal conflict, material conflict).
    pub quad: Option<u8>,
    /// Goldstein score (-10..10).
    pub score: Option<f32>,
    /// Who acts.
    pub source: Option<ActorRef>,
    /// Who is acted upon.
    pub target: Option<ActorRef>,
    /// TIMEX3 value of the event date.
    pub date: Option<String>,
    /// Where it happened.
    pub place: Option<PlaceRef>,
    /// Index of the sentence.
    pub sentence: usize,
    /// First code point of the event clause.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The trigger word or phrase.
    pub trigger: String,
    /// Who claims it, for reported events.
    pub claimed_by: Option<Claim>,
    /// Rule (dictionary entry) that coded it.
    pub rule: String,
    /// Confidence in 0..=1.
    pub confidence: f32,
    /// Further mentions of the same event in this document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<EventMention>,
}

impl Document {
    /// A fresh document with `text` and `source`, no annotations yet. The id is
    /// the content hash of `text` (see [`Document::content_id`]).
    pub fn new(text: String, source: SourceInfo) -> Self {
        let id = Self::content_id(&text);
        Self {
            schema: SCHEMA_VERSION.to_string(),
            id,
            source,
            language: LanguageInfo::undetermined(),
            date: None,
            date_source: DateSource::None,
            text,
            sentences: Vec::new(),
            tokens: Vec::new(),
            entities: Vec::new(),
            times: Vec::new(),
            quotes: Vec::new(),
            sources: Vec::new(),
            events: Vec::new(),
            warnings: Vec::new(),
            index: None,
        }
    }

    /// The content id of a text: 16 hex digits of XXH3-64 over its UTF-8 bytes.
    /// Identical texts get identical ids on every machine.
    pub fn content_id(text: &str) -> String {
        format!("{:016x}", xxhash_rust::xxh3::xxh3_64(text.as_bytes()))
    }

    /// The offset table for [`Document::text`], built on first use.
    pub fn text_index(&mut self) -> &TextIndex {
        if self.index.as_ref().is_none_or(|ix| !ix.matches(&self.text)) {
            self.index = Some(TextIndex::new(&self.text));
        }
        self.index.as_ref().expect("index was just built")
    }

    /// The offset table for [`Document::text`] without building it in place:
    /// the cached one when [`Document::text_index`] has built it (stages that
    /// hold `&Document` share it this way), else a fresh one.
    pub fn index_or_new(&self) -> std::borrow::Cow<'_, TextIndex> {
        match &self.index {
            Some(ix) if ix.matches(&self.text) => std::borrow::Cow::Borrowed(ix),
            _ => std::borrow::Cow::Owned(TextIndex::new(&self.text)),
        }
    }

    /// Converts a byte offset of [`Document::text`] to a code point offset.
    pub fn char_offset(&mut self, byte: usize) -> usize {
        self.text_index().char_offset(byte)
    }

    /// Converts a code point offset of [`Document::text`] to a byte offset.
    pub fn byte_offset(&mut self, char_offset: usize) -> usize {
        self.text_index().byte_offset(char_offset)
    }

    /// The text between two code point offsets.
    pub fn slice(&mut self, start: usize, end: usize) -> &str {
        let ix = self.text_index();
        let (b0, b1) = (ix.byte_offset(start), ix.byte_offset(end));
        &self.text[b0..b1]
    }

    /// Index of the sentence containing code point `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= offset);
        (i < self.sentences.len() && self.sentences[i].start <= offset).then_some(i)
    }

    /// Looks up an entity by id.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }
}

/// True for a calendar-shaped `YYYY-MM-DD` string (digits and dashes in
/// place; the day is not checked against the month). Used to validate dates
/// given by users (`--date`, `--now`) and by data files.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_are_recognised() {
        assert!(is_iso_date("2023-09-06"));
        assert!(!is_iso_date("6/9/2023"));
        assert!(!is_iso_date("20-10-2024"));
        assert!(!is_iso_date("2023-9-6"));
    }
}
