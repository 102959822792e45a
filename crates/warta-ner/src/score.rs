//! Entity-level precision, recall and F1 in the style of seqeval's default
//! mode: an entity is a maximal run starting at `B-X` (or at an `I-X` that
//! does not continue an `X`) followed by `I-X` tags; a prediction counts only
//! when its span *and* type equal a gold entity's.

use std::collections::{BTreeMap, BTreeSet};

use crate::corpus::split_tag;

/// Entities of one tag sequence as `(start, end, type)`, end exclusive.
pub fn entities(tags: &[impl AsRef<str>]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut current: Option<(usize, &str)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let parsed = split_tag(tag.as_ref());
        let continues = matches!((current, parsed), (Some((_, t)), Some((false, k))) if t == k);
        if continues {
            continue;
        }
        if let Some((s, t)) = current.take() {
            out.push((s, i, t.to_string()));
        }
        if let Some((_, k)) = parsed {
            current = Some((i, k));
        }
    }
    if let Some((s, t)) = current {
        out.push((s, tags.len(), t.to_string()));
    }
    out
}

/// True/false positive and false negative counts for one type.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predicted entities matching a gold entity exactly.
    pub true_pos: usize,
    /// Predicted entities with no exact gold match.
    pub false_pos: usize,
    /// Gold entities with no exact predicted match.
    pub false_neg: usize,
}

impl Counts {
    /// Precision (0 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.true_pos, self.true_pos + self.false_pos)
    }
    /// Recall (0 when there is no gold entity).
    pub fn recall(&self) -> f64 {
        ratio(self.true_pos, self.true_pos + self.false_neg)
    }
    /// Harmonic mean of precision and recall (0 when both are 0).
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// Number of gold entities.
    pub fn support(&self) -> usize {
        self.true_pos + self.false_neg
    }
    /// Number of predicted entities.
    pub fn predicted(&self) -> usize {
        self.true_pos + self.false_pos
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Accumulated counts per entity type.
#[derive(Debug, Clone, Default)]
pub struct Scorer {
    per_type: BTreeMap<String, Counts>,
}

impl Scorer {
    /// A scorer that reports `types` even when they never occur.
    pub fn with_types<'a>(types: impl IntoIterator<Item = &'a str>) -> Self {
        Scorer {
            per_type: types
                .into_iter()
                .map(|t| (t.to_string(), Counts::default()))
                .collect(),
        }
    }

    /// Adds one sentence's gold and predicted tags (same length).
    pub fn add(&mut self, gold: &[impl AsRef<str>], predicted: &[impl AsRef<str>]) {
        let g: BTreeSet<_> = entities(gold).into_iter().collect();
        let p: BTreeSet<_> = entities(predicted).into_iter().collect();
        for e in &g {
            let c = self.per_type.entry(e.2.clone()).or_default();
            if p.contains(e) {
                c.true_pos += 1;
            } else {
                c.false_neg += 1;
            }
        }
        for e in p.difference(&g) {
            self.per_type.entry(e.2.clone()).or_default().false_pos += 1;
        }
    }

    /// Counts per type, in type-name order.
    pub fn per_type(&self) -> &BTreeMap<String, Counts> {
        &self.per_type
    }

    /// Counts summed over all types.
    pub fn micro(&self) -> Counts {
        self.per_type
            .values()
            .fold(Counts::default(), |a, c| Counts {
                true_pos: a.true_pos + c.true_pos,
                false_pos: a.false_pos + c.false_pos,
                false_neg: a.false_neg + c.false_neg,
            })
    }

    /// Micro-averaged F1.
    pub fn micro_f1(&self) -> f64 {
        self.micro().f1()
    }

    /// Macro F1: the unweighted mean of per-type F1 over every type the scorer
    /// knows (types given to [`Scorer::with_types`] plus any seen).
    pub fn macro_f1(&self) -> f64 {
        if self.per_type.is_empty() {
            return 0.0;
        }
        self.per_type.values().map(Counts::f1).sum::<f64>() / self.per_type.len() as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seqeval_style_chunks() {
        let tags = ["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-LOC", "I-ORG"];
        assert_eq!(
            entities(&tags),
            vec![
                (0, 2, "PER".into()),
                (3, 5, "LOC".into()),
                (5, 6, "LOC".into()),
                (6, 7, "ORG".into())
            ]
        );
    }

    #[test]
    fn hand_computed_scores() {
        // Gold: PER(0..2), LOC(3..4), ORG(5..6). Predicted: PER(0..2) right,
        // LOC(3..5) wrong span, ORG missed, extra PER(6..7).
        let gold = ["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "O"];
        let pred = ["B-PER", "I-PER", "O", "B-LOC", "I-LOC", "O", "B-PER"];
        let mut s = Scorer::with_types(["PER", "ORG", "LOC", "EVT"]);
        s.add(&gold, &pred);
        let per = s.per_type()["PER"];
        assert_eq!((per.true_pos, per.false_pos, per.false_neg), (1, 1, 0));
        assert!((per.f1() - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(s.per_type()["LOC"].f1(), 0.0);
        assert_eq!(s.per_type()["EVT"].predicted(), 0);
        let micro = s.micro();
        assert_eq!(
            (micro.true_pos, micro.false_pos, micro.false_neg),
            (1, 2, 2)
        );
        assert!((s.micro_f1() - 2.0 * (1.0 / 3.0) * (1.0 / 3.0) / (2.0 / 3.0)).abs() < 1e-9);
        // Macro over PER, ORG, LOC, EVT: (2/3 + 0 + 0 + 0) / 4.
        assert!((s.macro_f1() - (2.0 / 3.0) / 4.0).abs() < 1e-9);
    }
}
