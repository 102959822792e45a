//! The tagger's BIO label set and conversions to and from corpus tags.

use warta_core::EntityType;

/// Number of BIO labels: `O` plus `B-`/`I-` for each of the three entity types.
pub const LABEL_COUNT: usize = 7;

/// One BIO label, as an index `0..LABEL_COUNT`.
///
/// The order is fixed by the model file format: `O, B-PER, I-PER, B-ORG,
/// I-ORG, B-LOC, I-LOC`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Label(u8);

impl Label {
    /// Outside any entity.
    pub const O: Label = Label(0);

    /// The label at `index` (`0..LABEL_COUNT`); `None` when out of range.
    pub fn from_index(index: usize) -> Option<Label> {
        (index < LABEL_COUNT).then_some(Label(index as u8))
    }

    /// Index of this label, `0..LABEL_COUNT`.
    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// The label for `entity`, beginning (`B-`) or inside (`I-`) an entity.
    pub fn entity(entity: EntityType, begin: bool) -> Label {
        let base = match entity {
            EntityType::Person => 1,
            EntityType::Organization => 3,
            EntityType::Location => 5,
        };
        Label(if begin { base } else { base + 1 })
    }

    /// The entity type, `None` for `O`.
    pub fn entity_type(self) -> Option<EntityType> {
        match self.0 {
            1 | 2 => Some(EntityType::Person),
            3 | 4 => Some(EntityType::Organization),
            5 | 6 => Some(EntityType::Location),
            _ => None,
        }
    }

    /// True for `B-` labels.
    pub fn is_begin(self) -> bool {
        matches!(self.0, 1 | 3 | 5)
    }

    /// Whether `next` may follow `self` in a well-formed BIO sequence:
    /// an `I-X` only continues a `B-X` or `I-X`.
    pub fn allows_next(self, next: Label) -> bool {
        if next.is_begin() || next == Label::O {
            return true;
        }
        self.entity_type() == next.entity_type()
    }

    /// Whether a sentence may start with this label (not with `I-`).
    pub fn allowed_first(self) -> bool {
        self == Label::O || self.is_begin()
    }

    /// Short name: `O`, `B-PER`, `I-ORG`, ...
    pub fn name(self) -> &'static str {
        ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"][self.index()]
    }

    /// All labels in index order.
    pub fn all() -> impl Iterator<Item = Label> {
        (0..LABEL_COUNT as u8).map(Label)
    }
}

/// Short type name used in reports: `PER`, `ORG`, `LOC`.
pub fn type_short_name(entity: EntityType) -> &'static str {
    match entity {
        EntityType::Person => "PER",
        EntityType::Organization => "ORG",
        EntityType::Location => "LOC",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bio_transitions_are_enforced() {
        let b_per = Label::entity(EntityType::Person, true);
        let i_per = Label::entity(EntityType::Person, false);
        let i_org = Label::entity(EntityType::Organization, false);
        assert!(b_per.allows_next(i_per));
        assert!(i_per.allows_next(i_per));
        assert!(!b_per.allows_next(i_org));
        assert!(!Label::O.allows_next(i_per));
        assert!(!i_per.allowed_first());
        assert_eq!(i_org.name(), "I-ORG");
        assert_eq!(Label::all().count(), LABEL_COUNT);
    }
}
