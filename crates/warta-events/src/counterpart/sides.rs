//! The story's sides: what a plural anaphor (`both sides`, `the two
//! sides`) stands for when its own sentence does not name exactly two
//! countries before it.
//!
//! The sentence-walk of `view::two_participants` takes the last sentence
//! naming two countries, which in wire copy is often a side remark: the
//! mediators (`brokered by the United States, Egypt, Qatar and Turkey`),
//! the sanctions paragraph near the end (`the EU ... Chinese refiners that
//! buy Russian crude. ... the two sides swap prisoners`). The story's own
//! two protagonists, named far more than anyone else, are what a reader
//! takes `both sides` to mean; in a story about one country (a civil war,
//! a domestic dispute), that country is both sides.

use warta_core::Document;

use super::{Counterparts, SIDES_BALANCE};

/// Type of a plural anaphor (`both sides`) that stands for two countries
/// like `LOCATION`, but for the story's own sides before an earlier
/// sentence's pair, and for the one country of a story about one country.
pub(crate) const SIDES: &str = "SIDES";

/// The story's sides for a plural anaphor of type `ty`
/// ([`Counterparts::story_sides`]); none unless it is [`SIDES`].
pub(crate) fn sides_for(doc: &Document, ty: &str) -> Vec<usize> {
    if ty == SIDES {
        Counterparts::new(doc).story_sides()
    } else {
        Vec::new()
    }
}

impl Counterparts {
    /// Entities standing for the story's sides: its two leading countries
    /// when the second has at least [`SIDES_BALANCE`] of the first's
    /// mentions, the leading one alone when it has more than twice the
    /// mentions of any other (both sides of a civil war), else none (three
    /// countries named about equally: no telling which two). Each side is
    /// the entity naming the country (`Sudan`), else the first entity of it.
    pub(crate) fn story_sides(&self) -> Vec<usize> {
        let entity = |c: &String| {
            self.country_entity
                .get(c)
                .or_else(|| self.any_entity.get(c))
                .copied()
        };
        let ranked: Vec<(&String, usize)> = self
            .countries
            .iter()
            .zip(self.mentions.iter().copied())
            .collect();
        match ranked.as_slice() {
            [(a, na), (b, nb), ..] if *nb as f32 >= SIDES_BALANCE * *na as f32 => {
                // A third named as often as the second leaves no pair.
                if ranked.get(2).is_some_and(|&(_, nc)| nc == *nb) {
                    return Vec::new();
                }
                [entity(a), entity(b)].into_iter().flatten().collect()
            }
            [(a, na), rest @ ..] if rest.iter().all(|&(_, n)| 2 * n < *na) => {
                entity(a).into_iter().collect()
            }
            _ => Vec::new(),
        }
    }
}
