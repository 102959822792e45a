//! The nearby reading of `kedua negara`, `the two countries`: when the
//! words before the phrase in its own sentence name exactly two countries,
//! those are the two (`Indonesia dan Vietnam sepakat ... perbatasan laut
//! kedua negara`). Counting the whole story instead picks its
//! protagonists, who are often not the two the sentence is about.

use super::Draft;

/// Rules of pair mentions added earlier: they name no country of their own.
const PAIR_RULE_PREFIX: &str = "entities:alias:kedua_";

/// The two countries named right before a pair phrase that starts at
/// character `at` in `sentence`, named before it in that sentence; `None`
/// unless exactly two.
/// `countries[ix]` is the country draft `ix` stands for, if any.
pub(super) fn local_pair(
    drafts: &[Draft],
    countries: &[Option<String>],
    sentence: usize,
    at: usize,
) -> Option<[String; 2]> {
    let named_in = |s: usize, before: usize| -> Vec<&str> {
        let mut found: Vec<(usize, &str)> = Vec::new();
        for (d, c) in drafts.iter().zip(countries) {
            let Some(c) = c.as_deref() else { continue };
            if let Some(m) = d.mentions.iter().find(|m| {
                m.sentence == s && m.end <= before && !m.rule.starts_with(PAIR_RULE_PREFIX)
            }) {
                found.push((m.start, c));
            }
        }
        found.sort_unstable();
        let mut distinct: Vec<&str> = Vec::new();
        for (_, c) in found {
            if !distinct.contains(&c) {
                distinct.push(c);
            }
        }
        distinct
    };
    let two = |v: Vec<&str>| match v.as_slice() {
        [a, b] => Some([a.to_string(), b.to_string()]),
        _ => None,
    };
    // Only the phrase's own sentence: a pair in the sentence before is as
    // often a side remark (`Thailand ... menurut sumber di Jakarta. Kedua
    // negara ...` means Thailand and Cambodia).
    two(named_in(sentence, at))
}
