//! Targets of speech acts about an act whose agent follows its victim
//! (issue #6): whoever protests, condemns or demands something about
//! `the seizure of the boat by X` addresses X, not the boat's crew.
//! Sentences written for these tests; entities are filled in by the test,
//! as the entity stage would.

mod common;

use common::{L, O};

/// `TYPE SOURCE->TARGET [aux]` per event.
fn run(d: &mut warta_core::Document) -> Vec<String> {
    common::run(d, false)
}

#[test]
fn the_agent_after_the_victim_of_a_protested_act_is_the_target_id() {
    let mut d = common::doc(
        "Vietnam memprotes keras penyitaan kapal nelayannya oleh Penjaga Pantai China pada Senin.",
        "id",
        "2025-09-09",
        &[("Vietnam", L, "VNM"), ("Penjaga Pantai China", O, "CHNMIL")],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|e| e.starts_with("ACCUSE VNM->CHN")),
        "{got:?}"
    );

    let mut d = common::doc(
        "Pemerintah Indonesia mengecam penangkapan dua aktivis Indonesia oleh polisi Malaysia.",
        "id",
        "2025-09-09",
        &[
            ("Pemerintah Indonesia", O, "IDNGOV"),
            ("aktivis Indonesia", O, "IDNOPP"),
            ("polisi Malaysia", O, "MYSCOP"),
        ],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|e| e.starts_with("ACCUSE IDNGOV->MYS")),
        "{got:?}"
    );
    assert!(
        got.iter().all(|e| !e.starts_with("ACCUSE IDNGOV->IDN")),
        "{got:?}"
    );
}

#[test]
fn the_agent_after_the_victim_of_a_protested_act_is_the_target_en() {
    let mut d = common::doc(
        "Manila on Monday demanded the release of fishermen held by China near the shoal.",
        "en",
        "2025-09-09",
        &[("Manila", L, "PHL"), ("China", L, "CHN")],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|e| e.starts_with("REQUEST PHL->CHN")),
        "{got:?}"
    );

    let mut d = common::doc(
        "Hanoi condemned the seizure of the fishing vessel by the Chinese coast guard.",
        "en",
        "2025-09-09",
        &[("Hanoi", L, "VNM"), ("Chinese coast guard", O, "CHNMIL")],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|e| e.starts_with("ACCUSE VNM->CHN")),
        "{got:?}"
    );

    // A welcome aims at the agent too.
    let mut d = common::doc(
        "Qatar welcomed the release of the hostages by Hamas on Sunday.",
        "en",
        "2025-09-09",
        &[("Qatar", L, "QAT"), ("Hamas", O, "PSEREB")],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|e| e.starts_with("SUPPORT QAT->PSE")),
        "{got:?}"
    );
}

#[test]
fn an_agent_of_another_act_or_clause_is_not_taken() {
    // `by the military` belongs to the violations, not to the protest.
    let mut d = common::doc(
        "Students in Jakarta protested against the new law during rallies over abuses by the army.",
        "en",
        "2025-09-09",
        &[("Jakarta", L, "IDN"), ("army", O, "IDNMIL")],
    );
    let got = run(&mut d);
    assert!(got.iter().all(|e| !e.contains("->IDNMIL")), "{got:?}");
    // A possessor agent stays the target.
    let mut d = common::doc(
        "Iran condemned Israel's seizure of the aid ship by force.",
        "en",
        "2025-09-09",
        &[("Iran", L, "IRN"), ("Israel", L, "ISR")],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|e| e.starts_with("ACCUSE IRN->ISR")),
        "{got:?}"
    );
}
