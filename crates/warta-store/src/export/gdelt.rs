//! GDELT 2.0 Event (61 columns) and Mentions (16 columns) tables.

use std::io::Write;

use super::{CountryCodes, ExportEvent, compact_date, tsv_field};
use crate::{Store, StoreError};

/// GDELT 2.0 Event table column names, in GDELT's order.
pub const GDELT_EVENT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// GDELT 2.0 Mentions table column names, in GDELT's order.
pub const GDELT_MENTION_COLUMNS: [&str; 16] = [
    "GLOBALEVENTID",
    "EventTimeDate",
    "MentionTimeDate",
    "MentionType",
    "MentionSourceName",
    "MentionIdentifier",
    "SentenceID",
    "Actor1CharOffset",
    "Actor2CharOffset",
    "ActionCharOffset",
    "InRawText",
    "Confidence",
    "MentionDocLen",
    "MentionDocTone",
    "MentionDocTranslationInfo",
    "Extras",
];

fn opt(s: &Option<String>) -> String {
    s.as_deref().map(tsv_field).unwrap_or_default()
}

fn num<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

/// GDELT's FractionDate: year + (month * 30 + day) / 365.
fn fraction_date(date: &str) -> Option<String> {
    let y: f64 = date.get(..4)?.parse().ok()?;
    let m: f64 = date.get(5..7)?.parse().ok()?;
    let d: f64 = date.get(8..10)?.parse().ok()?;
    Some(format!("{:.4}", y + (m * 30.0 + d) / 365.0))
}

/// The 8 actor-geo columns for a country-level actor location (no coordinates known).
fn country_geo(codes: &CountryCodes, iso3: Option<&str>) -> [String; 8] {
    match iso3.and_then(|c| codes.fips(c)) {
        Some((fips, name)) => [
            "1".into(),
            tsv_field(name),
            fips.into(),
            fips.into(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ],
        None => unlocated(String::new()),
    }
}

/// The 8 geo columns of a location without a known country: geo type 0 and
/// at most a name.
fn unlocated(full_name: String) -> [String; 8] {
    [
        "0".into(),
        full_name,
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
    ]
}

/// GDELT geo type from a GeoNames feature code: 1 country, 2 US state,
/// 3 US city, 4 world city, 5 world state.
pub(crate) fn geo_type(feature: &str, iso2: &str) -> &'static str {
    let us = iso2 == "US";
    if feature.starts_with("PCL") {
        "1"
    } else if feature.starts_with("ADM") {
        if us { "2" } else { "5" }
    } else if us {
        "3"
    } else {
        "4"
    }
}

/// The 8 ActionGeo columns from the event place.
pub(crate) fn action_geo(codes: &CountryCodes, e: &ExportEvent) -> [String; 8] {
    let Some(iso2) = e.event.place_country.as_deref() else {
        return unlocated(opt(&e.event.place_name));
    };
    let (fips, country_name) = codes.fips(iso2).unwrap_or(("", ""));
    let feature = e.place_feature.as_deref().unwrap_or("");
    let name = e.event.place_name.as_deref().unwrap_or("");
    let full = if feature.starts_with("PCL") || country_name.is_empty() || name == country_name {
        name.to_string()
    } else {
        format!("{name}, {country_name}")
    };
    // GeoNames admin1 codes are FIPS-based for most countries, as GDELT's are.
    let adm1 = match e.place_admin1.as_deref() {
        Some(a) if !a.is_empty() && a.len() <= 3 && !feature.starts_with("PCL") => {
            format!("{fips}{a}")
        }
        _ => fips.to_string(),
    };
    [
        geo_type(feature, iso2).into(),
        tsv_field(&full),
        fips.into(),
        adm1,
        String::new(),
        num(e.event.lat.map(|v| format!("{v:.4}"))),
        num(e.event.lon.map(|v| format!("{v:.4}"))),
        num(e.event.geonameid),
    ]
}

/// The ten GDELT actor fields (code, name, country, known group, ethnic and
/// religion codes, type codes) of one side of an event.
fn actor_fields(
    code: &Option<String>,
    name: &Option<String>,
    country: &Option<String>,
    sector: &Option<String>,
) -> [String; 10] {
    let name = name
        .as_deref()
        .map(|n| tsv_field(&n.to_uppercase()))
        .unwrap_or_default();
    [
        opt(code),
        name,
        opt(country),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        opt(sector),
        String::new(),
        String::new(),
    ]
}

/// One GDELT 2.0 Event row (61 fields).
pub(crate) fn event_row(codes: &CountryCodes, e: &ExportEvent) -> Vec<String> {
    let date = e.event.date.as_deref().or(e.event.first_date.as_deref());
    let sql = compact_date(date);
    let cameo = e.event.cameo.clone().unwrap_or_default();
    let mut row: Vec<String> = vec![
        e.event.id.to_string(),
        sql.clone(),
        sql.get(..6).unwrap_or("").to_string(),
        sql.get(..4).unwrap_or("").to_string(),
        date.and_then(fraction_date).unwrap_or_default(),
    ];
    row.extend(actor_fields(
        &e.event.source_actor,
        &e.event.source_name,
        &e.event.source_country,
        &e.source_sector,
    ));
    row.extend(actor_fields(
        &e.event.target_actor,
        &e.event.target_name,
        &e.event.target_country,
        &e.target_sector,
    ));
    row.extend([
        // GDELT marks events from the lead paragraph as root events.
        if e.sentence == 0 { "1" } else { "0" }.into(),
        tsv_field(&cameo),
        tsv_field(cameo.get(..3).unwrap_or(&cameo)),
        tsv_field(cameo.get(..2).unwrap_or(&cameo)),
        num(e.event.quad),
        num(e.event.goldstein.map(|g| format!("{g:.1}"))),
        e.event.num_mentions.to_string(),
        e.event.num_sources.to_string(),
        e.event.num_articles.to_string(),
        // warta computes no tone.
        String::new(),
    ]);
    row.extend(country_geo(codes, e.event.source_country.as_deref()));
    row.extend(country_geo(codes, e.event.target_country.as_deref()));
    row.extend(action_geo(codes, e));
    let added = compact_date(e.event.first_date.as_deref().or(date));
    row.push(if added.is_empty() {
        added
    } else {
        format!("{added}000000")
    });
    row.push(tsv_field(e.event.first_url.as_deref().unwrap_or(&e.path)));
    row
}

pub(crate) fn write_events(
    store: &Store,
    codes: &CountryCodes,
    out: &mut dyn Write,
) -> Result<u64, StoreError> {
    let mut n = 0;
    for e in store.export_rows()? {
        let row = event_row(codes, &e);
        debug_assert_eq!(row.len(), GDELT_EVENT_COLUMNS.len());
        writeln!(out, "{}", row.join("\t"))?;
        n += 1;
    }
    Ok(n)
}

/// Code point offset of `needle` inside `sentence` (which starts at `base`), or -1.
fn char_offset_in(sentence: &str, base: i64, needle: Option<&str>) -> String {
    let Some(needle) = needle.filter(|n| !n.is_empty()) else {
        return "-1".into();
    };
    match sentence.find(needle) {
        Some(b) => (base + sentence[..b].chars().count() as i64).to_string(),
        None => "-1".into(),
    }
}

pub(crate) fn write_mentions(store: &Store, out: &mut dyn Write) -> Result<u64, StoreError> {
    let mut st = store.connection().prepare(
        "SELECT e.cluster_id, c.date, e.sentence, e.start, e.source_text, e.target_text,
             e.confidence, length(a.text), cp.date, coalesce(cp.domain, cp.publisher),
             coalesce(cp.url, cp.path), coalesce(s.start, 0),
             coalesce(substr(a.text, s.start + 1, s.\"end\" - s.start), '')
         FROM events e
         JOIN clusters c ON c.id = e.cluster_id
         JOIN articles a ON a.id = e.article_id
         JOIN article_copies cp ON cp.article_id = e.article_id
         LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence
         ORDER BY e.cluster_id, e.id, cp.copy_key",
    )?;
    let mut rows = st.query([])?;
    let mut n = 0;
    while let Some(r) = rows.next()? {
        let event_date: Option<String> = r.get(1)?;
        let mention_date: Option<String> = r.get(8)?;
        let stamp = |d: Option<&str>| {
            let c = compact_date(d);
            if c.is_empty() {
                c
            } else {
                format!("{c}000000")
            }
        };
        let sentence_text: String = r.get(12)?;
        let base: i64 = r.get(11)?;
        let source_text: Option<String> = r.get(4)?;
        let target_text: Option<String> = r.get(5)?;
        let confidence: f64 = r.get(6)?;
        let fields: [String; 16] = [
            r.get::<_, i64>(0)?.to_string(),
            stamp(event_date.as_deref()),
            stamp(mention_date.as_deref().or(event_date.as_deref())),
            // 1 = WEB.
            "1".into(),
            tsv_field(&r.get::<_, Option<String>>(9)?.unwrap_or_default()),
            tsv_field(&r.get::<_, String>(10)?),
            // GDELT numbers sentences from 1.
            (r.get::<_, i64>(2)? + 1).to_string(),
            char_offset_in(&sentence_text, base, source_text.as_deref()),
            char_offset_in(&sentence_text, base, target_text.as_deref()),
            r.get::<_, i64>(3)?.to_string(),
            "1".into(),
            ((confidence * 100.0).round() as i64)
                .clamp(0, 100)
                .to_string(),
            r.get::<_, i64>(7)?.to_string(),
            String::new(),
            String::new(),
            String::new(),
        ];
        writeln!(out, "{}", fields.join("\t"))?;
        n += 1;
    }
    Ok(n)
}
