//! Cross-language knowledge: GeoNames places and countries, hand-curated
//! regions, organisations and office holders, all read from `data/` once.

use rustc_hash::FxHashMap;
use warta_core::resources::{data_lines, resource_text};
use warta_core::{EntityType, ResourceError};

use crate::names::{NameIndex, Target};

/// A GeoNames populated place.
#[derive(Debug, Clone)]
pub(crate) struct Place {
    pub geonameid: u64,
    pub name: String,
    /// ISO alpha-2.
    pub country: String,
    pub admin1: String,
    pub lat: f64,
    pub lon: f64,
    /// `PPLC` (capital) or `PPL`.
    pub feature: String,
    pub population: u64,
    /// How many alternate (mostly foreign-language) names GeoNames lists; the
    /// gazetteer keeps them for big cities and capitals only, so a place with
    /// several is known abroad (`Geneva`: `Genf`, `Jenewa`, `Ginebra`, ...).
    pub exonyms: u16,
}

/// A country.
#[derive(Debug, Clone)]
pub(crate) struct Country {
    pub alpha2: String,
    pub alpha3: String,
    pub geonameid: u64,
    pub name: String,
    pub lat: f64,
    pub lon: f64,
}

/// A first-level region (state, province) that is not a city.
#[derive(Debug, Clone)]
pub(crate) struct Region {
    /// 0 when the GeoNames record id is not known.
    pub geonameid: u64,
    pub name: String,
    pub country: String,
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
    /// GeoNames admin1 code, when known.
    pub admin1: Option<String>,
}

/// An organisation (or a seat of government used as one).
#[derive(Debug, Clone)]
pub(crate) struct Org {
    pub kind: EntityType,
    pub canonical: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub actor: Option<String>,
}

/// One office held by a person during a period.
#[derive(Debug, Clone)]
pub(crate) struct Office {
    pub country: Option<String>,
    pub sector: String,
    /// Role text per language code, e.g. `("id", "Menteri Pertahanan Rusia")`.
    pub roles: Vec<(String, String)>,
    pub from: String,
    /// Empty: still in office.
    pub to: String,
}

impl Office {
    /// True when `date` (`YYYY-MM-DD`) falls inside the office period.
    pub fn covers(&self, date: &str) -> bool {
        self.from.as_str() <= date && (self.to.is_empty() || date < self.to.as_str())
    }

    /// The role text in `lang`, else in English, else any.
    pub fn role(&self, lang: &str) -> Option<&str> {
        let pick = |code: &str| self.roles.iter().find(|(l, _)| l == code);
        pick(lang)
            .or_else(|| pick("en"))
            .or(self.roles.first())
            .map(|(_, r)| r.as_str())
    }
}

/// A person from the knowledge base.
#[derive(Debug, Clone)]
pub(crate) struct Person {
    pub canonical: String,
    pub offices: Vec<Office>,
}

impl Person {
    /// The office held on `date`; without a date, the most recent one. When
    /// the text already gave a sector, an office of that sector is preferred.
    pub fn office_on(&self, date: Option<&str>, sector_hint: Option<&str>) -> Option<&Office> {
        let matching_sector = |o: &&Office| sector_hint.is_none_or(|s| o.sector == s);
        let pool: Vec<&Office> = match date {
            Some(d) => self.offices.iter().filter(|o| o.covers(d)).collect(),
            None => self.offices.iter().collect(),
        };
        let preferred: Vec<&Office> = pool.iter().copied().filter(matching_sector).collect();
        latest(preferred).or_else(|| latest(pool))
    }
}

fn latest(offices: Vec<&Office>) -> Option<&Office> {
    offices.into_iter().max_by(|a, b| a.from.cmp(&b.from))
}

/// The languages of the role columns in `actors/people.tsv`, in column order.
const ROLE_LANGS: [&str; 2] = ["id", "en"];

/// Everything that does not depend on the document's language.
#[derive(Debug, Default)]
pub(crate) struct Kb {
    pub places: Vec<Place>,
    pub countries: Vec<Country>,
    pub regions: Vec<Region>,
    pub orgs: Vec<Org>,
    pub people: Vec<Person>,
    /// Country index by ISO alpha-3.
    pub by_alpha3: FxHashMap<String, u32>,
    /// Country index by ISO alpha-2.
    pub by_alpha2: FxHashMap<String, u32>,
    /// Organisation index by id.
    pub org_by_id: FxHashMap<String, u32>,
    /// Language-independent names: cities, regions, organisations, people.
    pub names: NameIndex,
}

fn malformed(path: &str, line: usize, message: impl Into<String>) -> ResourceError {
    ResourceError::Malformed {
        path: path.to_string(),
        line,
        message: message.into(),
    }
}

fn field<'a>(cols: &[&'a str], i: usize) -> &'a str {
    cols.get(i).map(|s| s.trim()).unwrap_or("")
}

fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

fn parse_num<T: std::str::FromStr>(
    path: &str,
    line: usize,
    s: &str,
    what: &str,
) -> Result<T, ResourceError> {
    s.parse()
        .map_err(|_| malformed(path, line, format!("{what} `{s}` is not a number")))
}

impl Kb {
    /// Loads every cross-language resource.
    pub fn load() -> Result<Self, ResourceError> {
        let mut kb = Kb::default();
        kb.load_countries("gazetteer/countries.tsv")?;
        kb.load_places("gazetteer/places.tsv")?;
        kb.load_regions("gazetteer/regions.tsv")?;
        kb.load_regions("gazetteer/id_provinces.tsv")?;
        // States and provinces of other countries (`Borno`, `Rakhine State`), ISO 3166-2.
        kb.load_regions("gazetteer/admin1.tsv")?;
        // Regencies of two words or more (`Kolaka Timur`, `Raja Ampat`), ODbL.
        kb.load_regions("gazetteer/id_regencies.tsv")?;
        kb.load_orgs("actors/organizations.tsv")?;
        kb.load_people("actors/people.tsv")?;
        Ok(kb)
    }

    fn load_countries(&mut self, path: &str) -> Result<(), ResourceError> {
        let text = resource_text(path)?;
        for (n, line) in data_lines(&text) {
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() < 6 {
                return Err(malformed(path, n, "expected 7 tab-separated columns"));
            }
            let lat = field(&c, 4);
            let lon = field(&c, 5);
            let country = Country {
                alpha2: field(&c, 0).to_string(),
                alpha3: field(&c, 1).to_string(),
                geonameid: parse_num(path, n, field(&c, 2), "geonameid")?,
                name: field(&c, 3).to_string(),
                lat: if lat.is_empty() {
                    0.0
                } else {
                    parse_num(path, n, lat, "lat")?
                },
                lon: if lon.is_empty() {
                    0.0
                } else {
                    parse_num(path, n, lon, "lon")?
                },
            };
            let ix = self.countries.len() as u32;
            self.by_alpha3.insert(country.alpha3.clone(), ix);
            self.by_alpha2.insert(country.alpha2.clone(), ix);
            // The English GeoNames name works in every language ("China", "Georgia").
            self.names.add(&country.name, Target::Country(ix));
            self.countries.push(country);
        }
        Ok(())
    }

    fn load_places(&mut self, path: &str) -> Result<(), ResourceError> {
        let text = resource_text(path)?;
        self.places.reserve(35_000);
        self.names.reserve(80_000);
        for (n, line) in data_lines(&text) {
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() < 8 {
                return Err(malformed(path, n, "expected 9 tab-separated columns"));
            }
            let mut place = Place {
                geonameid: parse_num(path, n, field(&c, 0), "geonameid")?,
                name: field(&c, 1).to_string(),
                country: field(&c, 2).to_string(),
                admin1: field(&c, 3).to_string(),
                lat: parse_num(path, n, field(&c, 4), "lat")?,
                lon: parse_num(path, n, field(&c, 5), "lon")?,
                feature: field(&c, 6).to_string(),
                population: parse_num(path, n, field(&c, 7), "population")?,
                exonyms: 0,
            };
            let ix = self.places.len() as u32;
            self.names.add(&place.name, Target::Place(ix));
            for alt in field(&c, 8).split('|').filter(|a| !a.is_empty()) {
                self.names.add(alt, Target::Place(ix));
                place.exonyms = place.exonyms.saturating_add(1);
            }
            self.places.push(place);
        }
        Ok(())
    }

    fn load_regions(&mut self, path: &str) -> Result<(), ResourceError> {
        let Ok(text) = resource_text(path) else {
            return Ok(()); // optional table
        };
        for (n, line) in data_lines(&text) {
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() < 7 {
                return Err(malformed(path, n, "expected 7 tab-separated columns"));
            }
            let region = Region {
                geonameid: parse_num(path, n, field(&c, 0), "geonameid")?,
                name: field(&c, 1).to_string(),
                country: field(&c, 2).to_string(),
                lat: parse_num(path, n, field(&c, 3), "lat")?,
                lon: parse_num(path, n, field(&c, 4), "lon")?,
                population: parse_num(path, n, field(&c, 5), "population")?,
                admin1: non_empty(field(&c, 7)),
            };
            let ix = self.regions.len() as u32;
            self.names.add(&region.name, Target::Region(ix));
            for alt in field(&c, 6).split('|').filter(|a| !a.is_empty()) {
                self.names.add(alt, Target::Region(ix));
            }
            self.regions.push(region);
        }
        Ok(())
    }

    fn load_orgs(&mut self, path: &str) -> Result<(), ResourceError> {
        let text = resource_text(path)?;
        for (n, line) in data_lines(&text) {
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() < 6 {
                return Err(malformed(path, n, "expected 6 tab-separated columns"));
            }
            let kind = match field(&c, 1) {
                "ORGANIZATION" => EntityType::Organization,
                "LOCATION" => EntityType::Location,
                "PERSON" => EntityType::Person,
                other => {
                    return Err(malformed(
                        path,
                        n,
                        format!("type `{other}` must be ORGANIZATION, LOCATION or PERSON"),
                    ));
                }
            };
            let names: Vec<&str> = field(&c, 5).split('|').filter(|s| !s.is_empty()).collect();
            let Some(first) = names.first() else {
                return Err(malformed(path, n, "no name given in column 6"));
            };
            let ix = self.orgs.len() as u32;
            self.org_by_id.insert(field(&c, 0).to_string(), ix);
            self.orgs.push(Org {
                kind,
                canonical: first.to_string(),
                country: non_empty(field(&c, 2)),
                sector: non_empty(field(&c, 3)),
                actor: non_empty(field(&c, 4)),
            });
            for name in names {
                self.names.add(name, Target::Org(ix));
            }
        }
        Ok(())
    }

    fn load_people(&mut self, path: &str) -> Result<(), ResourceError> {
        let text = resource_text(path)?;
        let mut by_name: FxHashMap<String, u32> = FxHashMap::default();
        for (n, line) in data_lines(&text) {
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() < 7 {
                return Err(malformed(path, n, "expected 8 tab-separated columns"));
            }
            let canonical = field(&c, 0).to_string();
            let from = field(&c, 6).to_string();
            let to = field(&c, 7).to_string();
            for d in [&from, &to] {
                if !d.is_empty() && !warta_core::is_iso_date(d) {
                    return Err(malformed(path, n, format!("date `{d}` must be YYYY-MM-DD")));
                }
            }
            let office = Office {
                country: non_empty(field(&c, 2)),
                sector: field(&c, 3).to_string(),
                roles: ROLE_LANGS
                    .iter()
                    .zip([field(&c, 4), field(&c, 5)])
                    .filter(|(_, r)| !r.is_empty())
                    .map(|(l, r)| (l.to_string(), r.to_string()))
                    .collect(),
                from,
                to,
            };
            let ix = match by_name.get(&canonical) {
                Some(&ix) => ix,
                None => {
                    let ix = self.people.len() as u32;
                    by_name.insert(canonical.clone(), ix);
                    self.names.add(&canonical, Target::Person(ix));
                    self.people.push(Person {
                        canonical: canonical.clone(),
                        offices: Vec::new(),
                    });
                    ix
                }
            };
            for alias in field(&c, 1).split('|').filter(|a| !a.is_empty()) {
                self.names.add(alias, Target::Person(ix));
            }
            self.people[ix as usize].offices.push(office);
        }
        Ok(())
    }

    /// The country with ISO alpha-3 `code`.
    pub fn country3(&self, code: &str) -> Option<&Country> {
        self.by_alpha3
            .get(code)
            .map(|&i| &self.countries[i as usize])
    }

    /// The country with ISO alpha-2 `code`.
    pub fn country2(&self, code: &str) -> Option<&Country> {
        self.by_alpha2
            .get(code)
            .map(|&i| &self.countries[i as usize])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn office(from: &str, to: &str, sector: &str) -> Office {
        Office {
            country: Some("RUS".into()),
            sector: sector.into(),
            roles: vec![("en".into(), format!("{sector} role"))],
            from: from.into(),
            to: to.into(),
        }
    }

    #[test]
    fn office_on_date_is_bounded() {
        let p = Person {
            canonical: "Sergei Shoigu".into(),
            offices: vec![
                office("2012-11-06", "2024-05-12", "MIL"),
                office("2024-05-12", "", "GOV"),
            ],
        };
        assert_eq!(p.office_on(Some("2023-09-06"), None).unwrap().sector, "MIL");
        assert_eq!(p.office_on(Some("2024-05-12"), None).unwrap().sector, "GOV");
        assert_eq!(p.office_on(Some("2025-01-01"), None).unwrap().sector, "GOV");
        assert!(p.office_on(Some("2001-01-01"), None).is_none());
        // Without a date the latest office wins, unless the text named the sector.
        assert_eq!(p.office_on(None, None).unwrap().sector, "GOV");
        assert_eq!(p.office_on(None, Some("MIL")).unwrap().sector, "MIL");
    }

    #[test]
    fn iso_dates_are_checked() {
        assert!(warta_core::is_iso_date("2024-10-20"));
        assert!(!warta_core::is_iso_date("20-10-2024"));
    }
}
