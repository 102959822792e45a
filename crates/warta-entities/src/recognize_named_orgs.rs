//! Organisations with a name of their own that ends in a word saying what
//! kind of body it is (`the Bangladesh Nationalist Party`, `the Kachin
//! Independence Army`, `the Indonesian Legal Aid Foundation`; table
//! `entity_org_tails.tsv`), in languages that put that word last. No
//! gazetteer lists every party, militia or foundation in the news, and
//! without an entity such a body cannot be the source of what it says or
//! does.
//!
//! The name is the run of capitalized words right before the capitalized
//! last word; a country, demonym or place inside it gives the body its
//! country (`Serbian Progressive Party` is Serbian), else resolution gives
//! it the story's home country (`the DEM Party` in a story from Ankara).

use super::{Found, Span, coverage};
use crate::kb::Kb;
use crate::lang::{LangTables, RoleKind};
use crate::names::Target;
use crate::roles::{is_not_name, span_country};
use crate::tokens::Tok;

/// Rule of an organisation named by unknown words and a kind word.
pub(crate) const NAMED_ORG_RULE: &str = "entities:org:named";

/// Longest name before the kind word, in words (`West Papua National Liberation`).
const MAX_NAME_WORDS: usize = 5;

/// May the gazetteer span `s` stand inside a body's name? Countries,
/// demonyms, places and regions (`Kurdistan Regional Government`), not
/// people or organisations (`NATO Council` is another construction).
fn place_like(s: &Span) -> bool {
    matches!(&s.found, Found::Known(t) if !t.is_empty() && t.iter().all(|x| matches!(x,
        Target::Country(_) | Target::Demonym(_) | Target::Place(_) | Target::Region(_))))
}

/// Is `t` a person's title (`President`, `General`), where a body's name
/// cannot run through?
fn person_title(lang: &LangTables, t: &Tok) -> bool {
    lang.roles
        .get(&*t.lower)
        .is_some_and(|e| e.kind == RoleKind::Person)
        || lang.honorifics.contains(&*t.lower)
}

/// The stem of a possessive token (`Ankara's` -> `ankara`, `Ankara`).
fn possessive_stem(t: &Tok) -> Option<(String, String)> {
    let cut = |s: &str| {
        s.strip_suffix("'s")
            .or_else(|| s.strip_suffix("’s"))
            .map(str::to_string)
    };
    Some((cut(&t.lower)?, cut(t.text)?))
}

/// The country a possessive stem names: a country, or a capital standing
/// for its government (`Beijing's`).
fn possessive_country<'a>(
    lang: &LangTables,
    kb: &'a Kb,
    key: &str,
    surface: &str,
) -> Option<&'a str> {
    let targets: Vec<Target> = lang
        .names
        .get(key, surface)
        .chain(kb.names.get(key, surface))
        .collect();
    targets
        .iter()
        .find_map(|x| match *x {
            Target::Country(i) => Some(kb.countries[i as usize].alpha3.as_str()),
            _ => None,
        })
        .or_else(|| {
            targets.iter().find_map(|x| match *x {
                Target::Place(i) if kb.places[i as usize].feature == "PPLC" => kb
                    .country2(&kb.places[i as usize].country)
                    .map(|c| c.alpha3.as_str()),
                _ => None,
            })
        })
}

/// Adds a span for every organisation named by capitalized words and a
/// capitalized kind word of `org_tails`. The place spans its name swallows
/// (`Kurdistan` inside `Kurdistan Regional Government`) are removed.
pub(super) fn named_orgs(lang: &LangTables, kb: &Kb, toks: &[Tok], spans: &mut Vec<Span>) {
    if lang.org_tails.is_empty() {
        return;
    }
    let cover = coverage(spans, toks.len());
    let mut out: Vec<(Vec<usize>, Span)> = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        let Some(sector) = lang.org_tails.get(&*t.lower) else {
            continue;
        };
        if !t.is_capitalized() || cover[k].is_some() || k == 0 || !t.space_before {
            continue;
        }
        // `the Government of National Unity`: the name follows, another construction.
        if toks
            .get(k + 1)
            .is_some_and(|n| n.sentence == t.sentence && n.lower == "of")
        {
            continue;
        }
        let (mut j, mut words, mut unknown) = (k, 0, 0);
        let mut inner: Vec<usize> = Vec::new();
        let mut owner = None;
        while j > 0 && words < MAX_NAME_WORDS && toks[j].space_before {
            let p = &toks[j - 1];
            if p.sentence != t.sentence || !p.is_capitalized() {
                break;
            }
            if let Some(stem) = possessive_stem(p) {
                // `Indonesia's Constitutional Court`: the owner's country,
                // inside the span as in `Bangladesh's interim government`;
                // a person's (`Hasina's Awami League`) ends the name.
                owner = possessive_country(lang, kb, &stem.0, &stem.1);
                if owner.is_some() {
                    j -= 1;
                }
                break;
            }
            if let Some(ix) = cover[j - 1] {
                let s = &spans[ix];
                if s.last != j || !place_like(s) || inner.len() == 2 {
                    break;
                }
                inner.push(ix);
                words += s.last - s.first;
                j = s.first;
            } else if is_not_name(lang, p) || person_title(lang, p) {
                break;
            } else {
                words += 1;
                unknown += 1;
                j -= 1;
            }
        }
        // At least one word no gazetteer knows: `Pakistan Army` and
        // `Indonesian Police` are the agent phrases' job.
        if unknown == 0 {
            continue;
        }
        // `Foreign Ministry`, `Armed Forces`: a common noun phrase of the
        // role table in capitals, the organisation phrases' job.
        let first = if owner.is_some() { j + 1 } else { j };
        if first + unknown == k {
            let words: Vec<&str> = toks[first..=k].iter().map(|t| &*t.lower).collect();
            if lang.roles.contains_key(words.join(" ").as_str()) {
                continue;
            }
        }
        let country = owner.map(str::to_string).or_else(|| {
            inner
                .iter()
                .find_map(|&ix| span_country(kb, &spans[ix]))
                .map(str::to_string)
        });
        out.push((
            inner,
            Span {
                first: j,
                last: k + 1,
                found: Found::NewOrg {
                    country,
                    sector: Some(sector.clone()),
                },
                rule: NAMED_ORG_RULE,
                role: None,
            },
        ));
    }
    if out.is_empty() {
        return;
    }
    let acronyms = initials_uses(toks, &cover, &out);
    super::domestic::replace_inner_spans(spans, out);
    spans.extend(acronyms);
    spans.sort_by_key(|s| s.first);
}

/// Uses of a body's initials the document never defines in brackets
/// (`the Bangladesh Nationalist Party ... accused the BNP`): an uncovered
/// acronym spelling the initials of one named body's words is that body.
fn initials_uses(
    toks: &[Tok],
    cover: &[Option<usize>],
    bodies: &[(Vec<usize>, Span)],
) -> Vec<Span> {
    let mut by_initials: Vec<(String, &Span)> = Vec::new();
    for (_, b) in bodies {
        let initials: String = toks[b.first..b.last]
            .iter()
            .filter(|t| possessive_stem(t).is_none())
            .filter_map(|t| t.text.chars().next())
            .collect();
        if initials.chars().count() >= 2 {
            by_initials.push((initials, b));
        }
    }
    let inside = |i: usize| bodies.iter().any(|(_, b)| b.first <= i && i < b.last);
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if cover[i].is_some() || inside(i) || !super::acronyms::is_acronym(t) {
            continue;
        }
        let mut owners = by_initials.iter().filter(|(a, _)| a == t.text);
        // Two bodies with the same initials: neither is sure.
        if let (Some((_, b)), None) = (owners.next(), owners.next()) {
            out.push(Span {
                first: i,
                last: i + 1,
                found: b.found.clone(),
                rule: super::ACRONYM_RULE,
                role: None,
            });
        }
    }
    out
}
