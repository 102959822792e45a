//! ISO <-> FIPS 10-4 country codes (`data/geo/iso_fips.tsv`).

use std::collections::HashMap;

use warta_core::resources::{ResourceError, data_lines, resource_text};

/// Country code table for GDELT's FIPS-coded geography columns.
#[derive(Debug, Clone, Default)]
pub struct CountryCodes {
    by_iso2: HashMap<String, (String, String)>,
    by_iso3: HashMap<String, (String, String)>,
}

const PATH: &str = "geo/iso_fips.tsv";

impl CountryCodes {
    /// Loads the table from `data/geo/iso_fips.tsv`.
    pub fn load() -> Result<Self, ResourceError> {
        let text = resource_text(PATH)?;
        let mut codes = Self::default();
        for (line, row) in data_lines(&text) {
            let cols: Vec<&str> = row.split('\t').collect();
            let [iso2, iso3, fips, name] = cols[..] else {
                return Err(ResourceError::Malformed {
                    path: PATH.into(),
                    line,
                    message: "expected 4 tab-separated columns: iso2, iso3, fips, name".into(),
                });
            };
            let value = (fips.to_string(), name.to_string());
            codes.by_iso2.insert(iso2.to_string(), value.clone());
            codes.by_iso3.insert(iso3.to_string(), value);
        }
        Ok(codes)
    }

    /// FIPS code and English name of an ISO alpha-2 or alpha-3 country code.
    pub fn fips(&self, iso: &str) -> Option<(&str, &str)> {
        let table = if iso.len() == 3 {
            &self.by_iso3
        } else {
            &self.by_iso2
        };
        table.get(iso).map(|(f, n)| (f.as_str(), n.as_str()))
    }
}
