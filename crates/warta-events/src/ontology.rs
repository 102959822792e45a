//! CAMEO and PLOVER tables from `data/events/`: Goldstein scores, quad
//! classes, the CAMEO -> PLOVER crosswalk and the "intent" codes that
//! future cooperation takes (PLOVER codes promised meetings as AGREE).

use rustc_hash::FxHashMap as HashMap;

use warta_core::resources::{data_lines, resource_text};

/// One CAMEO code's facts.
#[derive(Debug, Clone)]
pub struct CameoInfo {
    /// Quad class 1..=4.
    pub quad: u8,
    /// Goldstein score.
    pub goldstein: f32,
}

/// A PLOVER reading of a CAMEO code.
pub type PloverReading = (String, Option<String>, Vec<String>);

/// The ontology tables.
#[derive(Debug, Default)]
pub struct Ontology {
    cameo: HashMap<String, CameoInfo>,
    crosswalk: HashMap<String, PloverReading>,
    intent: Vec<(String, String)>,
    /// Intent prefixes flagged `declared`: they apply only to an active-voice
    /// event the actor says it will do (`akan menyerang`), not to a passive
    /// or merely possible one (`akan ditahan`, `bisa menyerang`).
    declared: Vec<String>,
    /// Intent prefixes flagged `conditional`: they apply only to a planned
    /// act followed by its condition (`akan menghentikan impor jika Tokyo
    /// tidak mencabut pernyataannya`): a conditional sanction is a threat.
    conditional: Vec<String>,
}

fn cols(line: &str) -> Vec<&str> {
    line.split('\t').map(str::trim).collect()
}

impl Ontology {
    /// Loads the compiled-in (or `WARTA_DATA`) tables.
    pub fn load() -> Result<Self, String> {
        let mut o = Ontology::default();
        let text = resource_text("events/cameo.tsv").map_err(|e| e.to_string())?;
        for (n, line) in data_lines(&text) {
            let c = cols(line);
            let (Some(quad), Some(score)) = (
                c.get(1).and_then(|q| q.parse().ok()),
                c.get(2).and_then(|g| g.parse().ok()),
            ) else {
                return Err(format!(
                    "events/cameo.tsv line {n}: expected code, quad (1-4), goldstein (number)"
                ));
            };
            o.cameo.insert(
                c[0].to_string(),
                CameoInfo {
                    quad,
                    goldstein: score,
                },
            );
        }
        let text = resource_text("events/cameo_plover.tsv").map_err(|e| e.to_string())?;
        for (_, line) in data_lines(&text) {
            let c = cols(line);
            if c.len() < 2 {
                continue;
            }
            let mode = c
                .get(2)
                .filter(|m| !m.is_empty() && **m != "-")
                .map(|m| m.to_string());
            let context = c
                .get(3)
                .map(|x| {
                    x.split(',')
                        .map(str::trim)
                        .filter(|s| !s.is_empty() && *s != "-")
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default();
            o.crosswalk
                .insert(c[0].to_string(), (c[1].to_string(), mode, context));
        }
        let text = resource_text("events/future_intent.tsv").map_err(|e| e.to_string())?;
        for (_, line) in data_lines(&text) {
            let c = cols(line);
            if c.len() >= 2 {
                o.intent.push((c[0].to_string(), c[1].to_string()));
                if c.get(3)
                    .is_some_and(|f| f.split(',').any(|x| x.trim() == "declared"))
                {
                    o.declared.push(c[0].to_string());
                }
                if c.get(3)
                    .is_some_and(|f| f.split(',').any(|x| x.trim() == "conditional"))
                {
                    o.conditional.push(c[0].to_string());
                }
            }
        }
        // Longest prefix first.
        o.intent.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        Ok(o)
    }

    /// Facts of a CAMEO code, falling back to its parent codes (`0212` -> `021` -> `02`).
    pub fn cameo(&self, code: &str) -> Option<&CameoInfo> {
        (2..=code.len())
            .rev()
            .find_map(|n| code.get(..n).and_then(|p| self.cameo.get(p)))
    }

    /// PLOVER reading of a CAMEO code (falling back to parent codes).
    pub fn plover(&self, code: &str) -> Option<PloverReading> {
        (2..=code.len())
            .rev()
            .find_map(|n| code.get(..n).and_then(|p| self.crosswalk.get(p)))
            .cloned()
    }

    /// The "express intent" code for a future/hypothetical event of `code`,
    /// if future events of that kind are coded as intent (AGREE).
    pub fn intent_code(&self, code: &str) -> Option<&str> {
        self.intent
            .iter()
            .find(|(prefix, _)| code.starts_with(prefix.as_str()))
            .map(|(_, to)| to.as_str())
    }

    /// Like [`Ontology::intent_code`], but a `declared` row (future threats)
    /// only applies when the event is active (`passive` false) and stated as
    /// future (`future` true) or followed by its condition (`conditional`
    /// true: `could suspend its participation if Ethiopia went ahead`), not
    /// merely hypothetical; a `conditional` row only to an active event
    /// followed by its condition.
    pub fn intent_code_for(
        &self,
        code: &str,
        passive: bool,
        future: bool,
        conditional: bool,
    ) -> Option<&str> {
        let (prefix, to) = self
            .intent
            .iter()
            .find(|(prefix, _)| code.starts_with(prefix.as_str()))?;
        if self.declared.contains(prefix) && (passive || !(future || conditional)) {
            return None;
        }
        if self.conditional.contains(prefix) && (passive || !conditional) {
            return None;
        }
        Some(to.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanctions_are_sanction_as_in_the_plover_v2_codebook() {
        let o = Ontology::load().expect("ontology loads");
        // CAMEO 163 (impose embargo, boycott or sanctions) is COERCE in the
        // 2021 draft crosswalk but SANCTION/discontinue in PLOVER v2.
        let (plover, mode, _) = o.plover("163").expect("163 is mapped");
        assert_eq!(plover, "SANCTION");
        assert_eq!(mode.as_deref(), Some("discontinue"));
        assert_eq!(o.plover("173").expect("173").0, "COERCE");
    }
}
