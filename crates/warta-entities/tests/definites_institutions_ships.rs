//! Indonesian definite descriptions of an institution (`lembaga itu`) or a
//! flagged ship (`kapal itu`) named before. Sentences written for warta.

mod common;

use warta_core::Document;

fn actor(doc: &Document, mention: &str) -> Option<String> {
    common::actor_and_rule(doc, mention).and_then(|(a, _)| a)
}

#[test]
fn the_institution_is_the_commission_named_before() {
    let doc = common::run(
        "Palu (ANTARA) - Komisi Nasional Hak Asasi Manusia (Komnas HAM) menyimpulkan aparat \
         menggunakan kekuatan berlebihan saat membubarkan blokade warga, Rabu.\n\
         Lembaga itu juga meminta Kapolda Sulawesi Tengah memeriksa anggota yang terlibat.",
        "id",
        None,
    );
    let komnas = actor(&doc, "Komnas HAM").expect("Komnas HAM is coded");
    assert_eq!(actor(&doc, "Lembaga itu"), Some(komnas));
}

#[test]
fn the_ship_is_the_flagged_ship_named_before() {
    let doc = common::run(
        "Jakarta (ANTARA) - Bakamla mengusir sebuah kapal Vietnam yang menangkap ikan secara \
         ilegal di Laut Natuna Utara, Selasa.\n\
         Setelah dibayangi selama enam jam, kapal itu akhirnya berlayar keluar dari perairan \
         Indonesia.",
        "id",
        None,
    );
    assert_eq!(
        actor(&doc, "kapal itu")
            .map(|a| a[..3].to_string())
            .as_deref(),
        Some("VNM")
    );
}
