//! Role phrases around names: `Menteri Pertahanan Rusia, Sergei Shoigu`,
//! `Juru bicara keamanan nasional Gedung Putih John Kirby`, `Kirby, the White
//! House national security spokesman`. A phrase is parsed into its text, a
//! sector (from the role table, else from an organisation inside it) and a
//! country (from a country, demonym, capital or organisation inside it).

use crate::kb::Kb;
use crate::lang::{LangTables, RoleKind};
use crate::names::Target;
use crate::recognize::{Found, Span};
use crate::tokens::Tok;

/// A role parsed from the text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Role {
    /// The phrase as written (whitespace normalized).
    pub text: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    /// True when the phrase holds a person's title (not only modifiers).
    pub person_title: bool,
}

/// Joins tokens `a..b` the way the text spaced them.
pub(crate) fn join(toks: &[Tok], a: usize, b: usize) -> String {
    let mut out = String::new();
    for (i, t) in toks[a..b].iter().enumerate() {
        if i > 0 && t.space_before {
            out.push(' ');
        }
        out.push_str(t.text);
    }
    out
}

/// Lower-case key of tokens `a..b`, joined like [`join`].
pub(crate) fn join_lower(toks: &[Tok], a: usize, b: usize) -> String {
    let mut out = String::new();
    for (i, t) in toks[a..b].iter().enumerate() {
        if i > 0 && t.space_before {
            out.push(' ');
        }
        out.push_str(&t.lower);
    }
    out
}

/// The country (ISO alpha-3) a recognized span points to, if any.
pub(crate) fn span_country<'a>(kb: &'a Kb, span: &'a Span) -> Option<&'a str> {
    match &span.found {
        // A name read only as towns or regions of several countries is the
        // best-known of them, as the resolver reads it: `Bali Governor` is
        // the Indonesian province's, not the Rajasthani town's.
        Found::Known(targets)
            if targets.len() > 1
                && targets
                    .iter()
                    .all(|t| matches!(t, Target::Place(_) | Target::Region(_))) =>
        {
            let none = rustc_hash::FxHashSet::default();
            let ctx = crate::geocode::Context {
                doc_countries: &none,
                tied: None,
            };
            let t = crate::geocode::choose(kb, targets, "", &ctx)?;
            crate::geocode::target_country(kb, t)
                .and_then(|c2| kb.country2(c2))
                .map(|c| c.alpha3.as_str())
        }
        Found::Known(targets) => targets.iter().find_map(|t| match *t {
            Target::Country(i) | Target::Demonym(i) => {
                Some(kb.countries[i as usize].alpha3.as_str())
            }
            Target::Org(i) => kb.orgs[i as usize].country.as_deref(),
            // `Gubernur Jawa Barat`, `Wali Kota Surabaya`: the place's country.
            Target::Place(i) => kb
                .country2(&kb.places[i as usize].country)
                .map(|c| c.alpha3.as_str()),
            Target::Region(i) => kb
                .country2(&kb.regions[i as usize].country)
                .map(|c| c.alpha3.as_str()),
            Target::Person(_) => None,
        }),
        Found::NewOrg { country, .. } => country.as_deref(),
        Found::NewPerson => None,
    }
}

fn span_org_sector(kb: &Kb, span: &Span) -> Option<String> {
    match &span.found {
        Found::Known(targets) => targets.iter().find_map(|t| match *t {
            Target::Org(i) => kb.orgs[i as usize].sector.clone(),
            Target::Place(i) if kb.places[i as usize].feature == "PPLC" => Some("GOV".into()),
            _ => None,
        }),
        Found::NewOrg { sector, .. } => sector.clone(),
        Found::NewPerson => None,
    }
}

/// Role-table matches inside tokens `a..b`: (length in tokens, entry kind, sector).
fn table_matches<'t>(
    lang: &'t LangTables,
    toks: &[Tok],
    a: usize,
    b: usize,
) -> Vec<(usize, RoleKind, Option<&'t str>)> {
    let mut found = Vec::new();
    for k in a..b {
        let mut key = String::new();
        let mut words = 0;
        for (n, t) in toks[k..b].iter().enumerate() {
            if n > 0 && t.space_before {
                key.push(' ');
                words += 1;
            }
            key.push_str(&t.lower);
            if words >= lang.max_role_words {
                break;
            }
            if let Some(e) = lang.roles.get(&key) {
                found.push((n + 1, e.kind, e.sector.as_deref()));
            }
        }
    }
    found
}

/// Parses tokens `a..b` as a role phrase; `spans` are the recognized names
/// whose tokens lie inside it.
pub(crate) fn parse_role(
    lang: &LangTables,
    kb: &Kb,
    toks: &[Tok],
    a: usize,
    b: usize,
    spans: &[&Span],
) -> Option<Role> {
    if a >= b {
        return None;
    }
    let matches = table_matches(lang, toks, a, b);
    let person_title = matches.iter().any(|m| m.1 == RoleKind::Person);
    // The longest title decides; one that inherits (`secretary general`)
    // takes the sector of the organisation named with it, so the shorter
    // `general` (MIL) inside it does not make the Arab League's secretary
    // general a soldier.
    let longest = matches
        .iter()
        .filter(|m| m.1 != RoleKind::Connector)
        .map(|m| m.0)
        .max()
        .unwrap_or(0);
    let sector = matches
        .iter()
        .filter(|m| m.2.is_some() && m.1 != RoleKind::Connector && m.0 == longest)
        .max_by_key(|m| m.0)
        .or_else(|| {
            let inherits = matches
                .iter()
                .any(|m| m.0 == longest && m.2.is_none() && m.1 == RoleKind::Person);
            (!inherits)
                .then(|| {
                    matches
                        .iter()
                        .filter(|m| m.2.is_some() && m.1 != RoleKind::Connector)
                        .max_by_key(|m| m.0)
                })
                .flatten()
        })
        .and_then(|m| m.2.map(str::to_string))
        .or_else(|| spans.iter().find_map(|s| span_org_sector(kb, s)));
    // A country named in the phrase outranks an organisation's home country:
    // `Juru bicara Kementerian Luar Negeri China` speaks for China, not for
    // the Indonesian ministry the bare `Kementerian Luar Negeri` would be.
    let named = |s: &&&Span| matches!(&s.found, Found::Known(t) if t.iter().all(|x| matches!(x, Target::Country(_) | Target::Demonym(_))));
    let country = spans
        .iter()
        .filter(named)
        .find_map(|s| span_country(kb, s))
        .or_else(|| spans.iter().find_map(|s| span_country(kb, s)))
        .map(str::to_string);
    Some(Role {
        text: join(toks, a, b),
        country,
        sector,
        person_title,
    })
}

/// Is `t` a connector word of the role table (`dari`, `of`, `the`)?
pub(crate) fn is_connector(lang: &LangTables, t: &Tok) -> bool {
    lang.roles
        .get(&*t.lower)
        .is_some_and(|e| e.kind == RoleKind::Connector)
}

/// Can token `t` sit inside a role phrase? (`lang.role_words`, read off
/// the token's word classes, which come from `lang`.)
pub(crate) fn is_role_word(_lang: &LangTables, t: &Tok) -> bool {
    t.is(crate::tokens::word::ROLE_WORD)
}

/// Is `t` a word that is never a name (`Anda`, `The`)? (`lang.not_names`,
/// read off the token's word classes.)
pub(crate) fn is_not_name(_lang: &LangTables, t: &Tok) -> bool {
    t.is(crate::tokens::word::NOT_NAME)
}
