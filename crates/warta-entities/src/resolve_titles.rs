//! Titles that point back to someone named earlier: `utusan tersebut`,
//! `menteri itu`, `gubernur ini` (the `role_anaphors` of
//! `entity_settings.tsv` after a person title of the role table). The
//! phrase becomes a mention of the latest earlier entity whose role or name
//! holds that title word.

use super::{Draft, Resolver};
use crate::lang::RoleKind;
use crate::recognize::UNNAMED_ROLE_RULE;
use warta_core::EntityType;

/// Rule of a title that refers back (`utusan tersebut`).
pub(crate) const TITLE_ANAPHOR_RULE: &str = "entities:alias:title";

impl Resolver<'_> {
    /// Adds `utusan tersebut` as a mention of the envoy named before it.
    pub(super) fn add_title_anaphors(&self, drafts: &mut [Draft]) {
        let (lang, toks) = (self.lang, self.toks);
        if lang.role_anaphors.is_empty() {
            return;
        }
        for (i, t) in toks.iter().enumerate().skip(1) {
            if t.clitic || !t.is(crate::tokens::word::ROLE_ANAPHOR) {
                continue;
            }
            let title = &toks[i - 1];
            let is_title = title.sentence == t.sentence
                && lang
                    .roles
                    .get(&*title.lower)
                    .is_some_and(|e| e.kind == RoleKind::Person);
            let covered = |k: usize| {
                drafts
                    .iter()
                    .any(|d| d.toks.iter().any(|&(a, b)| (a..b).contains(&k)))
            };
            if !is_title || covered(i - 1) {
                continue;
            }
            let word = title.lower.as_ref();
            let holds = |d: &Draft| {
                let role = d.role.as_ref().map(|r| r.text.to_lowercase());
                [role, Some(d.canonical.to_lowercase())]
                    .iter()
                    .flatten()
                    .any(|s| s.split_whitespace().any(|w| w == word))
            };
            // The latest earlier mention of an entity with that title.
            let owner = drafts
                .iter()
                .enumerate()
                .filter(|(_, d)| holds(d))
                .filter_map(|(n, d)| {
                    d.mentions
                        .iter()
                        .filter(|m| m.end <= title.start)
                        .map(|m| m.start)
                        .max()
                        .map(|s| (s, n))
                })
                .max();
            if let Some((_, o)) = owner {
                let m = self.mention(i - 1, i + 1, TITLE_ANAPHOR_RULE);
                drafts[o].mentions.push(m);
                drafts[o].toks.push((i - 1, i + 1));
            }
        }
    }
}

/// Shortest office word that may tie an unnamed office to a person's role
/// (`in`, `of` in `spokesman in Dhaka` tie nothing).
const MIN_OFFICE_WORD: usize = 4;

impl Resolver<'_> {
    /// `the minister` after `Interior Minister Fernando Grande-Marlaska`:
    /// an unnamed office (rule [`UNNAMED_ROLE_RULE`]) whose title a person
    /// named earlier holds refers back to that person (the latest one), and
    /// its mentions move to them. Only where unnamed offices need an opener
    /// (setting `unnamed_role_openers`, English `the`); Indonesian marks the
    /// reference with a word after the title (`menteri itu`, above).
    pub(super) fn merge_held_offices(&self, drafts: &mut Vec<Draft>) {
        if self.lang.unnamed_role_openers.is_empty() {
            return;
        }
        let mut i = 0;
        while i < drafts.len() {
            if drafts[i].rule != UNNAMED_ROLE_RULE {
                i += 1;
                continue;
            }
            let words: Vec<String> = drafts[i]
                .canonical
                .split_whitespace()
                .filter(|w| w.chars().count() >= MIN_OFFICE_WORD)
                .map(str::to_lowercase)
                .collect();
            let start = drafts[i].mentions.iter().map(|m| m.start).min();
            let holds = |d: &Draft| {
                d.kind == EntityType::Person
                    && d.role.as_ref().is_some_and(|r| {
                        r.text
                            .split_whitespace()
                            .any(|w| words.iter().any(|o| w.eq_ignore_ascii_case(o)))
                    })
            };
            let owner = drafts
                .iter()
                .enumerate()
                .filter(|&(n, d)| n != i && holds(d))
                .filter_map(|(n, d)| {
                    d.mentions
                        .iter()
                        .filter(|m| start.is_some_and(|s| m.end <= s))
                        .map(|m| m.start)
                        .max()
                        .map(|s| (s, n))
                })
                .max();
            let Some((_, o)) = owner else {
                i += 1;
                continue;
            };
            let office = drafts.remove(i);
            let o = if o > i { o - 1 } else { o };
            for mut m in office.mentions {
                m.rule = TITLE_ANAPHOR_RULE.to_string();
                drafts[o].mentions.push(m);
            }
            drafts[o].toks.extend(office.toks);
        }
    }
}
