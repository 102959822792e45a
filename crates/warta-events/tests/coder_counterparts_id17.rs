//! Indonesian counterpart rows (`data/lang/id/events_counterparts.tsv`):
//! aid whose clause names no recipient goes to the country the story
//! happens in (way `scene`). Entities are placed by the test; sentences written
//! for warta.

mod common;

use common::{L, O, has};

#[test]
fn aid_from_abroad_without_a_recipient_goes_to_the_storys_country() {
    let mut d = common::doc(
        "Manila (ANTARA) - Topan Kalmaegi menewaskan sedikitnya 40 orang di Filipina tengah, Senin.\n\
         Pemerintah Filipina menetapkan status darurat di empat provinsi.\n\
         Filipina meminta bantuan internasional untuk para pengungsi.\n\
         Jepang mengirimkan bantuan darurat senilai 3 juta dolar AS pada Selasa.",
        "id",
        "2025-11-10",
        &[
            ("Manila", L, "PHLGOV"),
            ("Filipina", L, "PHL"),
            ("Pemerintah Filipina", O, "PHLGOV"),
            ("Jepang", L, "JPN"),
        ],
    );
    let got = common::run(&mut d, false);
    assert!(has(&got, "AID JPN->PHL"), "{got:?}");
}
