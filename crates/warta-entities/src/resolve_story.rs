//! The country a story is about: counted from the country, demonym,
//! capital and place names it uses, and the dateline that opens it. Bare
//! agent nouns and bodies named without a country take it.

use rustc_hash::FxHashMap;

use super::Resolver;
use crate::geocode;
use crate::names::Target;
use crate::recognize::{Found, HYPHEN_MODIFIER_RULE, Span};

impl<'a> Resolver<'a> {
    /// The country the document is clearly about: the one its country,
    /// demonym and capital names point to at least twice as often as to any
    /// other. Bare agent nouns (`police`, `polisi`) take it. `ranked` is
    /// [`Resolver::country_counts`] of the document.
    pub(super) fn main_country(ranked: &[(usize, &'a str)]) -> Option<&'a str> {
        match ranked {
            [(_, c)] => Some(c),
            [(n1, c), (n2, _), ..] if *n1 >= 2 * *n2 => Some(c),
            _ => None,
        }
    }

    /// The foreign country a story is about, for the language whose press
    /// is at home in another (`default_role_country`, IDN for Indonesian):
    /// the dominant country when it is a foreign one, else the most named
    /// foreign country when the lead sentence happens there (`lead_scene`),
    /// it is named at least as often as the home one and at least twice as
    /// often as any other foreign one. A story on fighting in Tripoli filed
    /// from Jakarta counts Libya and the Indonesians evacuated about
    /// equally; its untitled `komandan Khalifa Haftar` and bare `milisi`
    /// are Libya's, not Indonesia's. Domestic news about foreigners
    /// (`sabu asal Malaysia` seized `di perairan Tanjung Balai`) keeps home.
    pub(super) fn foreign_lead(
        &self,
        ranked: &[(usize, &'a str)],
        lead_scene: Option<&str>,
    ) -> Option<&'a str> {
        let home = self.lang.default_role_country.as_deref()?;
        let home_count = ranked
            .iter()
            .find(|&&(_, c)| c == home)
            .map_or(0, |&(n, _)| n);
        let mut foreign = ranked.iter().filter(|&&(_, c)| c != home);
        let &(n1, c1) = foreign.next()?;
        let n2 = foreign.next().map_or(0, |&(n, _)| n);
        if home_count > 0 && n1 < 2 * home_count && lead_scene != Some(c1) {
            return None;
        }
        (n1 >= home_count && n1 >= 2 * n2).then_some(c1)
    }

    /// The country of a title or office that names none, in this story:
    /// the language's default one (`default_role_country`, IDN for the
    /// Indonesian press), unless the story is filed from abroad (its
    /// dateline place is in another country) and names that country more
    /// often than the default one. `Bujumbura (ANTARA) - ... Presiden
    /// Evariste Ndayishimiye` in a story on Burundi and Rwanda that never
    /// names Indonesia is Burundi's president, not Indonesia's, even when
    /// Rwanda is named as often as Burundi (so neither dominates).
    pub(super) fn role_default(
        &self,
        ranked: &[(usize, &'a str)],
        dateline_place: Option<&'a str>,
    ) -> Option<&'a str> {
        let default = self.lang.default_role_country.as_deref()?;
        let count = |c: &str| ranked.iter().find(|&&(_, x)| x == c).map_or(0, |&(n, _)| n);
        match dateline_place {
            Some(p) if p != default && count(p) > count(default) => Some(p),
            _ => Some(default),
        }
    }

    /// How often the document names each country (by its name, demonym or
    /// capital), most named first.
    pub(super) fn country_counts(&self, spans: &[Span]) -> Vec<(usize, &'a str)> {
        let mut counts: FxHashMap<&'a str, usize> = FxHashMap::default();
        // An owner or flag (`Malaysian-owned`) is no sign of where the story is.
        for s in spans.iter().filter(|s| s.rule != HYPHEN_MODIFIER_RULE) {
            let Found::Known(targets) = &s.found else {
                continue;
            };
            let cc = match targets.as_slice() {
                [Target::Country(i) | Target::Demonym(i)] => {
                    Some(self.kb.countries[*i as usize].alpha3.as_str())
                }
                [Target::Place(i)] if self.kb.places[*i as usize].feature == "PPLC" => self
                    .kb
                    .country2(&self.kb.places[*i as usize].country)
                    .map(|c| c.alpha3.as_str()),
                _ => None,
            };
            if let Some(cc) = cc {
                *counts.entry(cc).or_default() += 1;
            }
        }
        // The places the story happens in count too (capitals are counted
        // above): `JAYAPURA - ... Papua Tengah ... aparat` names no country,
        // and a Pontianak story about a raid in Kalimantan Barat that names
        // China once, for two arrested Chinese nationals, is about Indonesia.
        {
            for s in spans {
                let Found::Known(targets) = &s.found else {
                    continue;
                };
                let cc = match targets.as_slice() {
                    [Target::Place(i)] if self.kb.places[*i as usize].feature == "PPLC" => None,
                    [t @ (Target::Place(_) | Target::Region(_))] => {
                        geocode::target_country(self.kb, *t)
                            .and_then(|c2| self.kb.country2(c2))
                            .map(|c| c.alpha3.as_str())
                    }
                    _ => None,
                };
                if let Some(cc) = cc {
                    *counts.entry(cc).or_default() += 1;
                }
            }
        }
        let mut ranked: Vec<(usize, &str)> = counts.into_iter().map(|(c, n)| (n, c)).collect();
        ranked.sort_unstable_by(|a, b| b.cmp(a));
        ranked
    }

    /// The country of the place that opens the text (`DHAKA, March 4
    /// (Reuters) -`), a wire story's dateline, when the story names no
    /// other country more often: stories filed from Geneva or Cairo are
    /// often about somewhere else. `ranked` is [`Resolver::country_counts`].
    pub(super) fn dateline_country(
        &self,
        spans: &[Span],
        ranked: &[(usize, &'a str)],
    ) -> Option<&'a str> {
        let cc = self.dateline_place(spans)?;
        let top = ranked.first().map_or(0, |r| r.0);
        ranked
            .iter()
            .any(|&(n, c)| c == cc && n >= top)
            .then_some(cc)
    }

    /// The country of the place that opens the text, if any.
    pub(crate) fn dateline_place(&self, spans: &[Span]) -> Option<&'a str> {
        let s = spans.iter().find(|s| s.first == 0)?;
        let Found::Known(targets) = &s.found else {
            return None;
        };
        match targets.as_slice() {
            [Target::Place(i), ..] => self
                .kb
                .country2(&self.kb.places[*i as usize].country)
                .map(|c| c.alpha3.as_str()),
            _ => None,
        }
    }
}
