//! Scoring coded events against gold files in the seed format
//! (`*.gold.json`: `doc`, `language`, `events` with `line`, `accept`,
//! `source`, `target`, `optional`), shared by `warta eval events` and the
//! fixture tests.
//!
//! Matching rule (as in `score_seed.py`): a predicted event matches a
//! gold event when it starts on the gold's line (0-based line of the article
//! text) or one of its further `mentions` does (an event merged within a
//! document stands for each report of it; `score_seed.py` looks only at the
//! first), its PLOVER type is in the gold's `accept` list, and the first three
//! letters (the country) of its source and target actor codes are among the
//! gold's `|`-separated alternatives; an empty gold source or target accepts
//! anything. Recall counts required (non-`optional`) gold events matched by
//! some prediction; precision counts predictions that match any gold event,
//! optional ones included, so optional events are neither required nor
//! penalized. Predictions with aux `negation` are left out: they assert that
//! the event did not happen. So is the reverse-direction twin of a reciprocal
//! event when it matches only gold its original matches (see
//! `twin_adds_nothing`).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use warta_core::{Document, Event};

/// One gold event.
///
/// Hand-written gold varies, so reading is lenient where the meaning is
/// clear: `null` reads as an absent field, actor alternatives may be full
/// actor codes (`RUSGOV|prk`: only the upper-cased first three letters, the
/// country, are compared), and the `plover` type is always accepted even when
/// an `accept` list leaves it out.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldEvent {
    /// Gold id (`E1`).
    #[serde(default, deserialize_with = "null_as_default")]
    pub id: String,
    /// 0-based line of the article.
    pub line: usize,
    /// Source country alternatives (`PRK|RUS`), empty for any.
    #[serde(default, deserialize_with = "null_as_default")]
    pub source: String,
    /// Target country alternatives, empty for any.
    #[serde(default, deserialize_with = "null_as_default")]
    pub target: String,
    /// Expected PLOVER type.
    pub plover: String,
    /// Types also counted correct.
    #[serde(default, deserialize_with = "null_as_default")]
    pub accept: Vec<String>,
    /// Neither required nor penalized.
    #[serde(default, deserialize_with = "null_as_default")]
    pub optional: bool,
}

/// `null` in a gold file means the same as a missing field.
fn null_as_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// A gold file.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldFile {
    /// Article file name, next to the gold file.
    pub doc: String,
    /// Article language; absent or `null`: detected as `warta extract` does.
    #[serde(default)]
    pub language: Option<String>,
    /// Gold events.
    #[serde(default)]
    pub events: Vec<GoldEvent>,
}

impl GoldFile {
    /// Reads a gold file and the article it names: (gold, article path, article text).
    pub fn read(path: &Path) -> Result<(Self, PathBuf, String), String> {
        let raw = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read gold file {}: {e}", path.display()))?;
        let gold: GoldFile = serde_json::from_str(&raw).map_err(|e| {
            format!(
                "{} is not a seed-format gold file ({e}); it needs `doc` and `events`",
                path.display()
            )
        })?;
        let article = path.parent().unwrap_or(Path::new(".")).join(&gold.doc);
        let text = std::fs::read_to_string(&article).map_err(|e| {
            format!(
                "cannot read article {} named by {}: {e}",
                article.display(),
                path.display()
            )
        })?;
        Ok((gold, article, text))
    }
}

/// Counts for one PLOVER type (or all).
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    /// Predicted events.
    pub predicted: usize,
    /// Predicted events matching a gold event.
    pub correct: usize,
    /// Required gold events.
    pub gold: usize,
    /// Required gold events found.
    pub found: usize,
}

impl Counts {
    /// (precision, recall, F1).
    pub fn prf(&self) -> (f64, f64, f64) {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let (p, r) = (
            ratio(self.correct, self.predicted),
            ratio(self.found, self.gold),
        );
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }
}

/// Scores accumulated over documents.
#[derive(Debug, Default)]
pub struct Score {
    /// Per PLOVER type.
    pub by_type: BTreeMap<String, Counts>,
    /// All types.
    pub total: Counts,
    /// Per-event lines (missing gold events, extra predictions).
    pub details: Vec<String>,
    /// Documents scored.
    pub documents: usize,
}

fn line_of(text: &str, offset: usize) -> usize {
    text.chars().take(offset).filter(|&c| c == '\n').count()
}

fn country(actor: Option<&str>) -> String {
    actor
        .unwrap_or("")
        .chars()
        .take(3)
        .collect::<String>()
        .to_uppercase()
}

fn matches(g: &GoldEvent, text: &str, e: &Event) -> bool {
    let side = |want: &str, actor: Option<&str>| {
        let got = country(actor);
        want.trim().is_empty() || want.split('|').any(|w| country(Some(w.trim())) == got)
    };
    // An event merged from several mentions (same source, type, target and
    // date) stands for each of them: any mention's line may match.
    let on_line = g.line == line_of(text, e.start)
        || e.mentions.iter().any(|m| g.line == line_of(text, m.start));
    on_line
        && (g.plover.eq_ignore_ascii_case(&e.plover)
            || g.accept.iter().any(|a| a.eq_ignore_ascii_case(&e.plover)))
        && side(
            &g.source,
            e.source.as_ref().and_then(|s| s.actor.as_deref()),
        )
        && side(
            &g.target,
            e.target.as_ref().and_then(|s| s.actor.as_deref()),
        )
}

/// True when `e` is the reverse-direction twin of a reciprocal event
/// (`crate::mirror`) that matches gold events only where its original
/// already does. Most gold writes an act between X and Y as one event with
/// `X|Y` on both sides, which the twin and its original both match: counting
/// the twin would credit one act twice. Such a twin is left out of the
/// precision count; a twin that finds a gold event of its own (gold that
/// lists both directions) counts as correct, one that matches nothing as
/// wrong.
fn twin_adds_nothing(gold: &GoldFile, doc: &Document, e: &Event) -> bool {
    let Some(rule) = e.rule.strip_suffix(crate::mirror::MIRROR_MARK) else {
        return false;
    };
    let actor = |a: &Option<warta_core::ActorRef>| a.as_ref().and_then(|x| x.actor.clone());
    let Some(original) = doc.events.iter().find(|o| {
        o.rule == rule
            && o.start == e.start
            && o.plover == e.plover
            && actor(&o.source) == actor(&e.target)
            && actor(&o.target) == actor(&e.source)
    }) else {
        return false;
    };
    let mut any = false;
    for g in &gold.events {
        if matches(g, &doc.text, e) {
            if !matches(g, &doc.text, original) {
                return false;
            }
            any = true;
        }
    }
    any
}

impl Score {
    /// Adds one coded document and its gold events.
    pub fn add(&mut self, gold: &GoldFile, doc: &Document) {
        self.documents += 1;
        for g in gold.events.iter().filter(|g| !g.optional) {
            let hit = doc.events.iter().any(|e| matches(g, &doc.text, e));
            for c in [
                self.by_type.entry(g.plover.clone()).or_default(),
                &mut self.total,
            ] {
                c.gold += 1;
                c.found += usize::from(hit);
            }
            if !hit {
                self.details.push(format!(
                    "{} line {} {} {} {}->{}: MISSING",
                    gold.doc, g.line, g.id, g.plover, g.source, g.target
                ));
            }
        }
        for e in doc
            .events
            .iter()
            .filter(|e| !e.aux.iter().any(|a| a == "negation"))
            .filter(|e| !twin_adds_nothing(gold, doc, e))
        {
            let ok = gold.events.iter().any(|g| matches(g, &doc.text, e));
            for c in [
                self.by_type.entry(e.plover.clone()).or_default(),
                &mut self.total,
            ] {
                c.predicted += 1;
                c.correct += usize::from(ok);
            }
            if !ok {
                self.details.push(format!(
                    "{} line {} extra {} {}->{} trigger={:?} rule={}",
                    gold.doc,
                    line_of(&doc.text, e.start),
                    e.plover,
                    e.source
                        .as_ref()
                        .and_then(|s| s.actor.clone())
                        .unwrap_or_default(),
                    e.target
                        .as_ref()
                        .and_then(|s| s.actor.clone())
                        .unwrap_or_default(),
                    e.trigger,
                    e.rule
                ));
            }
        }
    }

    /// The report: per-type table, totals, and last the summary line
    /// `precision=0.xxxx recall=0.xxxx f1=0.xxxx`.
    pub fn render(&self, verbose: bool) -> String {
        let mut out = String::new();
        if verbose {
            for d in &self.details {
                let _ = writeln!(out, "{d}");
            }
        }
        let _ = writeln!(
            out,
            "{:<10} {:>5} {:>5} {:>9} {:>9} {:>7}",
            "type", "gold", "pred", "precision", "recall", "f1"
        );
        for (ty, c) in &self.by_type {
            let (p, r, f) = c.prf();
            let _ = writeln!(
                out,
                "{ty:<10} {:>5} {:>5} {p:>9.4} {r:>9.4} {f:>7.4}",
                c.gold, c.predicted
            );
        }
        let t = self.total;
        let (p, r, f) = t.prf();
        let _ = writeln!(
            out,
            "documents={} gold={} predicted={} correct={} found={}",
            self.documents, t.gold, t.predicted, t.correct, t.found
        );
        let _ = writeln!(out, "precision={p:.4} recall={r:.4} f1={f:.4}");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(start: usize, mention_starts: &[usize]) -> Event {
        let mentions: Vec<serde_json::Value> = mention_starts
            .iter()
            .map(|&s| serde_json::json!({"sentence": 1, "start": s, "end": s + 5, "trigger": "met", "rule": "r"}))
            .collect();
        serde_json::from_value(serde_json::json!({
            "id": "ev1", "plover": "CONSULT", "mode": null, "context": [], "aux": [],
            "cameo": "040", "quad": null, "score": null,
            "source": {"entity": null, "actor": "IDNGOV", "text": "Indonesia"},
            "target": {"entity": null, "actor": "MYSGOV", "text": "Malaysia"},
            "date": null, "place": null, "sentence": 0, "start": start, "end": start + 5,
            "trigger": "met", "claimed_by": null, "rule": "r", "confidence": 1.0,
            "mentions": mentions
        }))
        .expect("event json")
    }

    fn gold(line: usize) -> GoldEvent {
        GoldEvent {
            id: "E1".into(),
            line,
            source: "IDN".into(),
            target: "MYS".into(),
            plover: "CONSULT".into(),
            accept: vec!["CONSULT".into()],
            optional: false,
        }
    }

    #[test]
    fn a_merged_event_matches_the_line_of_any_of_its_mentions() {
        let text = "Indonesia met Malaysia.\nThey met again.\nNothing else.";
        let second_line = text.find("They").unwrap();
        let merged = event(0, &[second_line]);
        assert!(matches(&gold(0), text, &merged));
        assert!(matches(&gold(1), text, &merged));
        assert!(!matches(&gold(2), text, &merged));
        let single = event(0, &[]);
        assert!(!matches(&gold(1), text, &single));
    }

    #[test]
    fn gold_is_read_leniently_where_the_meaning_is_clear() {
        let raw = r#"{"doc": "a.txt", "events": [
            {"line": 0, "source": "idngov|mys", "target": null, "plover": "CONSULT",
             "accept": ["AGREE"], "optional": null}]}"#;
        let file: GoldFile = serde_json::from_str(raw).expect("lenient gold");
        assert_eq!(file.language, None);
        let g = &file.events[0];
        assert!(!g.optional);
        let text = "Indonesia met Malaysia.";
        // `plover` counts although `accept` leaves it out; `idngov` is IDN.
        assert!(matches(g, text, &event(0, &[])));
        let mut other = gold(0);
        other.source = "RUS|PRK".into();
        assert!(!matches(&other, text, &event(0, &[])));
    }
}
