//! Geocoding: picks one GeoNames record for an ambiguous place name, using
//! the countries the document otherwise mentions and population.
//!
//! The document's countries do not beat a much larger, internationally known
//! namesake: talks `in Geneva` in a story from Washington are in Switzerland,
//! not in Geneva, Illinois. Only the text tying the name to the smaller
//! place's country (`Geneva, Illinois`) brings that reading back.

use rustc_hash::FxHashSet;
use warta_core::Geo;

use crate::kb::Kb;
use crate::names::{Target, normalizes_to};
use crate::recognize::{Found, Span};

/// Score bonus for a reading in a country the document mentions elsewhere.
const SAME_COUNTRY_BONUS: f64 = 8.0;
/// Score bonus for a capital city.
const CAPITAL_BONUS: f64 = 2.0;
/// Score handicap of a place matched by an alternate name, not its own.
const ALTERNATE_NAME_PENALTY: f64 = 3.0;
/// Score handicap of a region against a city of the same name.
const REGION_PENALTY: f64 = 1.0;
/// Score bonus for a reading in the country the text ties the name to
/// (`Geneva, Illinois`, `Paris, France`): above any population difference.
const TIED_COUNTRY_BONUS: f64 = 30.0;
/// A namesake at least this many times as populous, and known abroad,
/// cancels the document-country bonus of a smaller place.
const PROMINENT_RATIO: u64 = 5;
/// Alternate names a place needs to count as known abroad (the gazetteer keeps
/// them for big cities and capitals only).
const PROMINENT_EXONYMS: u16 = 3;
/// Score of a country reading: above any city (ln of the largest city
/// population is about 17), below a city of a mentioned country.
const COUNTRY_SCORE: f64 = 20.0;

/// The ISO alpha-2 country every reading in `targets` shares, when each is a
/// kind `kinds` accepts and all of them lie in one country.
pub(crate) fn shared_country<'a>(
    kb: &'a Kb,
    targets: &[Target],
    kinds: fn(&Target) -> bool,
) -> Option<&'a str> {
    let mut out: Option<&str> = None;
    for t in targets {
        if !kinds(t) {
            return None;
        }
        let cc = target_country(kb, *t)?;
        if out.is_some_and(|o| o != cc) {
            return None;
        }
        out = Some(cc);
    }
    out
}

/// The ISO alpha-2 country of a place-like target.
pub(crate) fn target_country(kb: &Kb, t: Target) -> Option<&str> {
    match t {
        Target::Country(i) | Target::Demonym(i) => Some(kb.countries[i as usize].alpha2.as_str()),
        Target::Place(i) => Some(kb.places[i as usize].country.as_str()),
        Target::Region(i) => Some(kb.regions[i as usize].country.as_str()),
        Target::Org(i) => kb.orgs[i as usize]
            .country
            .as_deref()
            .and_then(|c| kb.country3(c))
            .map(|c| c.alpha2.as_str()),
        Target::Person(_) => None,
    }
}

/// Countries (ISO alpha-2) named unambiguously anywhere in the document.
pub(crate) fn document_countries<'a>(
    kb: &'a Kb,
    spans: impl Iterator<Item = &'a Span>,
) -> FxHashSet<&'a str> {
    let mut out = FxHashSet::default();
    for s in spans {
        if let Found::Known(targets) = &s.found {
            if let [only] = targets.as_slice() {
                if let Some(cc) = target_country(kb, *only) {
                    out.insert(cc);
                }
            }
        }
    }
    out
}

/// How the context weighs the readings of one name.
pub(crate) struct Context<'a> {
    /// Countries (ISO alpha-2) the document names unambiguously.
    pub doc_countries: &'a FxHashSet<&'a str>,
    /// The country the text ties this mention to (`Geneva, Illinois`), if any.
    pub tied: Option<&'a str>,
}

/// Is `p` dwarfed by a namesake among `targets` that is known abroad, so that
/// mentioning `p`'s country elsewhere in the document is no evidence for `p`?
/// The namesake must bear the name `key` itself: Hong Kong, once `Victoria`,
/// does not overshadow Victoria, Canada.
fn overshadowed(kb: &Kb, p: u32, key: &str, targets: &[Target]) -> bool {
    let small = &kb.places[p as usize];
    targets.iter().any(|t| match *t {
        Target::Place(q) if q != p => {
            let big = &kb.places[q as usize];
            big.country != small.country
                && normalizes_to(&big.name, key)
                && (big.feature == "PPLC" || big.exonyms >= PROMINENT_EXONYMS)
                && big.population >= small.population.saturating_mul(PROMINENT_RATIO)
        }
        _ => false,
    })
}

fn score(kb: &Kb, t: Target, key: &str, targets: &[Target], ctx: &Context) -> f64 {
    let bonus = |cc: &str| {
        if ctx.tied == Some(cc) {
            TIED_COUNTRY_BONUS
        } else if ctx.doc_countries.contains(cc)
            && !matches!(t, Target::Place(p) if overshadowed(kb, p, key, targets))
        {
            SAME_COUNTRY_BONUS
        } else {
            0.0
        }
    };
    match t {
        Target::Country(i) => COUNTRY_SCORE + bonus(&kb.countries[i as usize].alpha2),
        Target::Place(i) => {
            let p = &kb.places[i as usize];
            let capital = if p.feature == "PPLC" {
                CAPITAL_BONUS
            } else {
                0.0
            };
            // `Victoria` is the city of that name before it is a district of Hong Kong.
            let alternate = if normalizes_to(&p.name, key) {
                0.0
            } else {
                ALTERNATE_NAME_PENALTY
            };
            ((p.population + 1) as f64).ln() + capital - alternate + bonus(&p.country)
        }
        Target::Region(i) => {
            let r = &kb.regions[i as usize];
            // A city of the same name and size wins: `di Yogyakarta` is usually the city.
            ((r.population + 1) as f64).ln() - REGION_PENALTY + bonus(&r.country)
        }
        _ => f64::MIN,
    }
}

/// The best reading among place-like `targets` of the name `key` (normalized).
pub(crate) fn choose(kb: &Kb, targets: &[Target], key: &str, ctx: &Context) -> Option<Target> {
    targets
        .iter()
        .copied()
        .filter(|t| matches!(t, Target::Country(_) | Target::Place(_) | Target::Region(_)))
        .map(|t| (t, score(kb, t, key, targets, ctx)))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(t, _)| t)
}

/// The GeoNames record of a place-like target.
pub(crate) fn geo(kb: &Kb, t: Target) -> Option<Geo> {
    match t {
        Target::Country(i) => {
            let c = &kb.countries[i as usize];
            Some(Geo {
                geonameid: c.geonameid,
                name: c.name.clone(),
                country: c.alpha2.clone(),
                admin1: None,
                lat: c.lat,
                lon: c.lon,
                feature: "PCLI".into(),
            })
        }
        Target::Place(i) => {
            let p = &kb.places[i as usize];
            Some(Geo {
                geonameid: p.geonameid,
                name: p.name.clone(),
                country: p.country.clone(),
                admin1: (!p.admin1.is_empty()).then(|| p.admin1.clone()),
                lat: p.lat,
                lon: p.lon,
                feature: p.feature.clone(),
            })
        }
        Target::Region(i) => {
            let r = &kb.regions[i as usize];
            Some(Geo {
                geonameid: r.geonameid,
                name: r.name.clone(),
                country: r.country.clone(),
                admin1: r.admin1.clone(),
                lat: r.lat,
                lon: r.lon,
                feature: "ADM1".into(),
            })
        }
        _ => None,
    }
}
