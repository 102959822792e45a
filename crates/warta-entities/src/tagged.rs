//! Names from the statistical tagger (`warta-ner`) where the gazetteers
//! and rules found nothing: people and organisations only.

use warta_core::{EntityType, TokenKind};

use crate::lang::{LangTables, RoleKind, undotted};
use crate::recognize::{Found, MAX_NEW_NAME_TOKENS, Span, TAGGER_RULE, coverage};
use crate::roles::{is_not_name, is_role_word};
use crate::tokens::Tok;

/// People and organisations the statistical tagger finds where the
/// gazetteers found nothing. Places are left out: a place must geocode, and
/// every place warta can geocode is in the gazetteer already.
pub(crate) fn tagger_spans(
    lang: &LangTables,
    toks: &[Tok],
    spans: &[Span],
    tagger: &warta_ner::NerModel,
) -> Vec<Span> {
    let cover = coverage(spans, toks.len());
    let mut out = Vec::new();
    let mut start = 0;
    while start < toks.len() {
        let sentence = toks[start].sentence;
        let end = toks[start..]
            .iter()
            .position(|t| t.sentence != sentence)
            .map_or(toks.len(), |n| start + n);
        // Only sentences with a capitalized word no gazetteer explained.
        // The first word of a sentence is capitalized anyway: it alone is not enough.
        let worth = (start + 1..end).any(|i| {
            cover[i].is_none()
                && toks[i].is_capitalized()
                && !is_role_word(lang, &toks[i])
                && !is_not_name(lang, &toks[i])
        });
        if worth {
            let words: Vec<&str> = toks[start..end].iter().map(|t| t.text).collect();
            // Labels only: the confidence scores are not used here.
            let labels = tagger.tag_labels(&words);
            for (range, kind) in warta_ner::label_spans(&labels) {
                let (a, b) = (start + range.start, start + range.end);
                let (mut a, mut b) = (a, b);
                // The tagger may take the title into the name (`Presiden Joko`).
                while a < b
                    && (is_role_word(lang, &toks[a])
                        || is_not_name(lang, &toks[a])
                        || lang.honorifics.contains(&undotted(toks[a].text))
                        || toks[a].kind != TokenKind::Word)
                {
                    a += 1;
                }
                if kind == EntityType::Person {
                    a = after_rank(lang, toks, a, b);
                }
                if a >= b
                    || (a..b).any(|i| cover[i].is_some())
                    || !toks[a].is_capitalized()
                    || !toks[b - 1].is_capitalized()
                {
                    continue;
                }
                // ... or miss part of it (`Melki` `Laka Lena`): take the whole capitalized run.
                let free = |i: usize| {
                    cover[i].is_none()
                        && toks[i].sentence == sentence
                        && toks[i].is_capitalized()
                        && !is_role_word(lang, &toks[i])
                        && !is_not_name(lang, &toks[i])
                        && !lang.honorifics.contains(&undotted(toks[i].text))
                };
                while a > start
                    && free(a - 1)
                    && toks[a].space_before
                    && b - a < MAX_NEW_NAME_TOKENS
                {
                    a -= 1;
                }
                while b < end && free(b) && toks[b].space_before && b - a < MAX_NEW_NAME_TOKENS {
                    b += 1;
                }
                if out.last().is_some_and(|s: &Span| s.last > a) {
                    continue;
                }
                let found = match kind {
                    EntityType::Person => Found::NewPerson,
                    EntityType::Organization => Found::NewOrg {
                        country: None,
                        sector: None,
                    },
                    EntityType::Location => continue,
                };
                out.push(Span {
                    first: a,
                    last: b,
                    found,
                    rule: TAGGER_RULE,
                    role: None,
                });
            }
        }
        start = end;
    }
    out
}

/// Where the name starts in a tagged person `a..b` that swallowed a unit
/// and a rank (`Habema Letkol Inf Arif Budiman`): after the last rank
/// inside it. A rank is a one-word person title followed by a corps word
/// (`Letkol Inf`) or written in capitals (`AKBP`); a title word alone
/// (`Hakim`, `Putra`) is as often part of a name and is kept.
fn after_rank(lang: &LangTables, toks: &[Tok], a: usize, b: usize) -> usize {
    let title = |k: usize| {
        lang.roles
            .get(&*toks[k].lower)
            .is_some_and(|r| r.kind == RoleKind::Person)
    };
    let rank = |k: usize| {
        title(k)
            && ((k + 2 < b && is_role_word(lang, &toks[k + 1]))
                || (k + 1 < b && toks[k].text.chars().all(|c| !c.is_lowercase())))
    };
    let Some(k) = (a + 1..b).rev().find(|&k| rank(k)) else {
        return a;
    };
    // Skip the corps words after the rank (`Inf`, `Laut`).
    let mut start = k + 1;
    while start < b && is_role_word(lang, &toks[start]) {
        start += 1;
    }
    start
}
