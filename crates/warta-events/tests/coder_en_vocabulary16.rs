//! English vocabulary of session 16: a march across a country is a protest,
//! stepped-up patrols a show of force, a resolute response a threat, and
//! leaving a bloc a withdrawal (a threat when stated on a condition);
//! troops deployed with no agent named deploy themselves.
//! Sentences written for these tests; entities are filled in by the test,
//! as the entity stage would.

mod common;

use common::{L, O};

/// `TYPE SOURCE->TARGET [aux]` per event.
fn run(d: &mut warta_core::Document) -> Vec<String> {
    common::run(d, false)
}

#[test]
fn a_march_across_the_country_is_a_protest() {
    let mut d = common::doc(
        "Thousands of people marched across France on Thursday against the pension freeze.",
        "en",
        "2025-09-09",
        &[("Thousands of people", O, "FRACVL"), ("France", L, "FRA")],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|e| e.starts_with("PROTEST FRACVL")),
        "{got:?}"
    );
}

#[test]
fn stepping_up_patrols_is_a_show_of_force() {
    let mut d = common::doc(
        "The Philippine coast guard stepped up patrols around the shoal on Monday.",
        "en",
        "2025-09-09",
        &[("Philippine coast guard", O, "PHLMIL")],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|e| e.starts_with("MOBILIZE PHLMIL")),
        "{got:?}"
    );
}

#[test]
fn a_resolute_response_to_provocations_is_a_threat() {
    let mut d = common::doc(
        "Beijing would respond resolutely to any provocation by Manila.",
        "en",
        "2025-09-09",
        &[("Beijing", L, "CHNGOV"), ("Manila", L, "PHLGOV")],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|e| e.starts_with("THREATEN CHNGOV")),
        "{got:?}"
    );
}

#[test]
fn leaving_a_bloc_on_a_condition_is_a_threat_and_without_one_a_withdrawal() {
    let mut d = common::doc(
        "Bamako would leave the bloc if sanctions were imposed on Mali.",
        "en",
        "2025-09-09",
        &[("Bamako", L, "MLIGOV"), ("Mali", L, "MLI")],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|e| e.starts_with("THREATEN MLIGOV")),
        "{got:?}"
    );
    let mut d = common::doc(
        "Mali left the bloc in January.",
        "en",
        "2025-09-09",
        &[("Mali", L, "MLIGOV")],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|e| e.starts_with("SANCTION MLIGOV")),
        "{got:?}"
    );
}

#[test]
fn troops_deployed_with_no_agent_are_their_own_sides_mobilisation() {
    let mut d = common::doc(
        "Bangladeshi troops were deployed in Dhaka on Tuesday evening.",
        "en",
        "2025-09-09",
        &[("Bangladeshi troops", O, "BGDMIL"), ("Dhaka", L, "BGD")],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|e| e.starts_with("MOBILIZE BGDMIL")),
        "{got:?}"
    );
    // Civilians moved by no one named are nobody's mobilisation.
    let mut d = common::doc(
        "Bangladeshi students were deployed in Dhaka on Tuesday evening.",
        "en",
        "2025-09-09",
        &[("Bangladeshi students", O, "BGDEDU"), ("Dhaka", L, "BGD")],
    );
    let got = run(&mut d);
    assert!(got.iter().all(|e| !e.starts_with("MOBILIZE")), "{got:?}");
}
