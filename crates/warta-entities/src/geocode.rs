//! Geocoding: picks one GeoNames record for an ambiguous place name, using
//! the countries the document otherwise mentions and population.

use rustc_hash::FxHashSet;
use warta_core::Geo;

use crate::kb::Kb;
use crate::names::{Target, normalize};
use crate::recognize::{Found, Span};

/// Score bonus for a reading in a country the document mentions elsewhere.
const SAME_COUNTRY_BONUS: f64 = 8.0;
/// Score bonus for a capital city.
const CAPITAL_BONUS: f64 = 2.0;
/// Score handicap of a place matched by an alternate name, not its own.
const ALTERNATE_NAME_PENALTY: f64 = 3.0;
/// Score handicap of a region against a city of the same name.
const REGION_PENALTY: f64 = 1.0;
/// Score of a country reading: above any city (ln of the largest city
/// population is about 17), below a city of a mentioned country.
const COUNTRY_SCORE: f64 = 20.0;

/// The ISO alpha-2 country of a place-like target.
pub(crate) fn target_country(kb: &Kb, t: Target) -> Option<String> {
    match t {
        Target::Country(i) | Target::Demonym(i) => Some(kb.countries[i as usize].alpha2.clone()),
        Target::Place(i) => Some(kb.places[i as usize].country.clone()),
        Target::Region(i) => Some(kb.regions[i as usize].country.clone()),
        Target::Org(i) => kb.orgs[i as usize]
            .country
            .as_deref()
            .and_then(|c| kb.country3(c))
            .map(|c| c.alpha2.clone()),
        Target::Person(_) => None,
    }
}

/// Countries (ISO alpha-2) named unambiguously anywhere in the document.
pub(crate) fn document_countries<'a>(
    kb: &Kb,
    spans: impl Iterator<Item = &'a Span>,
) -> FxHashSet<String> {
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

fn score(kb: &Kb, t: Target, key: &str, doc_countries: &FxHashSet<String>) -> f64 {
    let bonus = |cc: &str| {
        if doc_countries.contains(cc) {
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
            let alternate = if normalize(&p.name) == key {
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
pub(crate) fn choose(
    kb: &Kb,
    targets: &[Target],
    key: &str,
    doc_countries: &FxHashSet<String>,
) -> Option<Target> {
    targets
        .iter()
        .copied()
        .filter(|t| matches!(t, Target::Country(_) | Target::Place(_) | Target::Region(_)))
        .max_by(|a, b| {
            score(kb, *a, key, doc_countries).total_cmp(&score(kb, *b, key, doc_countries))
        })
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
