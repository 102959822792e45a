//! An Indonesian threat whose sentence names no other party is aimed at
//! the threatener's own country (`events_counterparts.tsv`, way `own`): a
//! junta threatening its own draft dodgers. Entities are placed by the
//! test; sentences written for warta.

mod common;

use common::{L, O, has};

#[test]
fn a_junta_threatening_its_own_people_targets_its_own_country() {
    let mut d = common::doc(
        "Yangon (ANTARA) - Junta militer Myanmar mengancam akan menangkap warga yang menolak wajib militer, Senin.",
        "id",
        "2025-11-10",
        &[("Yangon", L, "MMR"), ("Junta militer Myanmar", O, "MMRMIL")],
    );
    let got = common::run(&mut d, false);
    assert!(has(&got, "THREATEN MMRMIL->MMR~own"), "{got:?}");
}
