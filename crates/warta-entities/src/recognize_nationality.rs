//! People introduced by their nationality in apposition, without a title:
//! `Daniel Wong, 41, a dual British-Malaysian national,`, `John Carter,
//! warga negara Australia,`. The apposition gives the person the first
//! country it names (a dual national is the story's foreigner first) and
//! is no group of its own (`British national` is not a second actor).

use warta_core::TokenKind;

use super::{Ctx, Found, Target};
use crate::roles::{Role, join, span_country};
use crate::tokens::Tok;

/// Most tokens between the comma (after an age) and the end of the
/// nationality phrase: `a dual U.S. - Russian national`.
const MAX_APPOSITION_TOKENS: usize = 7;

impl Ctx<'_> {
    /// A nationality apposition after the name ending at token `e`: the
    /// role (its country, no sector) and the end of the apposition.
    pub(super) fn nationality_after(&self, e: usize) -> Option<(Role, usize)> {
        let lang = self.lang;
        if lang.nationality_nouns.is_empty() || !self.toks.get(e)?.is_comma() {
            return None;
        }
        let sent = self.toks[e].sentence;
        let same = |i: usize| self.toks.get(i).is_some_and(|t| t.sentence == sent);
        let mut k = e + 1;
        // An age first: `, 41,`.
        if same(k + 1) && self.toks[k].kind == TokenKind::Number && self.toks[k + 1].is_comma() {
            k += 2;
        }
        let start = k;
        if same(k) && lang.apposition_articles.contains(&*self.toks[k].lower) {
            k += 1;
        }
        let mut country = None;
        let mut noun_end = None;
        let mut country_end = k;
        while same(k) && k < start + MAX_APPOSITION_TOKENS {
            let t = &self.toks[k];
            if t.is_comma() {
                break;
            }
            if let Some(sp) = self.cover[k].map(|ix| &self.spans[ix]) {
                let named = matches!(&sp.found, Found::Known(x) if x.iter().any(|x| matches!(x, Target::Country(_) | Target::Demonym(_))));
                if sp.is_person() || !named {
                    break;
                }
                if country.is_none() {
                    country = span_country(self.kb, sp).map(str::to_string);
                }
                country_end = sp.last;
                k = sp.last;
                continue;
            }
            if country.is_none() {
                // `British-Iranian` as one token: its first part.
                country = self.hyphenated_country(t);
                if country.is_some() {
                    country_end = k + 1;
                    k += 1;
                    continue;
                }
            }
            if t.kind == TokenKind::Word && lang.nationality_nouns.contains(&*t.lower) {
                noun_end = Some(k + 1);
                if country.is_some() {
                    break;
                }
            } else if t.kind == TokenKind::Word && t.is_capitalized() {
                // Another name: not an apposition of nationality.
                return None;
            }
            k += 1;
        }
        let country = country?;
        let end = noun_end?.max(country_end);
        Some((
            Role {
                text: join(self.toks, start, end),
                country: Some(country),
                sector: None,
                person_title: true,
            },
            end,
        ))
    }

    /// The country of the first part of a hyphenated token (`British-Iranian`).
    fn hyphenated_country(&self, t: &Tok) -> Option<String> {
        let (surface, _) = t.text.split_once('-')?;
        let (key, _) = t.lower.split_once('-')?;
        self.lang
            .names
            .get(key, surface)
            .chain(self.kb.names.get(key, surface))
            .find_map(|x| match x {
                Target::Country(i) | Target::Demonym(i) => {
                    Some(self.kb.countries[i as usize].alpha3.clone())
                }
                _ => None,
            })
    }
}

impl Ctx<'_> {
    /// The country of a possessive owner at token `k` in an apposition that
    /// began at `start`: a country or capital in the possessive (`Iran's`),
    /// or a noun in the possessive after a name with a country (`the
    /// Taliban administration's`).
    pub(super) fn possessive_owner(&self, start: usize, k: usize) -> Option<&str> {
        let t = &self.toks[k];
        if let Some(c) = super::possessive_country(self, t) {
            return Some(c);
        }
        // Any noun may head the owner (`administration's`, `group's`): the
        // name before it says whose.
        if !(t.lower.ends_with("'s") || t.lower.ends_with("’s")) {
            return None;
        }
        self.spans_in(start, k)
            .into_iter()
            .find_map(|sp| span_country(self.kb, sp))
    }
}
