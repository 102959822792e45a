//! Bodies of international organisations keep the organisation's stateless
//! code (issue #6): `Komisi Eropa`, `Komisi Uni Afrika`, a head before an
//! international body, and the person named after it. Sentences written
//! for warta.

mod common;

use common::actor_of;

#[test]
fn the_european_commission_is_no_indonesian_commission() {
    let text = "Komisi Eropa mengusulkan bea masuk tambahan atas mobil listrik China.";
    assert_eq!(actor_of(text, "id", "Komisi Eropa").as_deref(), Some("IGO"));
    let text = "Presiden Komisi Eropa Ursula von der Leyen tiba di Jakarta pada Senin.";
    assert_eq!(
        actor_of(text, "id", "Ursula von der Leyen").as_deref(),
        Some("IGO")
    );
}

#[test]
fn a_commission_of_an_international_body_ends_before_its_chair_s_name() {
    let text = "Ketua Komisi ASEAN Maria Santos mengecam serangan terhadap warga sipil.";
    assert_eq!(actor_of(text, "id", "Komisi ASEAN").as_deref(), Some("IGO"));
    assert_eq!(actor_of(text, "id", "Maria Santos").as_deref(), Some("IGO"));
    let text = "Ketua Komisi Uni Afrika Samuel Okoro mendesak gencatan senjata.";
    assert_eq!(actor_of(text, "id", "Samuel Okoro").as_deref(), Some("IGO"));
}

#[test]
fn the_african_union_commission_in_english() {
    let text = "The African Union Commission urged both sides to return to talks.";
    assert_eq!(
        actor_of(text, "en", "African Union Commission").as_deref(),
        Some("IGO")
    );
}
