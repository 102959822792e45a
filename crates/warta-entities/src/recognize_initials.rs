//! Suspects and witnesses named by their initials, as Indonesian crime and
//! corruption news does: `tersangka berinisial AS`, `HW selaku bupati`.
//! Such initials are a person, whatever else the letters spell (`AS` is the
//! United States, `RI` Indonesia): cue words before (`berinisial`, setting
//! `initials_after`) or after (`selaku`, setting `initials_before`) say so.
//! After `selaku`, the role words that follow are the person's role.

use warta_core::TokenKind;

use super::{Found, Span};
use crate::kb::Kb;
use crate::lang::LangTables;
use crate::roles::{is_connector, is_role_word, parse_role};
use crate::tokens::Tok;

/// Rule of a person named by initials.
pub(crate) const INITIALS_RULE: &str = "entities:initials";

/// Longest run of initials, in letters (`ABC`).
const MAX_INITIALS: usize = 4;

/// Are `t`'s letters initials: two to four capital letters?
fn is_initials(t: &Tok) -> bool {
    t.kind == TokenKind::Word
        && !t.clitic
        && (2..=MAX_INITIALS).contains(&t.text.len())
        && t.text.bytes().all(|b| b.is_ascii_uppercase())
}

/// Replaces the spans over initials next to a cue with people; `spans`
/// stay sorted by first token.
pub(super) fn initials(lang: &LangTables, kb: &Kb, toks: &[Tok], spans: &mut Vec<Span>) {
    if lang.initials_before.is_empty() && lang.initials_after.is_empty() {
        return;
    }
    let mut found = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        if !is_initials(t) {
            continue;
        }
        let same = |i: usize| toks.get(i).is_some_and(|u| u.sentence == t.sentence);
        let after_cue = k > 0 && same(k - 1) && lang.initials_after.contains(&*toks[k - 1].lower);
        let before_cue = same(k + 1) && lang.initials_before.contains(&*toks[k + 1].lower);
        if !after_cue && !before_cue {
            continue;
        }
        // `HW selaku kepala dinas`: the role words after the cue;
        // `direktur kredit berinisial AM`: those before it.
        let (a, b) = if before_cue {
            let a = k + 2;
            let mut b = a;
            while same(b) && is_role_word(lang, &toks[b]) {
                b += 1;
            }
            (a, b)
        } else {
            let b = k - 1;
            let mut a = b;
            while a > 0 && same(a - 1) {
                if let Some(s) = spans.iter().find(|s| s.last == a && !s.is_person()) {
                    a = s.first;
                } else if is_role_word(lang, &toks[a - 1]) {
                    a -= 1;
                } else {
                    break;
                }
            }
            (a, b)
        };
        let (mut a, mut b) = (a, b);
        while a < b && is_connector(lang, &toks[a]) {
            a += 1;
        }
        while b > a && is_connector(lang, &toks[b - 1]) {
            b -= 1;
        }
        let inside: Vec<&Span> = spans
            .iter()
            .filter(|s| s.first >= a && s.last <= b)
            .collect();
        let role = parse_role(lang, kb, toks, a, b, &inside).filter(|r| r.person_title);
        found.push(Span {
            first: k,
            last: k + 1,
            found: Found::NewPerson,
            rule: INITIALS_RULE,
            role,
        });
    }
    if found.is_empty() {
        return;
    }
    // `polisi menyebut AR meninggal`: later mentions of the same initials
    // need no cue.
    let first_at = |text: &str| {
        found
            .iter()
            .find(|f| toks[f.first].text == text)
            .map(|f| f.first)
    };
    let mut more = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        if is_initials(t)
            && first_at(t.text).is_some_and(|f| f < k)
            && !found.iter().any(|f| f.first == k)
        {
            more.push(Span {
                first: k,
                last: k + 1,
                found: Found::NewPerson,
                rule: INITIALS_RULE,
                role: None,
            });
        }
    }
    found.extend(more);
    spans.retain(|s| !found.iter().any(|f| s.first < f.last && f.first < s.last));
    spans.extend(found);
    spans.sort_by_key(|s| s.first);
}
