//! Agent nouns (`Israeli forces`, `protesters`, `pasukan Rusia`, `polisi`):
//! groups named by what they do, coded by the sector of the agent table
//! (`entity_agents.tsv`) and a country next to them; and the possessive
//! country helpers the English order needs (`Taiwan's police`).

use warta_core::TokenKind;

use super::{Ctx, Found, Span};
use crate::names::Target;
use crate::roles::{is_connector, is_not_name, span_country};
use crate::tokens::{Tok, longest};

/// Rule of an agent phrase with a country or demonym before it (`Israeli forces`, `Taiwan's police`).
pub(crate) const AGENT_DEMONYM_RULE: &str = "entities:agent:demonym";
/// Rule of an agent phrase with a country after it (`pasukan Rusia`).
pub(crate) const AGENT_COUNTRY_RULE: &str = "entities:agent:country";
/// Rule of a bare agent noun (`police`, `demonstran`).
pub(crate) const AGENT_NOUN_RULE: &str = "entities:agent:noun";
/// Rule of an agent noun that needs a country, with a possessive clitic
/// after it instead (`pasukan|nya`): resolution gives it its possessor's
/// country (`context_country::possessor_country`) or drops it.
pub(crate) const AGENT_POSSESSED_RULE: &str = "entities:agent:possessed";

/// Agent nouns (`Israeli forces`, `protesters`, `pasukan Rusia`, `polisi`):
/// groups named by what they do, as organisations whose sector comes from
/// the agent table and whose country from a country or demonym next to them.
/// Tokens inside a recognized span or one of `taken` are skipped.
pub(super) fn agent_phrases(ctx: &Ctx, taken: &[Span]) -> Vec<Span> {
    let (lang, toks) = (ctx.lang, ctx.toks);
    if lang.agents.is_empty() {
        return Vec::new();
    }
    let mut used = vec![false; toks.len()];
    for s in taken {
        used[s.first..s.last].iter_mut().for_each(|u| *u = true);
    }
    let free = |k: usize| ctx.cover[k].is_none() && !used[k];
    let country_at = |k: usize| -> Option<&Span> {
        let sp = &ctx.spans[ctx.cover.get(k).copied().flatten()?];
        (matches!(&sp.found, Found::Known(t) if t.iter().any(|x| matches!(x, Target::Country(_) | Target::Demonym(_))))
            && !sp.is_person()
            && span_country(ctx.kb, sp).is_some())
        .then_some(sp)
    };
    // Longest agent noun starting at k: (end, entry).
    let agent_at = |k: usize| {
        if !toks[k].is(crate::tokens::word::AGENT_FIRST) {
            return None;
        }
        let ok = |i: usize| free(i) && toks[i].kind == TokenKind::Word;
        longest(toks, k, lang.max_agent_words, &ok, &|key| {
            lang.agents.get(key)
        })
    };
    let mut out = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        if !free(k) || toks[k].clitic {
            k += 1;
            continue;
        }
        let Some((end, entry)) = agent_at(k) else {
            k += 1;
            continue;
        };
        let sent = toks[k].sentence;
        // A noun modifying what follows is not the agent: `police station`,
        // `government spokesman`, `police officer John Smith`.
        let modifier = toks.get(end).is_some_and(|t| {
            t.sentence == sent
                && t.kind == TokenKind::Word
                && !t.clitic
                && !is_connector(lang, t)
                && (lang.roles.contains_key(&*t.lower) || lang.agents.contains_key(&*t.lower))
        });
        // Country before (English order, optional `'s`), across one or two
        // lower-case modifiers after a possessive (`Indonesia's national
        // police`): the possessor owns the body, whatever the scene.
        let mut before = None;
        let mut c0 = k;
        let mods = possessive_modifiers(lang, toks, k, &free);
        if mods > 0 {
            let p = k - mods - 1;
            if let Some(c) = country_at(p).filter(|c| c.last == p + 1) {
                before = Some((c.first, span_country(ctx.kb, c)));
            } else if free(p) {
                before = possessive_country(ctx, &toks[p]).map(|cc| (p, Some(cc)));
            }
        }
        if c0 > 0 && toks[c0 - 1].sentence == sent {
            if matches!(toks[c0 - 1].text, "'s" | "’s") {
                c0 -= 1;
            } else if c0 > 1 && toks[c0 - 1].lower == "s" && matches!(toks[c0 - 2].text, "'" | "’")
            {
                c0 -= 2;
            }
            if c0 > 0 && before.is_none() {
                if let Some(c) = country_at(c0 - 1).filter(|c| c.last == c0) {
                    before = Some((c.first, span_country(ctx.kb, c)));
                }
            }
            // The tokenizer keeps `Taiwan's` whole: the country before the `'s`.
            if before.is_none() && free(k - 1) {
                before = possessive_country(ctx, &toks[k - 1]).map(|cc| (k - 1, Some(cc)));
            }
        }
        // Country after (Indonesian order), not followed by the organisation's own name.
        let after = country_at(end)
            .filter(|c| c.first == end && toks[c.first].sentence == sent)
            .filter(|c| {
                !toks
                    .get(c.last)
                    .is_some_and(|t| t.sentence == sent && t.is_capitalized())
            });
        // Origin (`petani dari Jawa Barat`, `residents of Gaza`): a connector,
        // then a place or country, gives the group its country.
        let origin = toks
            .get(end)
            .filter(|t| t.sentence == sent && is_connector(lang, t))
            .and_then(|_| ctx.spans.get(ctx.cover.get(end + 1).copied().flatten()?))
            .filter(|c| c.first == end + 1 && !c.is_person())
            .and_then(|c| span_country(ctx.kb, c));
        // A capitalized word right before (`Hamas militants`, `Kiev government`)
        // makes the noun part of another name.
        // Describing words and an opener (`Separatist gunmen`, `Thousands
        // of protesters`) stand between a name and the noun.
        let g = crate::groups::phrase_start(&lang.groups, toks, k, &free);
        let name_before = before.is_none()
            && g > 0
            && toks[g - 1].sentence == sent
            && toks[g - 1].is_capitalized()
            && !is_not_name(lang, &toks[g - 1]);
        // The head of a compound whose first noun another span already
        // took (`Panamanian army | officers`): that span's group, not a
        // second actor.
        let agent_before = before.is_none()
            && k > 0
            && toks[k - 1].sentence == sent
            && !free(k - 1)
            && lang.agents.contains_key(&*toks[k - 1].lower);
        if agent_before {
            k = end;
            continue;
        }
        let (first, last, country, rule) = if let Some((c, cc)) = before.filter(|_| !modifier) {
            (c, end, cc, AGENT_DEMONYM_RULE)
        } else if let Some(c) = after {
            (k, c.last, span_country(ctx.kb, c), AGENT_COUNTRY_RULE)
        } else if let Some(cc) = origin.filter(|_| !modifier && !name_before) {
            (k, end, Some(cc), AGENT_COUNTRY_RULE)
        } else if entry.needs_country
            && lang.possessed_agents
            && !modifier
            && !name_before
            && possessive_clitic_at(lang, toks, end, sent)
            && !adjectival_use(lang, toks, k, end)
        {
            // `Rusia menarik pasukannya`: whose troops, resolution decides.
            (k, end, None, AGENT_POSSESSED_RULE)
        } else if modifier || entry.needs_country || name_before {
            k = end;
            continue;
        } else {
            (k, end, None, AGENT_NOUN_RULE)
        };
        if entry.sector == "-" {
            // `police station`: a place, not the agent.
            k = end;
            continue;
        }
        out.push(Span {
            first,
            last,
            found: Found::NewOrg {
                country: country.map(str::to_string),
                sector: Some(entry.sector.clone()),
            },
            rule,
            role: None,
        });
        k = last;
    }
    out
}

/// Token `i` is a possessive clitic (setting `possessive_clitics`, `-nya`)
/// split off the word before it, in sentence `sent`.
pub(crate) fn possessive_clitic_at(
    lang: &crate::lang::LangTables,
    toks: &[Tok],
    i: usize,
    sent: usize,
) -> bool {
    toks.get(i).is_some_and(|t| {
        t.clitic && t.sentence == sent && lang.possessive_clitics.contains(&*t.lower)
    })
}

/// The agent noun `k..end` is one that doubles as an adjective (setting
/// `adjectival_agents`) and follows a word that does not open a clause:
/// it modifies that word (`operasi militernya`, `pos militernya`).
fn adjectival_use(lang: &crate::lang::LangTables, toks: &[Tok], k: usize, end: usize) -> bool {
    if end != k + 1 || !lang.adjectival_agents.contains(&*toks[k].lower) {
        return false;
    }
    k > 0
        && toks[k - 1].sentence == toks[k].sentence
        && toks[k - 1].kind == TokenKind::Word
        && !lang.possessor_clause_openers.contains(&*toks[k - 1].lower)
}

/// The country of a possessive token (`Taiwan's`, `Russia’s`), if its stem
/// is a country name, or a capital standing for its country (`Beijing's
/// coast guard`, `Moscow's troops`).
pub(super) fn possessive_country<'a>(ctx: &Ctx<'a>, t: &Tok) -> Option<&'a str> {
    if let Some(i) = possessive_country_index(ctx, t) {
        return Some(ctx.kb.countries[i as usize].alpha3.as_str());
    }
    let p = possessive_capital_index(ctx, t)?;
    let c = ctx.kb.country2(&ctx.kb.places[p as usize].country)?;
    Some(c.alpha3.as_str())
}

/// The stem of a possessive token (`Ankara's` -> key `ankara`, surface `Ankara`).
fn possessive_stem(t: &Tok) -> Option<(String, String)> {
    if !t.is_capitalized() {
        return None;
    }
    let cut = |s: &str| {
        s.strip_suffix("'s")
            .or_else(|| s.strip_suffix("’s"))
            .map(str::to_string)
    };
    Some((cut(&t.lower)?, cut(t.text)?))
}

/// The place index of a possessive token whose stem is a national capital
/// and names no country (`Beijing's`, `Washington's`, `Ankara's`): in news
/// a capital in the possessive stands for its government, like the capital
/// acting alone (`Moscow freed ...`). Other towns (`Kitengela's`) are left
/// alone: they are places, not participants.
pub(super) fn possessive_capital_index(ctx: &Ctx, t: &Tok) -> Option<u32> {
    let (key, surface) = possessive_stem(t)?;
    let mut targets = ctx
        .lang
        .names
        .get(&key, &surface)
        .chain(ctx.kb.names.get(&key, &surface));
    targets.find_map(|x| match x {
        Target::Place(i) if ctx.kb.places[i as usize].feature == "PPLC" => Some(i),
        _ => None,
    })
}

/// The country index of a whole possessive token (`Taiwan's`).
pub(super) fn possessive_country_index(ctx: &Ctx, t: &Tok) -> Option<u32> {
    let (key, surface) = possessive_stem(t)?;
    ctx.lang
        .names
        .get(&key, &surface)
        .chain(ctx.kb.names.get(&key, &surface))
        .find_map(|x| match x {
            Target::Country(i) => Some(i),
            _ => None,
        })
}

/// How many lower-case modifiers (one or two) stand between a possessive
/// (`Indonesia's`, `Thailand's` kept whole by the tokenizer) and the agent
/// noun at `k`; 0 when the words before are anything else.
fn possessive_modifiers(
    lang: &crate::lang::LangTables,
    toks: &[Tok],
    k: usize,
    free: &dyn Fn(usize) -> bool,
) -> usize {
    let sent = toks[k].sentence;
    let modifier = |i: usize| {
        let t = &toks[i];
        t.sentence == sent
            && free(i)
            && t.kind == TokenKind::Word
            && !t.clitic
            && !t.is_capitalized()
            && t.lower.chars().all(char::is_alphabetic)
            // An agent noun used as a modifier (`national`, `military`
            // in `Indonesia's national police`) is a modifier like any.
            && !is_connector(lang, t)
    };
    let possessive = |i: usize| {
        toks[i].sentence == sent
            && (toks[i].text.ends_with("'s") || toks[i].text.ends_with("’s"))
            && toks[i].is_capitalized()
    };
    for n in 1..=2 {
        if k < n + 1 || !(k - n..k).all(modifier) {
            return 0;
        }
        if possessive(k - n - 1) {
            return n;
        }
    }
    0
}
