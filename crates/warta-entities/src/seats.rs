//! A city standing for the international organisation seated there
//! (`urged Brussels to correct its practices` in a story about EU
//! sanctions). Capitals acting stand for their government (`Moscow freed`),
//! but a seat city in a story about its organisation stands for the
//! organisation: `data/actors/seats.tsv` lists the pairs.

use rustc_hash::FxHashMap;
use warta_core::resources::{data_lines, resource_text};
use warta_core::{Entity, EntityType, ResourceError};

use crate::kb::Kb;

/// Path of the seat table under `data/`.
const FILE: &str = "actors/seats.tsv";

/// Entity rule of a city coded as the organisation seated there.
pub(crate) const SEAT_RULE: &str = "entities:seat:organisation";

/// Mentions of the organisation a story needs before its seat stands for it.
const MIN_ORG_MENTIONS: usize = 2;

/// Organisation index (`Kb::orgs`) by seat city name.
#[derive(Debug, Clone, Default)]
pub(crate) struct Seats {
    by_city: FxHashMap<String, u32>,
}

impl Seats {
    /// Reads `actors/seats.tsv`; an organisation id the knowledge base does
    /// not know is an error naming the line.
    pub fn load(kb: &Kb) -> Result<Self, ResourceError> {
        let text = resource_text(FILE)?;
        let mut by_city = FxHashMap::default();
        for (n, line) in data_lines(&text) {
            let c: Vec<&str> = line.split('\t').map(str::trim).collect();
            let (Some(city), Some(id)) = (c.first(), c.get(1)) else {
                return Err(malformed(n, "expected city TAB organisation id"));
            };
            let Some(&ix) = kb.org_by_id.get(*id) else {
                return Err(malformed(n, &format!("unknown organisation id `{id}`")));
            };
            by_city.insert(city.to_string(), ix);
        }
        Ok(Self { by_city })
    }

    /// Recodes seat cities as their organisation in a story that names the
    /// organisation at least [`MIN_ORG_MENTIONS`] times and never names the
    /// city's own country (a story about Belgian politics keeps Brussels
    /// as Belgium's government).
    pub fn apply(&self, kb: &Kb, entities: &mut [Entity]) {
        if self.by_city.is_empty() {
            return;
        }
        let named_countries: Vec<String> = entities
            .iter()
            .filter(|e| is_country(e))
            .filter_map(|e| e.country.clone())
            .collect();
        for i in 0..entities.len() {
            let e = &entities[i];
            if e.kind != EntityType::Location {
                continue;
            }
            let Some(geo) = &e.geo else { continue };
            let Some(&ix) = self.by_city.get(&geo.name) else {
                continue;
            };
            let org = &kb.orgs[ix as usize];
            let org_mentions: usize = entities
                .iter()
                .filter(|o| o.canonical == org.canonical)
                .map(|o| o.mentions.len())
                .sum();
            let own_country = e.country.as_deref();
            if org_mentions < MIN_ORG_MENTIONS
                || own_country.is_some_and(|c| named_countries.iter().any(|n| n == c))
            {
                continue;
            }
            let e = &mut entities[i];
            e.country = org.country.clone();
            e.sector = org.sector.clone();
            e.actor = org.actor.clone().or_else(|| {
                Some(format!(
                    "{}{}",
                    org.country.as_deref().unwrap_or(""),
                    org.sector.as_deref().unwrap_or("")
                ))
            });
            e.rule = SEAT_RULE.to_string();
        }
    }
}

/// True for an entity naming a country itself (`Belgium`, `Belgian`).
fn is_country(e: &Entity) -> bool {
    e.kind == EntityType::Location
        && e.geo
            .as_ref()
            .is_some_and(|g| matches!(g.feature.as_str(), "PCLI" | "PCL" | "PCLD"))
}

fn malformed(line: usize, message: &str) -> ResourceError {
    ResourceError::Malformed {
        path: FILE.to_string(),
        line,
        message: message.to_string(),
    }
}
