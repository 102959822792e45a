//! Name lookup: a hash map from normalized token n-grams to what they name.
//!
//! Keys are lower-cased and whitespace-collapsed; text n-grams are built the
//! same way from tokens (joined by a space only where the text had one), so
//! `U.S.` matches whether the tokenizer kept it whole or split the dots.

use std::collections::hash_map::Entry;

use rustc_hash::FxHashMap;

/// What a name refers to: an index into one of the knowledge-base tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Target {
    /// `Kb::countries`.
    Country(u32),
    /// A demonym of `Kb::countries` (`Russian`): used inside role phrases only.
    Demonym(u32),
    /// `Kb::places`.
    Place(u32),
    /// `Kb::regions`.
    Region(u32),
    /// `Kb::orgs`.
    Org(u32),
    /// `Kb::people`.
    Person(u32),
}

/// One target of a name, with the exact spelling required for short
/// all-capital names (`AS` must not match the English word `as`).
#[derive(Debug, Clone)]
pub(crate) struct NameEntry {
    pub target: Target,
    pub exact: Option<Box<str>>,
}

/// The targets of one name. Nearly every name has one target, so that case
/// needs no second allocation (this keeps loading the gazetteers fast).
#[derive(Debug, Clone)]
enum Entries {
    One(NameEntry),
    Many(Vec<NameEntry>),
}

impl Entries {
    fn as_slice(&self) -> &[NameEntry] {
        match self {
            Entries::One(e) => std::slice::from_ref(e),
            Entries::Many(v) => v,
        }
    }

    fn push(&mut self, entry: NameEntry) {
        match self {
            Entries::One(first) => *self = Entries::Many(vec![first.clone(), entry]),
            Entries::Many(v) => v.push(entry),
        }
    }
}

/// Normalized name -> targets.
#[derive(Debug, Default)]
pub(crate) struct NameIndex {
    map: FxHashMap<Box<str>, Entries>,
    /// First word of every name -> most words of a name starting with it, so
    /// a lookup stops early (and most capitalized words cost one probe).
    first_words: FxHashMap<Box<str>, u8>,
}

/// Longest name, in tokens, that lookups try.
pub(crate) const MAX_NAME_TOKENS: usize = 8;

/// Lower-cases `name` and collapses its whitespace into single spaces.
pub(crate) fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        if word.is_ascii() {
            out.extend(word.bytes().map(|b| b.to_ascii_lowercase() as char));
        } else {
            out.extend(word.chars().flat_map(char::to_lowercase));
        }
    }
    out
}

/// `normalize(name) == key`, without allocating.
pub(crate) fn normalizes_to(name: &str, key: &str) -> bool {
    let mut k = key.chars();
    for (i, word) in name.split_whitespace().enumerate() {
        if i > 0 && k.next() != Some(' ') {
            return false;
        }
        if !word
            .chars()
            .flat_map(char::to_lowercase)
            .all(|c| k.next() == Some(c))
        {
            return false;
        }
    }
    k.next().is_none()
}

/// True for short all-capital names (`AS`, `UN`, `RI`) that must match exactly.
fn needs_exact_case(name: &str) -> bool {
    let mut letters = 0;
    for c in name.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if letters > 5 || !c.is_uppercase() {
            return false;
        }
    }
    letters > 0
}

impl NameIndex {
    /// Adds `name` as a name of `target`.
    pub fn add(&mut self, name: &str, target: Target) {
        let key = normalize(name);
        if key.is_empty() {
            return;
        }
        let exact = needs_exact_case(name).then(|| {
            name.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .into_boxed_str()
        });
        let words = key.split(' ').count().min(u8::MAX as usize) as u8;
        let first = key.split(' ').next().unwrap_or_default();
        match self.first_words.get_mut(first) {
            Some(w) => *w = (*w).max(words),
            None => {
                self.first_words.insert(first.into(), words);
            }
        }
        let entry = NameEntry { target, exact };
        match self.map.entry(key.into_boxed_str()) {
            Entry::Vacant(v) => {
                v.insert(Entries::One(entry));
            }
            Entry::Occupied(mut o) => {
                let entries = o.get_mut();
                let known = entries
                    .as_slice()
                    .iter()
                    .any(|e| e.target == entry.target && e.exact == entry.exact);
                if !known {
                    entries.push(entry);
                }
            }
        }
    }

    /// Makes room for `n` more names.
    pub fn reserve(&mut self, n: usize) {
        self.map.reserve(n);
        self.first_words.reserve(n);
    }

    /// Most words of a name whose first word is `first` (normalized); 0 when none.
    pub fn max_words(&self, first: &str) -> usize {
        self.first_words.get(first).map_or(0, |&w| w as usize)
    }

    /// Targets of the normalized `key` whose spelling fits `surface`.
    pub fn get<'a>(&'a self, key: &str, surface: &'a str) -> impl Iterator<Item = Target> + 'a {
        self.map
            .get(key)
            .into_iter()
            .flat_map(Entries::as_slice)
            .filter(move |e| e.exact.as_deref().is_none_or(|x| x == surface))
            .map(|e| e.target)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_to_agrees_with_normalize() {
        for (name, key) in [
            ("Geneva", "geneva"),
            ("New  York", "new york"),
            (" Den Haag ", "den haag"),
            ("İzmir", "i̇zmir"),
            ("Genève", "genève"),
            ("Geneva", "genev"),
            ("Geneva", "geneva "),
            ("", ""),
        ] {
            assert_eq!(
                normalizes_to(name, key),
                normalize(name) == key,
                "{name:?} {key:?}"
            );
        }
    }

    #[test]
    fn short_capitals_match_exactly() {
        let mut ix = NameIndex::default();
        ix.add("AS", Target::Country(1));
        ix.add("Korea  Utara", Target::Country(2));
        assert_eq!(ix.get("as", "AS").count(), 1);
        assert_eq!(ix.get("as", "as").count(), 0);
        assert_eq!(ix.get("as", "As").count(), 0);
        assert_eq!(ix.get("korea utara", "KOREA UTARA").count(), 1);
    }
}
