//! GDELT GKG 2.1 (27 columns), one row per article copy, filled with what
//! warta knows: persons, organisations, locations, dates, quotations, names.

use std::io::Write;

use warta_core::{Document, Entity, EntityType, TimeType};

use super::gdelt::geo_type;
use super::{CountryCodes, compact_date, tsv_field};
use crate::util::query_all;
use crate::{Store, StoreError};

/// GKG 2.1 column names, in GDELT's order.
pub const GKG_COLUMNS: [&str; 27] = [
    "GKGRECORDID",
    "V2.1DATE",
    "V2SOURCECOLLECTIONIDENTIFIER",
    "V2SOURCECOMMONNAME",
    "V2DOCUMENTIDENTIFIER",
    "V1COUNTS",
    "V2.1COUNTS",
    "V1THEMES",
    "V2ENHANCEDTHEMES",
    "V1LOCATIONS",
    "V2ENHANCEDLOCATIONS",
    "V1PERSONS",
    "V2ENHANCEDPERSONS",
    "V1ORGANIZATIONS",
    "V2ENHANCEDORGANIZATIONS",
    "V1.5TONE",
    "V2.1ENHANCEDDATES",
    "V2GCAM",
    "V2.1SHARINGIMAGE",
    "V2.1RELATEDIMAGES",
    "V2.1SOCIALIMAGEEMBEDS",
    "V2.1SOCIALVIDEOEMBEDS",
    "V2.1QUOTATIONS",
    "V2.1ALLNAMES",
    "V2.1AMOUNTS",
    "V2.1TRANSLATIONINFO",
    "V2EXTRASXML",
];

/// Removes GKG's sub-field delimiters (`;#,|`) and line breaks from a value.
fn clean(s: &str) -> String {
    tsv_field(s)
        .chars()
        .map(|c| {
            if matches!(c, ';' | '#' | ',' | '|') {
                ' '
            } else {
                c
            }
        })
        .collect()
}

fn xml_escape(s: &str) -> String {
    tsv_field(s)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn names(doc: &Document, kind: EntityType) -> (String, String) {
    let ents: Vec<_> = doc.entities.iter().filter(|e| e.kind == kind).collect();
    let v1 = ents
        .iter()
        .map(|e| clean(&e.canonical))
        .collect::<Vec<_>>()
        .join(";");
    (v1, name_offsets(ents))
}

/// `name,offset;…`: every mention of `ents`, GKG's V2 name lists.
fn name_offsets<'a>(ents: impl IntoIterator<Item = &'a Entity>) -> String {
    ents.into_iter()
        .flat_map(|e| {
            e.mentions
                .iter()
                .map(move |m| format!("{},{}", clean(&e.canonical), m.start))
        })
        .collect::<Vec<_>>()
        .join(";")
}

fn locations(doc: &Document, codes: &CountryCodes) -> (String, String) {
    let mut v1 = Vec::new();
    let mut v2 = Vec::new();
    for e in doc
        .entities
        .iter()
        .filter(|e| e.kind == EntityType::Location)
    {
        let Some(g) = &e.geo else { continue };
        let (fips, _) = codes.fips(&g.country).unwrap_or(("", ""));
        let kind = geo_type(&g.feature, &g.country);
        let adm1 = match g.admin1.as_deref() {
            Some(a) if a.len() <= 3 && kind != "1" => format!("{fips}{a}"),
            _ => fips.to_string(),
        };
        let name = clean(&g.name);
        v1.push(format!(
            "{kind}#{name}#{fips}#{adm1}#{:.4}#{:.4}#{}",
            g.lat, g.lon, g.geonameid
        ));
        let offset = e.mentions.first().map_or(0, |m| m.start);
        v2.push(format!(
            "{kind}#{name}#{fips}#{adm1}##{:.4}#{:.4}#{}#{offset}",
            g.lat, g.lon, g.geonameid
        ));
    }
    (v1.join(";"), v2.join(";"))
}

/// `Resolution#Month#Day#Year#Offset` for dates: 4 = full date, 2 = month, 1 = year.
fn dates(doc: &Document) -> String {
    doc.times
        .iter()
        .filter(|t| t.kind == TimeType::Date)
        .filter_map(|t| {
            let v = &t.value;
            let year: u32 = v.get(..4)?.parse().ok()?;
            let month: u32 = v.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(0);
            let day: u32 = v.get(8..10).and_then(|d| d.parse().ok()).unwrap_or(0);
            let res = if day > 0 {
                4
            } else if month > 0 {
                2
            } else {
                1
            };
            Some(format!("{res}#{month}#{day}#{year}#{}", t.start))
        })
        .collect::<Vec<_>>()
        .join(";")
}

fn quotations(doc: &Document) -> String {
    doc.quotes
        .iter()
        .map(|q| {
            format!(
                "{}|{}|{}|{}",
                q.start,
                q.end.saturating_sub(q.start),
                clean(q.verb.as_deref().unwrap_or("")),
                clean(&q.text)
            )
        })
        .collect::<Vec<_>>()
        .join("#")
}

pub(crate) fn write_gkg(
    store: &Store,
    codes: &CountryCodes,
    out: &mut dyn Write,
) -> Result<u64, StoreError> {
    let copies: Vec<(String, String, Option<String>, Option<String>)> = query_all(
        store.connection(),
        "SELECT article_id, coalesce(url, path), coalesce(domain, publisher), date
         FROM article_copies ORDER BY article_id, copy_key",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    let mut n = 0;
    let mut cached: Option<(String, Document)> = None;
    for (i, (aid, identifier, source_name, date)) in copies.iter().enumerate() {
        if cached.as_ref().is_none_or(|(id, _)| id != aid) {
            let Some(rec) = store.article(aid)? else {
                continue;
            };
            cached = Some((aid.clone(), rec.document));
        }
        let Some((_, doc)) = cached.as_ref() else {
            continue;
        };
        let stamp = {
            let c = compact_date(date.as_deref().or(doc.date.as_deref()));
            if c.is_empty() {
                c
            } else {
                format!("{c}000000")
            }
        };
        let (persons, persons2) = names(doc, EntityType::Person);
        let (orgs, orgs2) = names(doc, EntityType::Organization);
        let (locs, locs2) = locations(doc, codes);
        let all_names = name_offsets(
            doc.entities
                .iter()
                .filter(|e| e.kind != EntityType::Location),
        );
        let extras = doc
            .source
            .title
            .as_deref()
            .map(|t| format!("<PAGE_TITLE>{}</PAGE_TITLE>", xml_escape(t)))
            .unwrap_or_default();
        let fields: [String; 27] = [
            format!("{}-{}", if stamp.is_empty() { "0" } else { &stamp }, i),
            stamp.clone(),
            "1".into(),
            tsv_field(source_name.as_deref().unwrap_or("")),
            tsv_field(identifier),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            locs,
            locs2,
            persons,
            persons2,
            orgs,
            orgs2,
            String::new(),
            dates(doc),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            quotations(doc),
            all_names,
            String::new(),
            String::new(),
            extras,
        ];
        writeln!(out, "{}", fields.join("\t"))?;
        n += 1;
    }
    Ok(n)
}
