//! Indonesian ministries named by their portfolio, the same ministry of
//! another country (`Kementerian Dalam Negeri Malaysia`), and the judges'
//! panel named as `majelis`. Sentences written for warta.

mod common;

fn actor(doc: &warta_core::Document, mention: &str) -> Option<String> {
    common::actor_and_rule(doc, mention).and_then(|(a, _)| a)
}

#[test]
fn ministries_at_home_and_abroad() {
    let doc = common::run(
        "Kementerian P2MI telah menyurati Kementerian Dalam Negeri Malaysia terkait penahanan \
         120 pekerja migran, sementara Kementerian Kesehatan mengirim tim medis ke Sabah.",
        "id",
        None,
    );
    assert_eq!(actor(&doc, "Kementerian P2MI").as_deref(), Some("IDNGOV"));
    assert_eq!(
        actor(&doc, "Kementerian Dalam Negeri Malaysia").as_deref(),
        Some("MYSGOV")
    );
    assert_eq!(
        actor(&doc, "Kementerian Kesehatan").as_deref(),
        Some("IDNGOV")
    );
}

#[test]
fn the_panel_of_judges() {
    let doc = common::run(
        "JAKARTA - Pengadilan Tipikor Jakarta menjatuhkan vonis enam tahun penjara kepada mantan \
         direktur BUMN itu. Dalam pertimbangannya, majelis menolak nota pembelaan terdakwa.",
        "id",
        None,
    );
    assert_eq!(actor(&doc, "majelis").as_deref(), Some("IDNJUD"));
}
