//! # warta-quotes
//!
//! Who said what, according to whom. The [`QuoteStage`] fills
//! [`Document::quotes`] with direct (quote-marked) and indirect (reported)
//! quotations, each with its speaker resolved to an entity where possible and
//! the channels it came through (`via`, innermost first), and
//! [`Document::sources`] with story-wide citations.
//!
//! ## How it works
//!
//! 1. [`marks`] finds quotation marks in every common typography (curly,
//!    straight, guillemets, low-9, U+FFFD stand-ins, mis-decoded `â€œ`) and
//!    pairs them into direct quote spans, across paragraphs when a paragraph
//!    opens with a quote mark and does not close it and the next one opens
//!    with one again.
//! 2. The stage tokenizes for itself and splits sentence-like units that
//!    never break inside a quote.
//! 3. [`direct`] finds each direct quote's tag after it (`“…,” kata X`),
//!    before it (`X mengatakan: “…”`, `Menurut X, “…”`), embedded in reported
//!    speech (`ia mengatakan “tentu saja” hal itu …`) or carried over from the
//!    first part of an interrupted quote.
//! 4. [`indirect`] finds reported speech around the reporting verbs of
//!    `data/lang/<code>/quote_verbs.tsv` (speaker before or after the verb,
//!    content after `bahwa`/`that`/`:`/`,` or directly after verbs marked `bare`).
//! 5. Speaker phrases follow citation chains (`X mengutip Y`, `X, citing Y,
//!    said`, `menurut X yang mengutip Y` -> speaker Y via X) and resolve to
//!    entity mentions: persons first, then an entity whose role is the phrase,
//!    organisations, places that are the whole phrase; pronouns and clitics
//!    (`ia`, `katanya`, `he`) use the entity stage's link when present, else
//!    the last speaking (or mentioned) person.
//!
//! Every record's `rule` names the path that produced it, e.g.
//! `quotes:id:direct:post_tag#kata`, `quotes:id:indirect:verb#katakan`,
//! `quotes:id:source:cite#mengutip`.
//!
//! ## Finding who claims a span (for the event stage)
//!
//! An event found inside reported content belongs to the quote whose content
//! contains it. Call [`claim_for`] with the event clause's code point span:
//!
//! ```
//! # use warta_core::{Document, SourceInfo, Quote};
//! # let mut doc = Document::new("x".repeat(40), SourceInfo::default());
//! # doc.quotes.push(Quote { id: "Q1".into(), start: 5, end: 30, text: String::new(),
//! #   direct: false, speaker: Some("E1".into()), speaker_name: Some("John Kirby".into()),
//! #   speaker_role: None, verb: None, via: vec![], sentence: 0, rule: String::new() });
//! let claim = warta_quotes::claim_for(&doc, 10, 20);
//! assert_eq!(claim.and_then(|q| q.speaker_name.as_deref()), Some("John Kirby"));
//! ```
//!
//! It returns the innermost quote (the shortest content span) containing the
//! range, so a direct quote embedded in a reported clause wins over the clause.
//!
//! ## Measuring
//!
//! - Reference article: `cargo run -q --bin warta -- extract --lang id
//!   ../shared/eval/seed/000_10b382b21a4f655d.txt > /tmp/q.jsonl && python3
//!   ../shared/eval/score_seed.py ../shared/eval/seed/000_10b382b21a4f655d.gold.json /tmp/q.jsonl`
//! - Kompas dev articles through the whole pipeline (lists every quote, and
//!   an even sample to check by hand): `python3
//!   crates/warta-quotes/eval/kompas_quotes.py --sample 30`
//! - The stage alone (no entities), with its throughput: `cargo run --release
//!   -p warta-quotes --example quote_corpus -- FILE...`
//! - Per-stage throughput in the pipeline: `warta bench`.
//!
//! The stage is linear in the text: one tokenization pass, units, and
//! bounded look-arounds (speaker phrases of at most 14 tokens, clause windows
//! of 10) per reporting verb and quote mark.

pub mod context;
pub mod direct;
pub mod indirect;
pub mod lexicon;
pub mod marks;
pub mod phrase;
pub mod sources;
pub mod speaker;
pub mod tokens;

use rustc_hash::FxHashMap as HashMap;

use warta_core::{CitedSource, Document, LanguagePack, Quote, Stage, StageError};

use context::Ctx;
use direct::{Found, Who};
use lexicon::Lexicon;
use speaker::{Speaker, SpeakerMemory};

/// The innermost quote whose content span contains `start..end` (code
/// points), if any: who claims what is written there.
pub fn claim_for(doc: &Document, start: usize, end: usize) -> Option<&Quote> {
    doc.quotes
        .iter()
        .filter(|q| q.start <= start && end <= q.end)
        .min_by_key(|q| q.end - q.start)
}

/// The quotes stage. Fills `Document::quotes` and `Document::sources`.
#[derive(Debug, Default)]
pub struct QuoteStage {
    /// Tables per language code.
    lexicons: HashMap<String, Lexicon>,
    /// All languages' tables merged, for undetermined languages.
    merged: Lexicon,
    /// Malformed table rows met while loading.
    problems: Vec<String>,
}

impl QuoteStage {
    /// Builds the stage, loading the quote tables of every compiled-in
    /// language pack.
    pub fn new() -> Self {
        let mut stage = Self::default();
        for code in warta_core::resources::available_languages() {
            if let Some(pack) = LanguagePack::get(&code) {
                stage.add_language(&pack);
            }
        }
        stage
    }

    /// Builds the stage from the given packs only (tests, custom languages).
    pub fn with_packs(packs: &[&dyn warta_core::LanguageResources]) -> Self {
        let mut stage = Self::default();
        for p in packs {
            stage.add_language(*p);
        }
        stage
    }

    fn add_language(&mut self, pack: &dyn warta_core::LanguageResources) {
        let (lex, problems) = Lexicon::load(pack);
        self.problems.extend(problems);
        self.merged.merge(&lex);
        self.lexicons.insert(pack.code().to_string(), lex);
    }

    /// Malformed rows found in the quote tables (empty when all is well).
    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    /// Runs the stage on `doc`.
    pub fn annotate(&self, doc: &mut Document) {
        let code = doc.language.code.clone();
        let (lex, lang) = match self.lexicons.get(&code) {
            Some(l) => (l, code.as_str()),
            None => (&self.merged, "und"),
        };
        let (quotes, sources) = {
            let lowered = doc.text.to_ascii_lowercase();
            let ctx = Ctx::new(doc, lex, &lowered);
            let mut used = vec![false; ctx.toks.len()];
            let mut found = ctx.direct_quotes(&mut used);
            found.extend(ctx.indirect_quotes(&used));
            found.sort_by_key(|f| (f.span.0, f.direct));
            (build_quotes(&ctx, &found, lang), build_sources(&ctx, lang))
        };
        doc.quotes = quotes;
        doc.sources = sources;
    }
}

fn build_quotes(ctx: &Ctx<'_>, found: &[Found], lang: &str) -> Vec<Quote> {
    let mut memory = SpeakerMemory::default();
    let mut last_direct: Option<(Speaker, Vec<String>)> = None;
    let mut out = Vec::with_capacity(found.len());
    for f in found {
        let (speaker, via) = match &f.who {
            Who::Tagged(attr) => {
                let s = ctx.resolve(attr.speaker, attr.clitic, f.unit, &memory);
                let via = attr
                    .via
                    .iter()
                    .filter_map(|&r| ctx.resolve(r, false, f.unit, &memory).name)
                    .collect();
                (s, via)
            }
            Who::Continued => last_direct.clone().unwrap_or_default(),
            Who::Unknown => (Speaker::default(), Vec::new()),
        };
        memory.spoke(&speaker, f.unit);
        if f.direct {
            last_direct = Some((speaker.clone(), via.clone()));
        }
        let (start, end) = f.span;
        let text =
            ctx.doc.text[ctx.index.byte_offset(start)..ctx.index.byte_offset(end)].to_string();
        out.push(Quote {
            id: format!("Q{}", out.len() + 1),
            start,
            end,
            text,
            direct: f.direct,
            speaker: speaker.entity.map(|e| ctx.doc.entities[e].id.clone()),
            speaker_name: speaker.name,
            speaker_role: speaker.role,
            verb: f.verb.clone(),
            via,
            sentence: ctx.doc.sentence_at(start).unwrap_or(0),
            rule: format!("quotes:{lang}:{}", f.rule),
        });
    }
    out
}

fn build_sources(ctx: &Ctx<'_>, lang: &str) -> Vec<CitedSource> {
    let memory = SpeakerMemory::default();
    let mut out: Vec<CitedSource> = Vec::new();
    for s in ctx.story_sources() {
        let unit = ctx.unit_of(s.name.0);
        let who = ctx.resolve(s.name, false, unit, &memory);
        let media = who.entity.is_some_and(|e| {
            let e = &ctx.doc.entities[e];
            e.sector.as_deref() == Some("MED")
                || e.actor.as_deref().is_some_and(|a| a.ends_with("MED"))
        });
        if s.media_only && !media {
            continue;
        }
        let Some(name) = who.name else { continue };
        if out.iter().any(|o| o.name.eq_ignore_ascii_case(&name)) {
            continue;
        }
        let (a, b) = s.phrase;
        let start = ctx.toks[a].cstart;
        out.push(CitedSource {
            name,
            entity: who.entity.map(|e| ctx.doc.entities[e].id.clone()),
            start,
            end: ctx.toks[b - 1].cend,
            text: ctx.text(a, b).to_string(),
            sentence: ctx.doc.sentence_at(start).unwrap_or(0),
            rule: format!("quotes:{lang}:{}", s.rule),
        });
    }
    out
}

impl Stage for QuoteStage {
    fn name(&self) -> &'static str {
        "quotes"
    }

    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        self.annotate(doc);
        Ok(())
    }
}
