//! Hyphenated modifiers whose first part names the country or group behind
//! a noun: `a Liberian-flagged tanker`, `two Hong Kong-based companies`,
//! `a Greek-owned ship`, `the Saudi-led coalition`. The tokenizer keeps
//! `Liberian-flagged` as one word, so the gazetteer never sees `Liberian`;
//! yet news coders give the noun the country of the owner, flag or leader.
//! Which second parts count is language data (setting `hyphen_suffixes`):
//! `-made` or `-occupied` say nothing about who acts, and stay out.

use warta_core::TokenKind;

use super::{Ctx, Found, Span};
use crate::kb::Kb;
use crate::lang::LangTables;
use crate::names::Target;
use crate::tokens::Tok;

/// Rule of a country or group named in a hyphenated modifier.
pub(crate) const HYPHEN_MODIFIER_RULE: &str = "entities:gazetteer:hyphen_modifier";

/// Most capitalized words before the hyphenated one that may belong to the
/// name (`Hong Kong-based`, `United Arab Emirates-flagged`).
const MAX_WORDS_BEFORE: usize = 3;

/// Spans for hyphenated modifiers no other span covers. Only words with a
/// hyphen and a listed second part are looked at, so the pass costs one
/// hash probe per hyphenated word.
pub(super) fn hyphen_modifiers(ctx: &Ctx, taken: &[Span]) -> Vec<Span> {
    let lang = ctx.lang;
    if lang.hyphen_suffixes.is_empty() {
        return Vec::new();
    }
    let toks = ctx.toks;
    let mut out = Vec::new();
    let mut key = String::new();
    let mut surface = String::new();
    for (k, t) in toks.iter().enumerate() {
        if t.kind != TokenKind::Word || ctx.cover[k].is_some() {
            continue;
        }
        let (Some((head_key, suffix)), Some((head_surface, _))) =
            (t.lower.rsplit_once('-'), t.text.rsplit_once('-'))
        else {
            continue;
        };
        if head_key.is_empty() || !lang.hyphen_suffixes.contains(suffix) {
            continue;
        }
        if taken.iter().any(|s| s.first <= k && k < s.last) {
            continue;
        }
        // The longest name ending in the first part, starting up to
        // `MAX_WORDS_BEFORE` free capitalized words back.
        let mut first = k;
        while first > 0
            && k - first < MAX_WORDS_BEFORE
            && free_name_word(ctx, taken, first - 1, t.sentence)
            && toks[first].space_before
        {
            first -= 1;
        }
        let found = (first..=k).find_map(|j| {
            key.clear();
            surface.clear();
            for u in &toks[j..k] {
                key.push_str(&u.lower);
                key.push(' ');
                surface.push_str(u.text);
                surface.push(' ');
            }
            key.push_str(head_key);
            surface.push_str(head_surface);
            let target = lang
                .names
                .get(&key, &surface)
                .chain(ctx.kb.names.get(&key, &surface))
                .find_map(|x| match x {
                    Target::Country(i) | Target::Demonym(i) => Some(Target::Country(i)),
                    Target::Org(o) => Some(Target::Org(o)),
                    _ => None,
                })?;
            Some((j, target))
        });
        if let Some((j, target)) = found {
            out.push(Span {
                first: j,
                last: k + 1,
                found: Found::Known(vec![target]),
                rule: HYPHEN_MODIFIER_RULE,
                role: None,
            });
        }
    }
    out
}

/// Token `i` may open a name before a hyphenated word: a capitalized word
/// of the same sentence that no span holds.
fn free_name_word(ctx: &Ctx, taken: &[Span], i: usize, sentence: usize) -> bool {
    let t = &ctx.toks[i];
    t.sentence == sentence
        && t.kind == TokenKind::Word
        && t.is_capitalized()
        && ctx.cover[i].is_none()
        && !taken.iter().any(|s| s.first <= i && i < s.last)
}

/// Drops one-word town readings of common words (`the University of
/// Belgrade`, `the Alliance of Sahel States`; setting `not_towns`): a
/// GeoNames town of that name is far rarer in news than the word. A
/// capital keeps its reading.
pub(super) fn drop_word_towns(lang: &LangTables, kb: &Kb, toks: &[Tok], spans: &mut Vec<Span>) {
    if lang.not_towns.is_empty() {
        return;
    }
    spans.retain(|s| {
        let town_only = matches!(&s.found, Found::Known(t) if t.iter().all(|x| match *x {
            Target::Place(p) => kb.places[p as usize].feature != "PPLC",
            _ => false,
        }));
        !(town_only && s.last == s.first + 1 && lang.not_towns.contains(&*toks[s.first].lower))
    });
}

/// Drops a place reading that is only the tail or head of a longer foreign
/// name joined by a lower-case particle (setting `name_particles`):
/// `Mocimboa da Praia` is a Mozambican town, not Cape Verde's capital
/// `Praia`; `Praia da Vitoria` is no `Praia` either. A name the gazetteer
/// knows whole (`Rio de Janeiro`) is one span and never reaches here.
pub(super) fn drop_places_after_particles(lang: &LangTables, toks: &[Tok], spans: &mut Vec<Span>) {
    if lang.name_particles.is_empty() {
        return;
    }
    let cover = super::coverage(spans, toks.len());
    let name_word = |i: usize, sent: usize| {
        let t = &toks[i];
        t.sentence == sent
            && t.kind == TokenKind::Word
            && cover[i].is_none()
            && t.is_capitalized()
            && !crate::roles::is_not_name(lang, t)
    };
    let particle = |i: usize, sent: usize| {
        let t = &toks[i];
        t.sentence == sent && !t.is_capitalized() && lang.name_particles.contains(&*t.lower)
    };
    spans.retain(|s| {
        let place = matches!(&s.found, Found::Known(t)
            if t.iter().all(|x| matches!(x, Target::Place(_) | Target::Region(_))));
        if !place {
            return true;
        }
        let sent = toks[s.first].sentence;
        let before = s.first >= 2 && particle(s.first - 1, sent) && name_word(s.first - 2, sent);
        let after =
            s.last + 1 < toks.len() && particle(s.last, sent) && name_word(s.last + 1, sent);
        !(before || after)
    });
}
