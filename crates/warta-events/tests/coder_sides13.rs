//! What `both sides` stands for when its sentence does not name the two
//! (`view::two_participants`, `counterpart::sides`): the story's two leading
//! countries, not the last two of a list of mediators or the pair of a side
//! remark; a story's one dominant country for both sides of its civil war.
//! Entities are placed by the test; sentences written for warta.

mod common;

use common::{L, O, has};

use warta_core::EntityType;

/// `TYPE SRC->TGT [aux]` per event of an English document.
fn code(text: &str, ents: &[(&str, EntityType, &str)]) -> Vec<String> {
    let mut d = common::doc(text, "en", "2025-11-10", ents);
    common::run(&mut d, false)
}

#[test]
fn both_sides_after_a_list_of_mediators_are_the_storys_two() {
    let got = code(
        "Israel and Hamas traded accusations over the truce on Monday.\n\
         Israeli officials said Hamas fighters had opened fire on troops in Rafah.\n\
         Hamas said Israel had broken the truce first.\n\
         The truce, brokered by Egypt, Qatar and Turkey, has been shaken by violence, with both sides accusing each other of breaches.",
        &[
            ("Israel", L, "ISR"),
            ("Israeli officials", O, "ISRGOV"),
            ("Hamas", O, "PSEREB"),
            ("Egypt", L, "EGY"),
            ("Qatar", L, "QAT"),
            ("Turkey", L, "TUR"),
        ],
    );
    assert!(!has(&got, "ACCUSE QAT"), "{got:?}");
    assert!(!has(&got, "ACCUSE TUR"), "{got:?}");
    assert!(
        has(&got, "ACCUSE ISR->PSEREB") || has(&got, "ACCUSE PSEREB->ISR"),
        "{got:?}"
    );
}

#[test]
fn both_sides_of_a_civil_war_are_its_country_not_a_neighbour_named_before() {
    let got = code(
        "Sudan's army and the Rapid Support Forces fought in Omdurman on Monday, the army said.\n\
         The army said it had repelled an assault by the Rapid Support Forces near the airport.\n\
         Aid trucks crossed from Chad into Sudan on Tuesday.\n\
         Aid agencies have accused the army and the Rapid Support Forces of obstructing deliveries, charges both sides deny.",
        &[
            ("Sudan", L, "SDN"),
            ("army", O, "SDNMIL"),
            ("Rapid Support Forces", O, "SDNREB"),
            ("Chad", L, "TCD"),
        ],
    );
    assert!(!has(&got, "REJECT TCD"), "{got:?}");
    assert!(has(&got, "REJECT SDN"), "{got:?}");
}

#[test]
fn both_sides_after_a_side_remark_pair_are_the_storys_two() {
    let got = code(
        "Russia and Ukraine exchanged prisoners on Tuesday, Ukraine said.\n\
         Russia said Ukraine had handed over 150 soldiers and Ukraine said Russia had freed 150.\n\
         Ukraine thanked the United Arab Emirates for mediating.\n\
         The European Union imposed sanctions on Chinese refiners that buy Russian crude.\n\
         The two sides swapped 1,000 prisoners each in 2025.",
        &[
            ("Russia", L, "RUS"),
            ("Ukraine", L, "UKR"),
            ("United Arab Emirates", L, "ARE"),
            ("European Union", O, "IGO"),
            ("Chinese refiners", O, "CHNBUS"),
            ("Russian", L, "RUS"),
        ],
    );
    assert!(!has(&got, "RETREAT RUS->CHN"), "{got:?}");
    assert!(!has(&got, "RETREAT IGO"), "{got:?}");
    assert!(
        has(&got, "RETREAT RUS->UKR") || has(&got, "RETREAT UKR->RUS"),
        "{got:?}"
    );
}
