//! Scoring time expressions against TimeML gold, TempEval-3 style.
//!
//! Definitions (per file and over all files):
//! - **strict** recognition: a prediction matches a gold TIMEX3 when the
//!   spans are identical; **lenient**: when they overlap (each gold and
//!   each prediction is used at most once, in text order);
//! - precision = matched / predicted, recall = matched / gold, F1 their
//!   harmonic mean;
//! - **type accuracy** = lenient matches with the same `type` / lenient matches;
//! - **normalisation** (value) precision = lenient matches with exactly the
//!   gold `value` / predicted, recall = the same / gold, F1 their harmonic
//!   mean (TempEval-3's value F1). Values are compared after writing
//!   calendar numbers with ISO 8601's fixed widths (`2014-12-3` and
//!   `2014-12-03` are the same value; some corpora omit the padding).

use std::fmt::Write as _;

use warta_core::{DateSource, Document, LanguageInfo, SourceInfo, Stage, TimeExpr, TimeType};

use crate::TimeStage;
use crate::timeml::{GoldTimex, TimemlDoc};

/// Match counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold expressions.
    pub gold: usize,
    /// Predicted expressions.
    pub predicted: usize,
    /// Exact-span matches.
    pub strict: usize,
    /// Overlap matches.
    pub lenient: usize,
    /// Overlap matches with the right type.
    pub type_correct: usize,
    /// Overlap matches with the right value.
    pub value_correct: usize,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

impl Counts {
    /// Adds another file's counts.
    pub fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.strict += o.strict;
        self.lenient += o.lenient;
        self.type_correct += o.type_correct;
        self.value_correct += o.value_correct;
    }
    /// Strict (exact span) precision, recall, F1.
    pub fn strict_prf(&self) -> (f64, f64, f64) {
        let (p, r) = (
            ratio(self.strict, self.predicted),
            ratio(self.strict, self.gold),
        );
        (p, r, f1(p, r))
    }
    /// Lenient (overlap) precision, recall, F1.
    pub fn lenient_prf(&self) -> (f64, f64, f64) {
        let (p, r) = (
            ratio(self.lenient, self.predicted),
            ratio(self.lenient, self.gold),
        );
        (p, r, f1(p, r))
    }
    /// Share of lenient matches with the gold type.
    pub fn type_accuracy(&self) -> f64 {
        ratio(self.type_correct, self.lenient)
    }
    /// Value precision, recall, F1.
    pub fn value_prf(&self) -> (f64, f64, f64) {
        let (p, r) = (
            ratio(self.value_correct, self.predicted),
            ratio(self.value_correct, self.gold),
        );
        (p, r, f1(p, r))
    }
}

/// One file's result.
#[derive(Debug, Clone)]
pub struct FileResult {
    /// File name.
    pub name: String,
    /// Its counts.
    pub counts: Counts,
    /// Its predictions.
    pub predictions: Vec<TimeExpr>,
}

/// The result of a run over many files.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Per file, in input order.
    pub files: Vec<FileResult>,
    /// Over all files.
    pub total: Counts,
}

fn type_name(t: TimeType) -> &'static str {
    match t {
        TimeType::Date => "DATE",
        TimeType::Time => "TIME",
        TimeType::Duration => "DURATION",
        TimeType::Set => "SET",
    }
}

/// A value with its date part's month and day zero-padded (`2014-12-3` ->
/// `2014-12-03`); anything else unchanged.
pub fn canonical(value: &str) -> String {
    let (date, rest) = value.split_at(value.find('T').unwrap_or(value.len()));
    let parts: Vec<&str> = date.split('-').collect();
    let numeric = |p: &str| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit());
    let year_ok = parts
        .first()
        .is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
    if !year_ok || parts.len() < 2 || !parts[1..].iter().all(|p| numeric(p)) {
        return value.to_string();
    }
    let mut out = parts[0].to_string();
    for p in &parts[1..] {
        out.push_str(&format!("-{p:0>2}"));
    }
    out + rest
}

/// Scores predictions against gold expressions of one text.
pub fn score(gold: &[GoldTimex], predicted: &[TimeExpr]) -> Counts {
    let mut c = Counts {
        gold: gold.len(),
        predicted: predicted.len(),
        ..Default::default()
    };
    let mut used = vec![false; predicted.len()];
    for g in gold {
        let hit = predicted
            .iter()
            .enumerate()
            .find(|(k, p)| !used[*k] && p.start < g.end && g.start < p.end);
        if let Some((k, p)) = hit {
            used[k] = true;
            c.lenient += 1;
            c.strict += usize::from(p.start == g.start && p.end == g.end);
            c.type_correct += usize::from(type_name(p.kind) == g.kind);
            c.value_correct += usize::from(canonical(&p.value) == canonical(&g.value));
        }
    }
    c
}

/// Runs `prepare` (e.g. the segmenter; may be empty) and `stage` on a TimeML
/// document's text, with its creation time as the document date (as
/// metadata, so it wins over any dateline), and returns the expressions.
pub fn annotate(
    doc: &TimemlDoc,
    language: &str,
    prepare: &[&dyn Stage],
    stage: &TimeStage,
) -> Vec<TimeExpr> {
    let mut d = Document::new(
        doc.text.clone(),
        SourceInfo {
            path: doc.name.clone(),
            ..Default::default()
        },
    );
    d.language = LanguageInfo {
        code: language.to_string(),
        confidence: 1.0,
        method: "forced".into(),
    };
    if let Some(dct) = &doc.dct {
        d.date = Some(dct.clone());
        d.date_source = DateSource::Metadata;
    }
    for s in prepare {
        // A failing helper stage only costs sentence indices, not the eval.
        let _ = s.process(&mut d);
    }
    stage.annotate(&mut d);
    d.times
}

/// Scores `docs`, annotating each with `run`.
pub fn evaluate(docs: &[TimemlDoc], run: impl Fn(&TimemlDoc) -> Vec<TimeExpr>) -> Report {
    let mut report = Report::default();
    for doc in docs {
        let predictions = run(doc);
        let counts = score(&doc.timexes, &predictions);
        report.total.add(&counts);
        report.files.push(FileResult {
            name: doc.name.clone(),
            counts,
            predictions,
        });
    }
    report
}

/// The human-readable report; its last line is
/// `recognition_f1=0.xxxx normalization_f1=0.xxxx`.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    let line = |out: &mut String, name: &str, c: &Counts| {
        let (sp, sr, sf) = c.strict_prf();
        let (lp, lr, lf) = c.lenient_prf();
        let (vp, vr, vf) = c.value_prf();
        let _ = writeln!(
            out,
            "{name:<32} {:>5} {:>5}  {sp:.3} {sr:.3} {sf:.3}  {lp:.3} {lr:.3} {lf:.3}  {:.3}  {vp:.3} {vr:.3} {vf:.3}",
            c.gold,
            c.predicted,
            c.type_accuracy()
        );
    };
    let _ = writeln!(
        out,
        "# recognition: strict = exact span, lenient = overlap; type = accuracy over lenient matches;\n\
         # value = TempEval-3 value P/R/F1: lenient matches with the exact gold value / predicted, / gold"
    );
    let _ = writeln!(
        out,
        "{:<32} {:>5} {:>5}  {:<17}  {:<17}  {:<5}  {:<17}",
        "file", "gold", "pred", "strict P R F1", "lenient P R F1", "type", "value P R F1"
    );
    for f in &report.files {
        line(&mut out, &f.name, &f.counts);
    }
    line(&mut out, "OVERALL", &report.total);
    let _ = writeln!(
        out,
        "recognition: lenient (overlap) F1; normalization: value F1 over lenient matches"
    );
    let _ = writeln!(
        out,
        "recognition_f1={:.4} normalization_f1={:.4}",
        report.total.lenient_prf().2,
        report.total.value_prf().2
    );
    out
}

/// Predictions as TSV: `file<TAB>start<TAB>end<TAB>text<TAB>type<TAB>value`.
pub fn predictions_tsv(report: &Report) -> String {
    let mut out = String::from("file\tstart\tend\ttext\ttype\tvalue\n");
    for f in &report.files {
        for p in &f.predictions {
            let text = p.text.replace(['\t', '\n'], " ");
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}",
                f.name,
                p.start,
                p.end,
                text,
                type_name(p.kind),
                p.value
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_pads_only_calendar_numbers() {
        assert_eq!(canonical("2014-12-3"), "2014-12-03");
        assert_eq!(canonical("2014-1-3T7:05"), "2014-01-03T7:05");
        assert_eq!(canonical("2014-W5"), "2014-W5");
        assert_eq!(canonical("P3Y"), "P3Y");
        assert_eq!(canonical("PRESENT_REF"), "PRESENT_REF");
    }
}
