//! `warta eval ud`: sentence splitting and tokenization against Universal
//! Dependencies treebanks (CoNLL-U), scored like the CoNLL 2018 shared task:
//! predicted and gold spans match when their character offsets are equal.
//!
//! Raw text is rebuilt from the treebank: one document per file, or per
//! `# newdoc` when present. Each sentence contributes its `# text =` line
//! (or, without one, its token forms joined as `SpaceAfter` says).
//! Sentences are joined with one space, or with nothing when the last
//! token of the previous sentence has `SpaceAfter=No`; a `# newpar` or
//! `# newdoc` inside a document starts a new paragraph, joined with a
//! blank line. Gold token spans are found by aligning the token forms to
//! that text in order. Multiword tokens (`5-6 membelinya`) count as one
//! token for `tokens` and as their words (`membeli`, `nya`) for `words`,
//! with word spans taken from the word forms' lengths. On the system side,
//! a token with `clitic: true` is a word glued to its host token.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Args;
use warta_text::{LanguageIdentifier, Segmentation, Segmenter};

use crate::Status;

/// Options of `warta eval ud`.
#[derive(Args, Debug)]
pub struct UdArgs {
    /// CoNLL-U files, or folders searched for `*.conllu`.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Language pack used for segmentation.
    #[arg(long, default_value = "id")]
    pub lang: String,
    /// Write the predicted segmentation as CoNLL-U (multiword tokens for
    /// split clitics) to this file.
    #[arg(long)]
    pub predictions: Option<PathBuf>,
    /// Also measure language identification: the treebank text (`# text`,
    /// expected `--lang`) and its English translation (`# text_en`, expected
    /// `en`), cut into documents of about 1,500 characters.
    #[arg(long)]
    pub langid: bool,
}

/// Length of the documents language identification is measured on.
const LANGID_DOC_CHARS: usize = 1_500;

/// Language identification results for one expected language.
#[derive(Debug, Default)]
struct LangidCounts {
    correct: usize,
    undetermined: usize,
    wrong: std::collections::BTreeMap<String, usize>,
    total: usize,
}

impl LangidCounts {
    fn add(&mut self, detected: Option<(String, f32)>, expected: &str) {
        self.total += 1;
        match detected {
            Some((code, _)) if code == expected => self.correct += 1,
            Some((code, _)) => *self.wrong.entry(code).or_default() += 1,
            None => self.undetermined += 1,
        }
    }
    fn describe(&self) -> String {
        let wrong: Vec<String> = self.wrong.iter().map(|(c, n)| format!("{c} {n}")).collect();
        format!(
            "{}/{} correct ({:.4}), undetermined {}, wrong [{}]",
            self.correct,
            self.total,
            ratio(self.correct, self.total),
            self.undetermined,
            wrong.join(", ")
        )
    }
}

/// Documents of about [`LANGID_DOC_CHARS`] characters made of consecutive sentences.
fn langid_docs<'a>(sentences: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut docs = Vec::new();
    let mut current = String::new();
    for s in sentences {
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(s);
        if current.chars().count() >= LANGID_DOC_CHARS {
            docs.push(std::mem::take(&mut current));
        }
    }
    if current.chars().count() >= LANGID_DOC_CHARS / 3 {
        docs.push(current);
    }
    docs
}

/// A code point span `[start, end)`.
type Span = (usize, usize);

/// One gold document: its raw text and gold spans.
#[derive(Debug, Default)]
struct GoldDoc {
    text: String,
    sentences: Vec<Span>,
    tokens: Vec<Span>,
    words: Vec<Span>,
    /// Tokens whose form could not be found in the sentence text.
    unaligned: usize,
}

/// One gold token: its form and, for a multiword token, its words' forms.
#[derive(Debug)]
struct GoldToken {
    form: String,
    words: Vec<String>,
    space_after: bool,
}

/// One gold sentence as read from CoNLL-U.
#[derive(Debug, Default)]
struct GoldSentence {
    text: Option<String>,
    /// The English translation (`# text_en`), when the treebank gives one.
    text_en: Option<String>,
    tokens: Vec<GoldToken>,
    new_doc: bool,
    new_par: bool,
}

fn parse_conllu(content: &str) -> Vec<GoldSentence> {
    let mut sentences = Vec::new();
    let mut current = GoldSentence::default();
    // Remaining word lines covered by the current multiword token.
    let mut mwt_words_left = 0usize;
    for line in content.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !current.tokens.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            mwt_words_left = 0;
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            let comment = comment.trim();
            if let Some(text) = comment.strip_prefix("text =") {
                current.text = Some(text.trim().to_string());
            } else if let Some(text) = comment.strip_prefix("text_en =") {
                current.text_en = Some(text.trim().to_string());
            } else if comment.starts_with("newdoc") {
                current.new_doc = true;
            } else if comment.starts_with("newpar") {
                current.new_par = true;
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 10 || cols[0].contains('.') {
            // Empty nodes (`8.1`) have no surface form.
            continue;
        }
        let space_after = !cols[9].split('|').any(|m| m == "SpaceAfter=No");
        if let Some((a, b)) = cols[0].split_once('-') {
            let (a, b): (usize, usize) = (a.parse().unwrap_or(0), b.parse().unwrap_or(0));
            mwt_words_left = b.saturating_sub(a) + 1;
            current.tokens.push(GoldToken {
                form: cols[1].to_string(),
                words: Vec::new(),
                space_after,
            });
        } else if mwt_words_left > 0 {
            mwt_words_left -= 1;
            if let Some(t) = current.tokens.last_mut() {
                t.words.push(cols[1].to_string());
            }
        } else {
            current.tokens.push(GoldToken {
                form: cols[1].to_string(),
                words: Vec::new(),
                space_after,
            });
        }
    }
    if !current.tokens.is_empty() {
        sentences.push(current);
    }
    sentences
}

/// Splits the CoNLL-U sentences into documents and builds their text and spans.
fn build_docs(sentences: &[GoldSentence]) -> Vec<GoldDoc> {
    let mut docs: Vec<GoldDoc> = Vec::new();
    let mut doc = GoldDoc::default();
    let mut chars = 0usize; // code points in doc.text
    let mut glue_next = false; // previous sentence ended with SpaceAfter=No
    for s in sentences {
        if s.new_doc && !doc.sentences.is_empty() {
            docs.push(std::mem::take(&mut doc));
            chars = 0;
        }
        if !doc.sentences.is_empty() {
            let sep = if s.new_par || s.new_doc {
                "\n\n"
            } else if glue_next {
                ""
            } else {
                " "
            };
            doc.text.push_str(sep);
            chars += sep.chars().count();
        }
        let text = s.text.clone().unwrap_or_else(|| {
            let mut t = String::new();
            for tok in &s.tokens {
                t.push_str(&tok.form);
                if tok.space_after {
                    t.push(' ');
                }
            }
            t.trim_end().to_string()
        });
        let sentence_chars: Vec<char> = text.chars().collect();
        let base = chars;
        let mut pos = 0usize;
        let mut first = None;
        let mut last = base;
        for tok in &s.tokens {
            while pos < sentence_chars.len() && sentence_chars[pos].is_whitespace() {
                pos += 1;
            }
            let form: Vec<char> = tok.form.chars().collect();
            let found = find_chars(&sentence_chars, &form, pos);
            let Some(at) = found else {
                doc.unaligned += 1;
                continue;
            };
            let (start, end) = (base + at, base + at + form.len());
            first.get_or_insert(start);
            last = end;
            doc.tokens.push((start, end));
            push_words(&mut doc.words, tok, start, end);
            pos = at + form.len();
        }
        doc.sentences.push((first.unwrap_or(base), last));
        doc.text.push_str(&text);
        chars += sentence_chars.len();
        glue_next = s.tokens.last().is_some_and(|t| !t.space_after);
    }
    if !doc.sentences.is_empty() {
        docs.push(doc);
    }
    docs
}

/// Position of `needle` in `hay` at `from`, or a little later when the
/// treebank's text and forms disagree on some characters in between.
fn find_chars(hay: &[char], needle: &[char], from: usize) -> Option<usize> {
    const LOOKAHEAD: usize = 20;
    let last_start = hay.len().checked_sub(needle.len())?;
    (from..=last_start.min(from + LOOKAHEAD)).find(|&i| hay[i..i + needle.len()] == *needle)
}

/// Gold word spans of one token: itself, or its multiword token's words
/// laid out by their lengths (the whole token span when they do not spell it).
fn push_words(words: &mut Vec<Span>, tok: &GoldToken, start: usize, end: usize) {
    if tok.words.is_empty() {
        words.push((start, end));
        return;
    }
    let joined: String = tok.words.concat();
    if joined.to_lowercase() != tok.form.to_lowercase() {
        words.extend(tok.words.iter().map(|_| (start, end)));
        return;
    }
    let mut at = start;
    for w in &tok.words {
        let n = w.chars().count();
        words.push((at, at + n));
        at += n;
    }
}

/// System spans: sentences, surface tokens (clitics glued back) and words.
fn system_spans(seg: &Segmentation) -> (Vec<Span>, Vec<Span>, Vec<Span>) {
    let sentences = seg.sentences.iter().map(|s| (s.start, s.end)).collect();
    let words: Vec<Span> = seg.tokens.iter().map(|t| (t.start, t.end)).collect();
    let mut tokens: Vec<Span> = Vec::with_capacity(words.len());
    for t in &seg.tokens {
        match tokens.last_mut() {
            Some(prev) if t.clitic && prev.1 == t.start => prev.1 = t.end,
            _ => tokens.push((t.start, t.end)),
        }
    }
    (sentences, tokens, words)
}

/// Matched / gold / system counts of one span type.
#[derive(Debug, Default, Clone, Copy)]
struct Counts {
    matched: usize,
    gold: usize,
    system: usize,
}

impl Counts {
    fn of(gold: &[Span], system: &[Span]) -> Self {
        let set: HashSet<&Span> = gold.iter().collect();
        Self {
            matched: system.iter().filter(|s| set.contains(s)).count(),
            gold: gold.len(),
            system: system.len(),
        }
    }
    fn add(&mut self, other: Self) {
        self.matched += other.matched;
        self.gold += other.gold;
        self.system += other.system;
    }
    fn precision(&self) -> f64 {
        ratio(self.matched, self.system)
    }
    fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn describe(&self) -> String {
        format!(
            "P={:.4} R={:.4} F1={:.4} (gold {}, system {})",
            self.precision(),
            self.recall(),
            self.f1(),
            self.gold,
            self.system
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// The `.conllu` files of `paths` (folders are searched recursively), sorted.
fn conllu_files(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            collect_dir(p, &mut out)?;
        } else if p.exists() {
            out.push(p.clone());
        } else {
            anyhow::bail!(
                "{} does not exist; give CoNLL-U files or folders, e.g. ../shared/data/id/ud/UD_Indonesian-GSD/id_gsd-ud-test.conllu",
                p.display()
            );
        }
    }
    out.sort();
    Ok(out)
}

fn collect_dir(dir: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    let entries =
        std::fs::read_dir(dir).with_context(|| format!("cannot list {}", dir.display()))?;
    for entry in entries {
        let path = entry?.path();
        if path.is_dir() {
            collect_dir(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "conllu") {
            out.push(path);
        }
    }
    Ok(())
}

/// Appends the predicted segmentation of `text` as CoNLL-U.
fn write_predictions(out: &mut String, doc_id: &str, text: &str, seg: &Segmentation) {
    let chars: Vec<char> = text.chars().collect();
    let slice = |s: usize, e: usize| {
        chars[s.min(e)..e.min(chars.len())]
            .iter()
            .collect::<String>()
    };
    let _ = writeln!(out, "# newdoc id = {doc_id}");
    for (i, s) in seg.sentences.iter().enumerate() {
        let _ = writeln!(out, "# sent_id = {doc_id}-{}", i + 1);
        let _ = writeln!(out, "# text = {}", slice(s.start, s.end).replace('\n', " "));
        let toks: Vec<_> = seg.tokens.iter().filter(|t| t.sentence == i).collect();
        let mut word = 0usize;
        let mut k = 0usize;
        while k < toks.len() {
            // A host and the clitics glued to it form one multiword token.
            let mut group = 1;
            while k + group < toks.len()
                && toks[k + group].clitic
                && toks[k + group].start == toks[k + group - 1].end
            {
                group += 1;
            }
            let last = toks[k + group - 1];
            let space = toks.get(k + group).is_none_or(|n| n.start > last.end);
            let misc = if space { "_" } else { "SpaceAfter=No" };
            if group > 1 {
                let _ = writeln!(
                    out,
                    "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{misc}",
                    word + 1,
                    word + group,
                    slice(toks[k].start, last.end)
                );
                for t in &toks[k..k + group] {
                    word += 1;
                    let _ = writeln!(
                        out,
                        "{word}\t{}\t_\t_\t_\t_\t_\t_\t_\t_",
                        slice(t.start, t.end)
                    );
                }
            } else {
                word += 1;
                let _ = writeln!(
                    out,
                    "{word}\t{}\t_\t_\t_\t_\t_\t_\t_\t{misc}",
                    slice(toks[k].start, toks[k].end)
                );
            }
            k += group;
        }
        out.push('\n');
    }
}

/// Runs `warta eval ud`.
pub fn run(args: UdArgs) -> anyhow::Result<Status> {
    let files = conllu_files(&args.paths)?;
    if files.is_empty() {
        anyhow::bail!("no .conllu files found under the given paths");
    }
    let segmenter = Segmenter::new();
    let identifier = args.langid.then(LanguageIdentifier::new);
    let mut predictions = String::new();
    let (mut all_s, mut all_t, mut all_w) =
        (Counts::default(), Counts::default(), Counts::default());
    for file in &files {
        let content = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read {} as UTF-8 text", file.display()))?;
        let gold_sentences = parse_conllu(&content);
        let docs = build_docs(&gold_sentences);
        let (mut s_c, mut t_c, mut w_c) = (Counts::default(), Counts::default(), Counts::default());
        let mut unaligned = 0;
        for (d, doc) in docs.iter().enumerate() {
            let seg = segmenter.segment(&doc.text, &args.lang);
            let (sys_s, sys_t, sys_w) = system_spans(&seg);
            s_c.add(Counts::of(&doc.sentences, &sys_s));
            t_c.add(Counts::of(&doc.tokens, &sys_t));
            w_c.add(Counts::of(&doc.words, &sys_w));
            unaligned += doc.unaligned;
            if args.predictions.is_some() {
                let stem = file
                    .file_stem()
                    .map(|s| s.to_string_lossy())
                    .unwrap_or_default();
                write_predictions(
                    &mut predictions,
                    &format!("{stem}-d{}", d + 1),
                    &doc.text,
                    &seg,
                );
            }
        }
        println!("{}", file.display());
        println!("  sentences {}", s_c.describe());
        println!("  tokens    {}", t_c.describe());
        println!("  words     {}", w_c.describe());
        if let Some(identifier) = &identifier {
            let sets = [
                (
                    args.lang.as_str(),
                    langid_docs(gold_sentences.iter().filter_map(|s| s.text.as_deref())),
                ),
                (
                    "en",
                    langid_docs(gold_sentences.iter().filter_map(|s| s.text_en.as_deref())),
                ),
            ];
            for (expected, texts) in sets {
                if texts.is_empty() {
                    continue;
                }
                let mut counts = LangidCounts::default();
                for t in &texts {
                    counts.add(identifier.detect(t), expected);
                }
                println!("  langid {expected:<3} {}", counts.describe());
            }
        }
        if unaligned > 0 {
            println!("  ({unaligned} gold tokens not found in their `# text` line, left out)");
        }
        all_s.add(s_c);
        all_t.add(t_c);
        all_w.add(w_c);
    }
    if let Some(path) = &args.predictions {
        std::fs::write(path, predictions)
            .with_context(|| format!("cannot write predictions to {}", path.display()))?;
    }
    println!(
        "sentences_f1={:.4} tokens_f1={:.4} words_f1={:.4}",
        all_s.f1(),
        all_t.f1(),
        all_w.f1()
    );
    Ok(Status::Ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# text = Rumahnya besar.\n1-2\tRumahnya\t_\t_\t_\t_\t_\t_\t_\t_\n1\tRumah\t_\t_\t_\t_\t_\t_\t_\t_\n2\tnya\t_\t_\t_\t_\t_\t_\t_\t_\n3\tbesar\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n# text = Ia pergi.\n1\tIa\t_\t_\t_\t_\t_\t_\t_\t_\n2\tpergi\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n";

    #[test]
    fn gold_spans_follow_text_and_multiword_tokens() {
        let docs = build_docs(&parse_conllu(SAMPLE));
        assert_eq!(docs.len(), 1);
        let d = &docs[0];
        assert_eq!(d.text, "Rumahnya besar. Ia pergi.");
        assert_eq!(d.sentences, vec![(0, 15), (16, 25)]);
        assert_eq!(d.tokens[0], (0, 8));
        assert_eq!(&d.words[..2], &[(0, 5), (5, 8)]);
        assert_eq!(d.unaligned, 0);
    }

    #[test]
    fn counts_give_f1() {
        let c = Counts::of(&[(0, 1), (1, 2)], &[(0, 1), (1, 3)]);
        assert_eq!((c.matched, c.gold, c.system), (1, 2, 2));
        assert!((c.f1() - 0.5).abs() < 1e-9);
    }
}
