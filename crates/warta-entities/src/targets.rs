//! Choosing among the readings of one name span (`Georgia` the country or
//! the US state, `Thai` the demonym or a town's alternate name).

use crate::names::Target;

fn rank(t: &Target) -> u8 {
    match t {
        Target::Person(_) => 0,
        Target::Org(_) => 1,
        Target::Country(_) | Target::Region(_) | Target::Place(_) => 2,
        Target::Demonym(_) => 3,
    }
}

/// Keeps the best kind of target: a person or organisation beats places;
/// all place readings stay for the geocoder. A demonym beats readings that
/// are only towns: GeoNames lists `Thai` and `Turk` among the alternate
/// names of small places, and in news the adjective is what is meant.
pub(crate) fn choose_targets(mut targets: Vec<Target>) -> Vec<Target> {
    targets.sort_by_key(rank);
    targets.dedup();
    let only_towns_and_demonyms = targets
        .iter()
        .all(|t| matches!(t, Target::Place(_) | Target::Demonym(_)));
    match targets.first().map(rank) {
        Some(0) | Some(1) => targets.truncate(1),
        Some(2) if only_towns_and_demonyms && targets.iter().any(|t| rank(t) == 3) => {
            targets.retain(|t| rank(t) == 3)
        }
        Some(2) => targets.retain(|t| rank(t) == 2),
        _ => {}
    }
    targets
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_demonym_beats_town_readings_but_not_countries() {
        let got = choose_targets(vec![Target::Place(7), Target::Demonym(3)]);
        assert_eq!(got, vec![Target::Demonym(3)]);
        let got = choose_targets(vec![
            Target::Demonym(3),
            Target::Country(3),
            Target::Place(7),
        ]);
        assert_eq!(got, vec![Target::Country(3), Target::Place(7)]);
        let got = choose_targets(vec![Target::Place(7), Target::Org(1)]);
        assert_eq!(got, vec![Target::Org(1)]);
    }
}
