//! `warta eval events` on the hand-written fixture articles of warta-events:
//! the command runs, prints the per-type table and ends with the summary
//! line, and the F1 stays above a floor.

use std::path::PathBuf;
use std::process::Command;

#[test]
fn eval_events_on_the_fixtures_prints_a_good_summary_line() {
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../warta-events/tests/fixtures");
    let mut golds: Vec<PathBuf> = std::fs::read_dir(&fixtures)
        .expect("warta-events fixtures")
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        // The blind Indonesian set (issue #6) has its own, lower floor in
        // warta-events' fixtures_eval: rules are not fitted to it.
        .filter(|p| {
            !std::fs::read_to_string(p)
                .unwrap_or_default()
                .contains("blind development set")
        })
        // So do the issue #6 dev sets (id_24..id_43, id_45..id_54,
        // id_56..id_75, id_78..id_97, en_22..en_37, en_39..en_46, en_49..en_56,
        // en_59..en_66, en_69..en_84).
        .filter(|p| !is_issue6_dev_set(&p.to_string_lossy()))
        .collect();
    golds.sort();
    assert!(golds.len() >= 5, "{golds:?}");
    let out = Command::new(env!("CARGO_BIN_EXE_warta"))
        .arg("eval")
        .arg("events")
        .args(&golds)
        .output()
        .expect("run warta");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let last = stdout.lines().last().unwrap_or("");
    let field = |name: &str| -> f64 {
        last.split_whitespace()
            .find_map(|kv| kv.strip_prefix(&format!("{name}=")))
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("no {name}= in the last line: {last:?}"))
    };
    assert!(last.starts_with("precision="), "{last:?}");
    let (p, r, f) = (field("precision"), field("recall"), field("f1"));
    // The English articles en_03..en_15 were coded blind, so the mixed set
    // (P 0.73, R 0.66, F1 0.70) sits below the Indonesian one (1.00).
    assert!(f >= 0.67 && p >= 0.7 && r >= 0.63, "{stdout}");
    assert!(
        stdout.contains("ASSAULT") && stdout.contains("AGREE"),
        "{stdout}"
    );
}

/// `id_24_natuna.gold.json` .. `id_43_*`, `id_45_*` .. `id_54_*`, `en_22_*`
/// .. `en_37_*`, `en_39_*` .. `en_46_*`, `id_56_*` .. `id_75_*`, `id_78_*` .. `id_97_*`, `en_49_*` .. `en_56_*`, `en_59_*` .. `en_66_*`,
/// `en_69_*` .. `en_84_*` (the seven dev sets of issue #6;
/// the rule fixtures `id_44`, `id_55`, `en_38`, `en_47` and `en_48` sit
/// between them).
fn is_issue6_dev_set(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    // The number runs to the next `_`, so `id_100_*` counts as 100.
    let number = |prefix: &str| -> Option<u32> {
        name.strip_prefix(prefix)?.split('_').next()?.parse().ok()
    };
    number("id_").is_some_and(|n| {
        (24..=43).contains(&n)
            || (45..=54).contains(&n)
            || (56..=75).contains(&n)
            || (78..=97).contains(&n)
    }) || number("en_").is_some_and(|n| {
        (22..=37).contains(&n)
            || (39..=46).contains(&n)
            || (49..=56).contains(&n)
            || (59..=66).contains(&n)
            || (69..=84).contains(&n)
    })
}
