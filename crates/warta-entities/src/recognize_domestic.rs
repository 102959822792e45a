//! Actors of domestic news that carry no proper name of their own:
//! bodies named by a head and a place or number (`Polda Metro Jaya`,
//! `Kejaksaan Tinggi Jawa Timur`, `DPRD Sumatera Utara`, `Komisi III DPR`;
//! table `entity_org_heads.tsv`), and office holders named only by their
//! office (`mantan menteri perdagangan`, `Gubernur Jawa Tengah`, `kuasa
//! hukum terdakwa`; the person titles of `roles.tsv`, when the language's
//! `entity_settings.tsv` turns `unnamed_roles` on).
//!
//! Both become organisation spans with a sector and a country (from a place
//! or organisation inside the phrase, else the language's default role
//! country), so the event coder can use them as sources and targets.

use super::{Ctx, Found, Span};
use crate::kb::Kb;
use crate::lang::{LangTables, RoleKind};
use crate::names::Target;
use crate::recognize::coverage;
use crate::roles::{is_connector, is_not_name, is_role_word, parse_role, span_country};
use crate::tokens::{Tok, longest};

/// Rule of a body named by a head and a place or number (`Polda Metro Jaya`).
pub(crate) const HEADED_ORG_RULE: &str = "entities:org:headed";
/// Rule of an office holder named only by the office (`mantan menteri perdagangan`).
pub(crate) const UNNAMED_ROLE_RULE: &str = "entities:role:unnamed";

/// Longest name after a head, in words (`Pengadilan Negeri Jakarta Pusat`).
const MAX_HEADED_NAME_WORDS: usize = 4;

/// Is `t` a person's title or an organisation head (`AKBP`, `Kepala`), where
/// a body's name ends? Modifiers (`Kota`, `Utara`) may be part of the name.
fn is_title(lang: &LangTables, t: &Tok) -> bool {
    is_role_word(lang, t)
        && lang
            .roles
            .get(&*t.lower)
            .is_none_or(|e| matches!(e.kind, RoleKind::Person | RoleKind::Org))
}

/// The sector of an organisation span, if it names one.
fn org_sector(kb: &Kb, s: &Span) -> Option<String> {
    match &s.found {
        Found::Known(t) => t.iter().find_map(|x| match *x {
            Target::Org(i) => kb.orgs[i as usize].sector.clone(),
            _ => None,
        }),
        Found::NewOrg { sector, .. } => sector.clone(),
        Found::NewPerson => None,
    }
}

/// A known organisation of no country that is international (`IGO`,
/// `NGO`): `Uni Afrika`, `PBB`.
fn is_stateless_body(kb: &Kb, s: &Span) -> bool {
    matches!(&s.found, Found::Known(t) if t.iter().any(|x| matches!(*x,
        Target::Org(i) if kb.orgs[i as usize].country.is_none()
            && matches!(kb.orgs[i as usize].sector.as_deref(), Some("IGO" | "NGO")))))
}

/// `DPRD.` at the end of a sentence, kept whole as if an abbreviation: the
/// head without its full stop (a body with no name after it).
fn sentence_final_head<'a>(lang: &'a LangTables, t: &Tok) -> Option<&'a Option<String>> {
    let head = t.lower.strip_suffix('.')?;
    if !t.is_capitalized() || head.contains(' ') || lang.org_heads_named.contains(head) {
        return None;
    }
    lang.org_heads.get(head)
}

/// Bodies named by a head and a place, an organisation or a number
/// (`Polda Metro Jaya`, `Komisi III DPR`). The spans they swallow (the
/// place `Jawa Timur` inside `Kejaksaan Tinggi Jawa Timur`) are removed
/// from `spans`; the new spans are added.
pub(super) fn headed_orgs(lang: &LangTables, kb: &Kb, toks: &[Tok], spans: &mut Vec<Span>) {
    if lang.org_heads.is_empty() {
        return;
    }
    let cover = coverage(spans, toks.len());
    let mut out = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        let free = |i: usize| cover[i].is_none();
        let head = toks[k]
            .is_capitalized()
            .then(|| {
                longest(toks, k, lang.max_org_head_words, &free, &|key| {
                    lang.org_heads.get(key)
                })
            })
            .flatten()
            .or_else(|| {
                free(k)
                    .then(|| sentence_final_head(lang, &toks[k]).map(|s| (k + 1, s)))
                    .flatten()
            });
        let Some((end, sector)) = head else {
            k += 1;
            continue;
        };
        let sent = toks[k].sentence;
        // The name: places, organisations, unknown capitalized words and
        // numbers, up to the first role word (`Polda Metro Jaya Kombes ...`).
        let (mut j, mut words) = (end, 0);
        let mut inner: Vec<usize> = Vec::new();
        while j < toks.len() && toks[j].sentence == sent && words < MAX_HEADED_NAME_WORDS {
            let t = &toks[j];
            if !t.space_before {
                break;
            }
            if let Some(ix) = cover[j] {
                let s = &spans[ix];
                if s.is_person() || s.first != j {
                    break;
                }
                inner.push(ix);
                words += s.last - s.first;
                j = s.last;
            } else if inner
                .last()
                .is_some_and(|&ix| is_stateless_body(kb, &spans[ix]))
            {
                // After an international body the name is its own: `Komisi
                // Uni Afrika Mahmoud Ali Youssouf` is the commission's chair.
                break;
            } else if t.is_capitalized() && !is_title(lang, t) && !is_not_name(lang, t) {
                words += 1;
                j += 1;
            } else {
                break;
            }
        }
        if j == end && !lang.org_heads_named.is_empty() {
            // `PT` or `Dinas` with no name after it names no body.
            let head: Vec<&str> = toks[k..end].iter().map(|t| &*t.lower).collect();
            if lang.org_heads_named.contains(&head.join(" ")) {
                k = end;
                continue;
            }
        }
        // A body of an international organisation (`Komisi Uni Afrika`) has
        // no country, not the language's default one.
        // A mission abroad (`KBRI Dhaka`) is its sending country's, not its
        // host's: the place names where it sits.
        let head_key: Vec<&str> = toks[k..end].iter().map(|t| &*t.lower).collect();
        let head_key = head_key.join(" ");
        let country = if lang
            .org_heads_abroad
            .contains(head_key.trim_end_matches('.'))
        {
            lang.default_role_country.clone()
        } else {
            inner
                .iter()
                .find_map(|&ix| span_country(kb, &spans[ix]))
                .map(str::to_string)
        };
        let sector = sector
            .clone()
            .or_else(|| inner.iter().find_map(|&ix| org_sector(kb, &spans[ix])))
            .or_else(|| Some("GOV".to_string()));
        // A body whose words name no country gets one in resolution
        // (`resolve.rs`, `finish`): the story's home country, else the
        // language's default (`Partai Kekuatan Rakyat` in a Seoul story is
        // Korean). A body of an international organisation (`Komisi Uni
        // Afrika`, sector IGO from its name) keeps none.
        out.push((
            inner,
            Span {
                first: k,
                last: j,
                found: Found::NewOrg { country, sector },
                rule: HEADED_ORG_RULE,
                role: None,
            },
        ));
        k = j;
    }
    replace_inner_spans(spans, out);
}

/// Puts the longer spans of `out` in place of the spans they swallow (each
/// paired with the indexes into `spans` of the spans inside it), keeping
/// `spans` in text order.
pub(super) fn replace_inner_spans(spans: &mut Vec<Span>, out: Vec<(Vec<usize>, Span)>) {
    if out.is_empty() {
        return;
    }
    let swallowed: Vec<usize> = out.iter().flat_map(|(inner, _)| inner.clone()).collect();
    let mut ix = 0;
    spans.retain(|_| {
        ix += 1;
        !swallowed.contains(&(ix - 1))
    });
    spans.extend(out.into_iter().map(|(_, s)| s));
    spans.sort_by_key(|s| s.first);
}

/// Office holders named only by their office (`mantan menteri
/// perdagangan`, `Gubernur Jawa Tengah`, `majelis hakim`): a person title
/// of the role table with its modifiers and the places or organisations
/// inside it, not followed by a name (then it is that person's title) nor
/// by a word that points back to one (`menteri itu`). Tokens inside a
/// recognized span or one of `taken` are skipped.
pub(super) fn unnamed_roles(ctx: &Ctx, taken: &[Span]) -> Vec<Span> {
    let (lang, toks) = (ctx.lang, ctx.toks);
    if !lang.unnamed_roles {
        return Vec::new();
    }
    let mut used = vec![false; toks.len()];
    for s in taken {
        used[s.first..s.last].iter_mut().for_each(|u| *u = true);
    }
    let free = |i: usize| ctx.cover[i].is_none() && !used[i];
    let span_at = |i: usize| ctx.cover[i].map(|ix| &ctx.spans[ix]);
    let mut out = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        let title = (free(k) && is_role_word(lang, &toks[k]))
            .then(|| {
                longest(toks, k, lang.max_role_words, &free, &|key| {
                    lang.roles.get(key).filter(|e| e.kind == RoleKind::Person)
                })
            })
            .flatten();
        let Some((end, _)) = title else {
            k += 1;
            continue;
        };
        let sent = toks[k].sentence;
        // English offices stand alone only after an opener (`the
        // information minister`; `a general strike` names no general).
        // One a person named earlier holds refers back to them
        // (`resolve_titles.rs`).
        if !lang.unnamed_role_openers.is_empty()
            && opened(lang, toks, k, &free).is_none_or(|p| domestic_group(lang, toks, p, end))
        {
            k = end;
            continue;
        }
        // Extend over role-table phrases (modifiers, connectors, other
        // titles) and places or organisations. A person or a name the tagger
        // found right after makes the phrase that name's title.
        let mut j = end;
        let mut named = false;
        while j < toks.len() && toks[j].sentence == sent && !toks[j].clitic {
            if let Some(s) = span_at(j) {
                if s.is_person() || s.rule == super::TAGGER_RULE {
                    named = true;
                    break;
                }
                if s.first != j {
                    break;
                }
                j = s.last;
            } else if let Some((e, _)) = longest(toks, j, lang.max_role_words, &free, &|key| {
                lang.roles.get(key)
            }) {
                j = e;
            } else {
                break;
            }
        }
        while j > end && is_connector(lang, &toks[j - 1]) {
            j -= 1;
        }
        // A name right after (`Menteri Luar Negeri Sugiono`), a person right
        // before (`Shoigu, menteri pertahanan`) or a word pointing back
        // (`menteri itu`): not a new actor.
        let next = toks.get(j).filter(|t| t.sentence == sent);
        let name_after = next.is_some_and(|t| {
            (t.is_capitalized() && span_at(j).is_none() && !is_not_name(lang, t))
                || lang.role_anaphors.contains(&*t.lower)
        });
        // `Anggota Komisi I, TB Hasanuddin, ...`: the title of the name in apposition.
        let apposition = next.is_some_and(|t| t.is_comma())
            && toks
                .get(j + 1)
                .is_some_and(|t| t.sentence == sent && t.is_capitalized());
        let mut b = k;
        if b > 0 && toks[b - 1].is_comma() {
            b -= 1;
        }
        let person_before =
            b > 0 && toks[b - 1].sentence == sent && span_at(b - 1).is_some_and(|s| s.is_person());
        // `kedua menteri`: a pair phrase, resolved to two actors later.
        // English `the` opens pair phrases (`the two leaders`) and offices
        // (`the minister`) alike: as an opener it makes no pair.
        let pair = k > 0
            && lang.pair_firsts.contains(&*toks[k - 1].lower)
            && !lang.unnamed_role_openers.contains(&*toks[k - 1].lower);
        // A bare title the agent table admits only with its country
        // (`pejabat perusahaan ...`): not an actor on its own.
        let bare = j == k + 1
            && lang
                .agents
                .get(&*toks[k].lower)
                .is_some_and(|a| a.needs_country);
        if named || name_after || apposition || person_before || pair || bare {
            k = j.max(k + 1);
            continue;
        }
        let mut inner: Vec<&Span> = ctx
            .spans
            .iter()
            .filter(|s| s.first >= k && s.last <= j)
            .collect();
        // `Utusan khusus ASEAN untuk Myanmar`, `Duta Besar Indonesia untuk
        // Malaysia`: a country after a connector is where the office is
        // sent, not whose it is, once a body or country owns it before.
        if let Some(c) = (k..j).find(|&c| is_connector(lang, &toks[c])) {
            if inner.iter().any(|s| s.last <= c) {
                inner.retain(|s| s.last <= c);
            }
        }
        let Some(role) = parse_role(lang, ctx.kb, toks, k, j, &inner) else {
            k = j;
            continue;
        };
        // `para pemimpin ASEAN`: an office of a body without a country
        // speaks for that body (IGO), not for the default country.
        let stateless = inner.iter().find_map(|s| match &s.found {
            Found::Known(t) => t.iter().find_map(|x| match *x {
                Target::Org(i) if ctx.kb.orgs[i as usize].country.is_none() => {
                    ctx.kb.orgs[i as usize].sector.clone()
                }
                _ => None,
            }),
            _ => None,
        });
        let (country, sector) = match stateless {
            Some(sector) if role.country.is_none() => (None, Some(sector)),
            // No country in the words: resolution gives the story's home
            // country, else the language's default (`resolve.rs`).
            _ => (role.country, role.sector),
        };
        if role.person_title && sector.is_some() {
            out.push(Span {
                first: k,
                last: j,
                found: Found::NewOrg { country, sector },
                rule: UNNAMED_ROLE_RULE,
                role: None,
            });
        }
        k = j;
    }
    out
}

/// Most modifiers between an opener and the title (`the regional police chief`).
const MAX_OPENER_GAP: usize = 2;

/// Where one of the language's `unnamed_role_openers` stands before the
/// title at `k`, past at most [`MAX_OPENER_GAP`] free lower-case words of
/// its sentence (`the information minister`).
fn opened(
    lang: &LangTables,
    toks: &[Tok],
    k: usize,
    free: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let sent = toks[k].sentence;
    let mut b = k;
    loop {
        let p = b.checked_sub(1).filter(|&p| toks[p].sentence == sent)?;
        if lang.unnamed_role_openers.contains(&*toks[p].lower) {
            return Some(p);
        }
        let modifier = free(p)
            && !toks[p].clitic
            && toks[p].kind == warta_core::TokenKind::Word
            && !toks[p].is_capitalized();
        if !modifier || k - p > MAX_OPENER_GAP {
            return None;
        }
        b = p;
    }
}

/// Is the office `toks[opener..end]`, with or without its opener, a group
/// noun of the domestic table (`the opposition leader`)? Then that table
/// names it (`home_country.rs`), not the role table.
fn domestic_group(lang: &LangTables, toks: &[Tok], opener: usize, end: usize) -> bool {
    let words: Vec<&str> = toks[opener..end].iter().map(|t| &*t.lower).collect();
    let phrases = &lang.domestic.phrases;
    phrases.contains_key(&words.join(" ")) || phrases.contains_key(&words[1..].join(" "))
}
