//! A home-country organisation name followed by another country:
//! `Kementerian Pertahanan Australia`, `Kementerian Luar Negeri Jepang`.
//! The knowledge base knows `Kementerian Pertahanan` as Indonesia's ministry
//! (the unmarked reading in an Indonesian text), but a country right after
//! it names whose ministry it is: the pair becomes one organisation with
//! that country and the ministry's sector (issue #3).

use crate::kb::Kb;
use crate::names::Target;
use crate::recognize::{Found, Span};
use crate::tokens::Tok;

/// Rule of an organisation re-bound to the country that follows it.
pub(crate) const ORG_COUNTRY_RULE: &str = "entities:org:country";

/// The single country a span names (`Jepang`, `Japanese`), if that is all it names.
fn named_country<'a>(kb: &'a Kb, s: &Span) -> Option<&'a str> {
    let Found::Known(targets) = &s.found else {
        return None;
    };
    let mut out: Option<&str> = None;
    for t in targets {
        let (Target::Country(i) | Target::Demonym(i)) = *t else {
            return None;
        };
        let cc = kb.countries[i as usize].alpha3.as_str();
        if out.is_some_and(|o| o != cc) {
            return None;
        }
        out = Some(cc);
    }
    out
}

/// Merges each known organisation that has a country with a different
/// country named right after it (same sentence) into one organisation of
/// that country. Other spans are returned unchanged.
pub(crate) fn bind(kb: &Kb, toks: &[Tok], spans: &[Span]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    let mut skip_next = false;
    for (i, s) in spans.iter().enumerate() {
        if std::mem::take(&mut skip_next) {
            continue;
        }
        let org = match &s.found {
            Found::Known(t) => match t.as_slice() {
                [Target::Org(o)] => Some(&kb.orgs[*o as usize]),
                _ => None,
            },
            _ => None,
        };
        let next = spans.get(i + 1).filter(|n| {
            n.first == s.last
                && toks.get(n.first).map(|t| t.sentence) == toks.get(s.first).map(|t| t.sentence)
        });
        if let (Some(org), Some(next)) = (org, next) {
            if let (Some(home), Some(cc)) = (org.country.as_deref(), named_country(kb, next)) {
                if home != cc && org.sector.is_some() {
                    out.push(Span {
                        first: s.first,
                        last: next.last,
                        found: Found::NewOrg {
                            country: Some(cc.to_string()),
                            sector: org.sector.clone(),
                        },
                        rule: ORG_COUNTRY_RULE,
                        role: s.role.clone(),
                    });
                    skip_next = true;
                    continue;
                }
            }
        }
        out.push(s.clone());
    }
    out
}
