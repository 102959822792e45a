//! Countries the English tokenizer or the name gazetteer leave unnamed:
//! `Ukraine's` (or a capital, `Beijing's`) kept whole with its possessive, and demonyms standing for
//! their country before a common noun (`the Russian attack`).

use warta_core::TokenKind;

use super::{Ctx, Found, Span, possessive_capital_index, possessive_country_index};
use crate::names::Target;

/// Rule of a country named in the possessive on its own (`Ukraine's grid`).
pub(crate) const POSSESSIVE_COUNTRY_RULE: &str = "entities:gazetteer:country_possessive";

/// Rule of a national capital named in the possessive on its own
/// (`Ankara's decision`), standing for its government.
pub(crate) const POSSESSIVE_CAPITAL_RULE: &str = "entities:gazetteer:capital_possessive";

/// Countries and capitals in the possessive that no other span took (`Ukraine's energy
/// grid`, `Turkey's ambassador`): the tokenizer keeps `Ukraine's` whole, so
/// the gazetteer misses it, yet the country is a participant of the clause.
pub(super) fn possessive_countries(ctx: &Ctx, taken: &[Span]) -> Vec<Span> {
    let mut used = vec![false; ctx.toks.len()];
    for s in taken {
        used[s.first..s.last].iter_mut().for_each(|u| *u = true);
    }
    (0..ctx.toks.len())
        // Only a token ending in `'s` or `’s` can be a possessive: tested
        // first, as this runs for every token.
        .filter(|&k| ctx.cover[k].is_none() && !used[k] && ctx.toks[k].text.ends_with('s'))
        .filter_map(|k| {
            let (target, rule) = match possessive_country_index(ctx, &ctx.toks[k]) {
                Some(i) => (Target::Country(i), POSSESSIVE_COUNTRY_RULE),
                // `Beijing's decision`: the capital stands for its government.
                None => (
                    Target::Place(possessive_capital_index(ctx, &ctx.toks[k])?),
                    POSSESSIVE_CAPITAL_RULE,
                ),
            };
            Some(Span {
                first: k,
                last: k + 1,
                found: Found::Known(vec![target]),
                rule,
                role: None,
            })
        })
        .collect()
}

/// Rule of a demonym standing for its country before a common noun.
pub(crate) const DEMONYM_COUNTRY_RULE: &str = "entities:gazetteer:demonym_country";

/// Demonyms modifying a common noun outside any role or agent phrase (`the
/// Russian attack`, `an Israeli proposal`, `Egyptian and Qatari mediators`)
/// name the country as a participant, as CAMEO coders read them. Demonyms
/// before a capitalized word (`Malaysian Prime Minister`) belong to a title.
pub(super) fn demonym_modifiers(ctx: &Ctx, taken: &[Span]) -> Vec<Span> {
    let toks = ctx.toks;
    let mut used = vec![false; toks.len()];
    for s in taken {
        used[s.first..s.last].iter_mut().for_each(|u| *u = true);
    }
    ctx.spans
        .iter()
        .filter(|s| s.is_demonym() && s.last == s.first + 1 && !used[s.first])
        .filter(|s| {
            toks.get(s.last).is_some_and(|t| {
                t.sentence == toks[s.first].sentence
                    && t.kind == TokenKind::Word
                    && !t.is_capitalized()
            })
        })
        .filter_map(|s| match &s.found {
            Found::Known(t) => t.iter().find_map(|x| match *x {
                Target::Demonym(i) => Some(Span {
                    first: s.first,
                    last: s.last,
                    found: Found::Known(vec![Target::Country(i)]),
                    rule: DEMONYM_COUNTRY_RULE,
                    role: None,
                }),
                _ => None,
            }),
            _ => None,
        })
        .collect()
}

/// Drops the country spans that name a currency, not an actor: a country
/// right after a currency noun (`2 juta dolar AS`, `dolar Singapura`) or
/// right before one (`US dollars`), setting `currency_nouns`. Left in, the
/// country becomes the target of a pledge or a grant (`menambah bantuan
/// senilai 2 juta dolar AS` is no act towards the United States).
pub(super) fn drop_currency_countries(
    lang: &crate::lang::LangTables,
    kb: &crate::kb::Kb,
    toks: &[crate::tokens::Tok],
    spans: &mut Vec<Span>,
) {
    if lang.currency_nouns.is_empty() {
        return;
    }
    let currency = |i: usize, sent: usize| {
        toks.get(i)
            .is_some_and(|t| t.sentence == sent && lang.currency_nouns.contains(&*t.lower))
    };
    spans.retain(|s| {
        let country_only = matches!(&s.found, Found::Known(t)
            if !t.is_empty() && t.iter().all(|x| matches!(x, Target::Country(_))));
        if !country_only || crate::roles::span_country(kb, s).is_none() {
            return true;
        }
        let sent = toks[s.first].sentence;
        !((s.first > 0 && currency(s.first - 1, sent)) || currency(s.last, sent))
    });
}
