//! Feature extraction for one sentence.
//!
//! Per token we compute a few hashes once ([`TokenInfo`]: lower-cased form,
//! word shapes, affixes, orthographic flags, cue, gazetteer and cluster ids);
//! the features of token `i` are then mixes of a template id with the infos of
//! tokens `i-2..=i+2`. Nothing here allocates per feature: a sentence needs one
//! `Vec<TokenInfo>` and one reusable `String`.
//!
//! Features come in two kinds. *Single-token* features
//! ([`single_token_features`]) read one token of the window, so per word form
//! and offset they are always the same and the tagger caches their summed
//! weights (`cache.rs`). *Context* features ([`SentenceInfo::context_features`])
//! pair tokens or depend on the sentence.
//!
//! Single-token templates:
//! - lower-cased word at -2..+2; the word as written (case kept);
//! - long shape (`Xxxx`, `dd`, `x.x.`) at -1..+1, short shape (`Xx`) at ±2;
//! - prefixes (1-4 chars) and suffixes (1-5 chars) of the word;
//! - flags: title case, all caps, digit, hyphen, period, inner capital;
//! - cue classes (titles, organisation/place keywords, Indonesian verb
//!   prefixes, `-nya`) at -2..+1;
//! - distributional clusters (`ner.clusters.tsv`, three granularities) at
//!   -1..+1, the coarsest also at ±2, the middle one with the short shape.
//!
//! Context templates:
//! - word bigrams (-1,0), (0,+1), the pair of neighbours (-1,+1), the
//!   short-shape trigram, previous word + shape, shape + next word;
//! - sentence-initial (with the flags), sentence-final, sentence entirely
//!   lower-case (with the word);
//! - gazetteer classes (B = phrase starts here, I = continues) at -1..+1, and
//!   conjoined with title case;
//! - the capitalised run holding the token: its length and the token's place
//!   in it, and the run's first and last words with their cue classes.

use crate::hash::{hash_str, mix, template};
use crate::lexicon::{CLUSTER_LEVELS, GazStart, Lexicon, NO_CLUSTER};

/// A template id computed at compile time: `template` is a `const fn`, but a
/// plain call in run-time code may be evaluated on every feature.
macro_rules! tpl {
    ($name:literal) => {
        const { template($name) }
    };
}

const FLAG_TITLE: u32 = 1;
const FLAG_ALLCAPS: u32 = 1 << 1;
const FLAG_DIGIT: u32 = 1 << 2;
const FLAG_HYPHEN: u32 = 1 << 3;
const FLAG_PERIOD: u32 = 1 << 4;
const FLAG_INNER_CAP: u32 = 1 << 5;
const FLAG_NO_LETTER: u32 = 1 << 6;
const FLAG_NAMES: [&str; 7] = [
    "f:title",
    "f:allcaps",
    "f:digit",
    "f:hyphen",
    "f:period",
    "f:innercap",
    "f:noletter",
];
const FLAG_TEMPLATES: [u64; 7] = [
    template(FLAG_NAMES[0]),
    template(FLAG_NAMES[1]),
    template(FLAG_NAMES[2]),
    template(FLAG_NAMES[3]),
    template(FLAG_NAMES[4]),
    template(FLAG_NAMES[5]),
    template(FLAG_NAMES[6]),
];

/// Cluster templates: `[level][position]`, positions -1, 0, +1.
const CLUSTER_TEMPLATES: [[u64; 3]; CLUSTER_LEVELS] = [
    [template("c0-1"), template("c0_0"), template("c0+1")],
    [template("c1-1"), template("c1_0"), template("c1+1")],
    [template("c2-1"), template("c2_0"), template("c2+1")],
];

const MAX_PREFIX: usize = 4;
const MAX_SUFFIX: usize = 5;

/// What the extractor keeps of one token.
#[derive(Debug, Clone, Copy, Default)]
pub struct TokenInfo {
    exact: u64,
    lower: u64,
    shape: u64,
    short_shape: u64,
    prefixes: [u64; MAX_PREFIX],
    suffixes: [u64; MAX_SUFFIX],
    flags: u32,
    cues: u32,
    gaz_begin: u32,
    gaz_inside: u32,
    /// The gazetteer facts of the token alone (per form, unlike the two
    /// sentence-level fields above).
    gaz_start: GazStart,
    /// Distributional cluster ids, coarse to fine ([`NO_CLUSTER`] if unlisted).
    clusters: [u16; CLUSTER_LEVELS],
}

/// Padding for positions before the sentence start / after its end.
pub(crate) const BOS: TokenInfo = pad(tpl!("<s>"), NO_CLUSTER - 1);
pub(crate) const EOS: TokenInfo = pad(tpl!("</s>"), NO_CLUSTER - 2);

const fn pad(h: u64, cluster: u16) -> TokenInfo {
    TokenInfo {
        exact: h,
        lower: h,
        shape: h,
        short_shape: h,
        prefixes: [0; MAX_PREFIX],
        suffixes: [0; MAX_SUFFIX],
        flags: 0,
        cues: 0,
        gaz_begin: 0,
        gaz_inside: 0,
        gaz_start: GazStart {
            bits: 0,
            prefix: false,
        },
        clusters: [cluster; CLUSTER_LEVELS],
    }
}

/// Maps a character to its shape class.
#[inline]
fn shape_char(c: char) -> u8 {
    if c.is_uppercase() {
        b'X'
    } else if c.is_lowercase() || c.is_alphabetic() {
        b'x'
    } else if c.is_numeric() {
        b'd'
    } else if c.is_ascii() {
        c as u8
    } else {
        b'*'
    }
}

/// Computes a token's info; `lower` is a scratch buffer.
pub(crate) fn token_info(token: &str, lower: &mut String, lex: &Lexicon) -> TokenInfo {
    lower.clear();
    for c in token.chars() {
        // Most tokens are ASCII; `to_lowercase` handles the rest.
        if c.is_ascii() {
            lower.push(c.to_ascii_lowercase());
        } else {
            lower.extend(c.to_lowercase());
        }
    }
    let mut long = [0u8; 24];
    let mut long_len = 0;
    let mut short = [0u8; 24];
    let mut short_len = 0;
    let mut run = 0;
    let mut flags = 0;
    let (mut upper, mut letters, mut chars) = (0usize, 0usize, 0usize);
    for (i, c) in token.chars().enumerate() {
        chars += 1;
        let s = shape_char(c);
        if s == b'X' {
            upper += 1;
            if i > 0 {
                flags |= FLAG_INNER_CAP;
            }
        }
        if s == b'X' || s == b'x' {
            letters += 1;
        }
        match c {
            '-' => flags |= FLAG_HYPHEN,
            '.' => flags |= FLAG_PERIOD,
            _ if s == b'd' => flags |= FLAG_DIGIT,
            _ => {}
        }
        // Long shape keeps runs up to 3 (`Xxxx`); short shape collapses runs.
        let same = long_len > 0 && long[long_len - 1] == s;
        run = if same { run + 1 } else { 1 };
        if run <= 3 && long_len < long.len() {
            long[long_len] = s;
            long_len += 1;
        }
        if (short_len == 0 || short[short_len - 1] != s) && short_len < short.len() {
            short[short_len] = s;
            short_len += 1;
        }
    }
    let first_upper = token.chars().next().is_some_and(char::is_uppercase);
    if letters == 0 {
        flags |= FLAG_NO_LETTER;
    } else if upper == letters && letters > 1 {
        flags |= FLAG_ALLCAPS;
    } else if first_upper {
        flags |= FLAG_TITLE;
    }
    if first_upper && upper == 1 {
        flags &= !FLAG_INNER_CAP;
    }
    let lower_hash = hash_str(lower);
    let mut prefixes = [0u64; MAX_PREFIX];
    let mut suffixes = [0u64; MAX_SUFFIX];
    let lower_chars = lower.chars().count();
    let mut ends = lower.char_indices().map(|(i, _)| i).skip(1);
    for (k, slot) in prefixes.iter_mut().enumerate() {
        if lower_chars > k + 1 {
            let end = ends.next().unwrap_or(lower.len());
            *slot = mix(k as u64 + 1, hash_str(&lower[..end]));
        }
    }
    let mut starts = lower.char_indices().rev().map(|(i, _)| i);
    for (k, slot) in suffixes.iter_mut().enumerate() {
        let start = starts.next().unwrap_or(0);
        if lower_chars > k + 1 {
            *slot = mix(k as u64 + 101, hash_str(&lower[start..]));
        }
    }
    let _ = chars;
    TokenInfo {
        exact: hash_str(token),
        lower: lower_hash,
        shape: hash_bytes(&long[..long_len]),
        short_shape: hash_bytes(&short[..short_len]) ^ 0x51ed,
        prefixes,
        suffixes,
        flags,
        cues: lex.cue_bits(lower, lower_hash),
        gaz_begin: 0,
        gaz_inside: 0,
        gaz_start: lex.gaz_start(lower_hash),
        clusters: lex.clusters(lower_hash),
    }
}

#[inline]
fn hash_bytes(b: &[u8]) -> u64 {
    xxhash_rust::xxh3::xxh3_64(b)
}

/// The per-token infos of one sentence plus sentence-level facts.
///
/// The tagger keeps one per thread and refills it for every sentence
/// ([`SentenceInfo::refill`]), so its vectors are allocated once.
#[derive(Debug, Default)]
pub struct SentenceInfo {
    tokens: Vec<TokenInfo>,
    /// Per token: the capitalised run holding it, `start..end` (empty = none).
    runs: Vec<(u32, u32)>,
    all_lower: bool,
    /// Reused buffers for the gazetteer matcher: lower-case hashes, and the
    /// class bits of phrases beginning at / continuing through each token.
    hashes: Vec<u64>,
    starts: Vec<GazStart>,
    begin: Vec<u32>,
    inside: Vec<u32>,
}

/// True for tokens that can be part of a capitalised name run.
#[inline]
fn capitalised(t: &TokenInfo) -> bool {
    t.flags & (FLAG_TITLE | FLAG_ALLCAPS) != 0
}

/// Per token, the maximal run of capitalised tokens it belongs to, written
/// into `runs` (cleared first).
fn capitalised_runs(tokens: &[TokenInfo], runs: &mut Vec<(u32, u32)>) {
    runs.clear();
    runs.resize(tokens.len(), (0, 0));
    let mut i = 0;
    while i < tokens.len() {
        if !capitalised(&tokens[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < tokens.len() && capitalised(&tokens[i]) {
            i += 1;
        }
        for r in &mut runs[start..i] {
            *r = (start as u32, i as u32);
        }
    }
}

impl SentenceInfo {
    /// Analyses `tokens` (original case).
    pub fn new<S: AsRef<str>>(tokens: &[S], lex: &Lexicon) -> Self {
        let mut lower = String::with_capacity(32);
        let mut sentence = SentenceInfo::default();
        sentence.refill(
            tokens
                .iter()
                .map(|t| token_info(t.as_ref(), &mut lower, lex)),
            lex,
        );
        sentence
    }

    /// Replaces the sentence with the tokens of `infos` (from [`token_info`]
    /// or a cache), completed with what depends on the whole sentence:
    /// gazetteer matches, capitalised runs, the all-lower-case flag. Reuses
    /// the vectors of the previous sentence.
    pub(crate) fn refill(&mut self, infos: impl Iterator<Item = TokenInfo>, lex: &Lexicon) {
        self.tokens.clear();
        self.tokens.extend(infos);
        let n = self.tokens.len();
        self.hashes.clear();
        self.hashes.extend(self.tokens.iter().map(|t| t.lower));
        self.starts.clear();
        self.starts.extend(self.tokens.iter().map(|t| t.gaz_start));
        self.begin.clear();
        self.begin.resize(n, 0);
        self.inside.clear();
        self.inside.resize(n, 0);
        lex.match_gazetteers_from(
            &self.hashes,
            &self.starts,
            &mut self.begin,
            &mut self.inside,
        );
        for (i, info) in self.tokens.iter_mut().enumerate() {
            info.gaz_begin = self.begin[i];
            info.gaz_inside = self.inside[i];
        }
        self.all_lower = self
            .tokens
            .iter()
            .all(|t| t.flags & (FLAG_TITLE | FLAG_ALLCAPS | FLAG_INNER_CAP) == 0);
        capitalised_runs(&self.tokens, &mut self.runs);
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// True when the sentence has no tokens.
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    #[inline]
    fn at(&self, i: isize) -> &TokenInfo {
        if i < 0 {
            &BOS
        } else {
            self.tokens.get(i as usize).unwrap_or(&EOS)
        }
    }

    /// Writes the feature hashes of token `i` into `out` (cleared first):
    /// the single-token features of every token in the window
    /// ([`single_token_features`]) and the [`SentenceInfo::context_features`].
    pub fn features(&self, i: usize, lex: &Lexicon, out: &mut Vec<u64>) {
        out.clear();
        for k in 0..OFFSETS {
            let offset = k as isize - 2;
            single_token_features(self.at(i as isize + offset), offset, lex, out);
        }
        self.context_features(i, lex, out);
    }

    /// Appends the features of token `i` that pair tokens or depend on the
    /// sentence: word bigrams, shape trigram, position, gazetteer matches and
    /// capitalised runs. Unlike single-token features they cannot be cached
    /// per word form.
    pub fn context_features(&self, i: usize, lex: &Lexicon, out: &mut Vec<u64>) {
        out.push(BIAS);
        self.context_features_without_bias(i, lex, out);
    }

    /// [`SentenceInfo::context_features`] without the bias feature, which is
    /// the same for every token: the tagger adds its weights once, precomputed.
    pub(crate) fn context_features_without_bias(
        &self,
        i: usize,
        lex: &Lexicon,
        out: &mut Vec<u64>,
    ) {
        let p = i as isize;
        let (m1, w, p1) = (self.at(p - 1), self.at(p), self.at(p + 1));
        out.push(mix(mix(tpl!("w-1w+1"), m1.lower), p1.lower));
        out.push(mix(mix(tpl!("w-1w0"), m1.lower), w.lower));
        out.push(mix(mix(tpl!("w0w+1"), w.lower), p1.lower));
        out.push(mix(
            mix(mix(tpl!("ss-1ss0ss+1"), m1.short_shape), w.short_shape),
            p1.short_shape,
        ));
        out.push(mix(mix(tpl!("w-1ss0"), m1.lower), w.short_shape));
        out.push(mix(mix(tpl!("ss0w+1"), w.short_shape), p1.lower));
        // Position.
        if i == 0 {
            out.push(tpl!("first"));
            for (bit, t) in FLAG_TEMPLATES.iter().enumerate() {
                if w.flags & (1 << bit) != 0 {
                    out.push(mix(tpl!("first"), *t));
                }
            }
        }
        if i + 1 == self.len() {
            out.push(tpl!("last"));
        }
        if self.all_lower {
            out.push(tpl!("all_lower"));
            out.push(mix(tpl!("all_lower_w0"), w.lower));
        }
        // Gazetteer classes.
        push_bits(out, lex, w.gaz_begin, tpl!("gazB0"), false);
        push_bits(out, lex, w.gaz_inside, tpl!("gazI0"), false);
        push_bits(out, lex, m1.gaz_begin | m1.gaz_inside, tpl!("gaz-1"), false);
        push_bits(out, lex, p1.gaz_begin | p1.gaz_inside, tpl!("gaz+1"), false);
        if w.flags & (FLAG_TITLE | FLAG_ALLCAPS) != 0 {
            push_bits(out, lex, w.gaz_begin | w.gaz_inside, tpl!("gaz0cap"), false);
        }
        self.run_features(i, lex, out);
    }
}

/// The bias feature, present for every token.
pub(crate) const BIAS: u64 = template("bias");

/// Window offsets of single-token features: -2..=+2.
pub const OFFSETS: usize = 5;

/// Appends the features that read only token `t`, sitting at `offset`
/// (-2..=2) from the token being scored: word, shape, affixes, flags, cue
/// classes and clusters. They depend on the word form alone, so the tagger
/// caches their summed weights per form (see `cache.rs`).
pub fn single_token_features(t: &TokenInfo, offset: isize, lex: &Lexicon, out: &mut Vec<u64>) {
    let c = |level: usize| u64::from(t.clusters[level]);
    match offset {
        0 => {
            out.push(mix(tpl!("w0"), t.lower));
            out.push(mix(tpl!("exact0"), t.exact));
            out.push(mix(tpl!("s0"), t.shape));
            for &h in t.prefixes.iter().chain(&t.suffixes) {
                if h != 0 {
                    out.push(mix(tpl!("affix"), h));
                }
            }
            for (bit, tmpl) in FLAG_TEMPLATES.iter().enumerate() {
                if t.flags & (1 << bit) != 0 {
                    out.push(*tmpl);
                }
            }
            push_bits(out, lex, t.cues, tpl!("cue0"), true);
            for (level, tmpl) in CLUSTER_TEMPLATES.iter().enumerate() {
                out.push(mix(tmpl[1], c(level)));
            }
            // The middle cluster with the shape: a title-case word in a
            // place-name cluster is very likely a place.
            out.push(mix(mix(tpl!("c1_0ss0"), c(1)), t.short_shape));
        }
        -1 | 1 => {
            let side = usize::from(offset > 0);
            let [w, s, cue] = [
                [tpl!("w-1"), tpl!("w+1")],
                [tpl!("s-1"), tpl!("s+1")],
                [tpl!("cue-1"), tpl!("cue+1")],
            ]
            .map(|pair| pair[side]);
            out.push(mix(w, t.lower));
            out.push(mix(s, t.shape));
            push_bits(out, lex, t.cues, cue, true);
            for (level, tmpl) in CLUSTER_TEMPLATES.iter().enumerate() {
                out.push(mix(tmpl[side * 2], c(level)));
            }
        }
        -2 => {
            out.push(mix(tpl!("w-2"), t.lower));
            out.push(mix(tpl!("ss-2"), t.short_shape));
            push_bits(out, lex, t.cues, tpl!("cue-2"), true);
            out.push(mix(tpl!("c0-2"), c(0)));
        }
        2 => {
            out.push(mix(tpl!("w+2"), t.lower));
            out.push(mix(tpl!("ss+2"), t.short_shape));
            out.push(mix(tpl!("c0+2"), c(0)));
        }
        _ => {}
    }
}

impl SentenceInfo {
    /// Features of the capitalised run around token `i` (none outside runs):
    /// the run's length and the token's place in it, the run's first and last
    /// words and their cue classes, and the words just outside it. They let
    /// every token of `Universitas Muhammadiyah Surakarta` see the head word
    /// `Universitas`, however far away it is.
    fn run_features(&self, i: usize, lex: &Lexicon, out: &mut Vec<u64>) {
        let (start, end) = self.runs[i];
        let (start, end) = (start as usize, end as usize);
        if start == end {
            return;
        }
        let len = (end - start).min(4) as u64;
        let place: u64 = match (i == start, i + 1 == end) {
            (true, true) => 0,
            (true, false) => 1,
            (false, true) => 2,
            (false, false) => 3,
        };
        let at_start = u64::from(start == 0);
        out.push(mix(tpl!("run_shape"), len | place << 4 | at_start << 8));
        let first = &self.tokens[start];
        let last = &self.tokens[end - 1];
        if i != start {
            out.push(mix(tpl!("run_first"), first.lower));
            push_bits(out, lex, first.cues, tpl!("run_first_cue"), true);
        }
        if i + 1 != end {
            out.push(mix(tpl!("run_last"), last.lower));
            push_bits(out, lex, last.cues, tpl!("run_last_cue"), true);
        }
    }
}

#[inline]
fn push_bits(out: &mut Vec<u64>, lex: &Lexicon, mut bits: u32, tmpl: u64, cue: bool) {
    while bits != 0 {
        let bit = bits.trailing_zeros() as usize;
        bits &= bits - 1;
        let class = if cue {
            lex.cue_class(bit)
        } else {
            lex.gaz_class(bit)
        };
        out.push(mix(tmpl, class));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_flags() {
        let lex = Lexicon::default();
        let mut buf = String::new();
        let a = token_info("Jakarta", &mut buf, &lex);
        let b = token_info("Surabaya", &mut buf, &lex);
        assert_eq!(a.shape, b.shape);
        assert_eq!(a.flags & FLAG_TITLE, FLAG_TITLE);
        let c = token_info("TNI", &mut buf, &lex);
        assert_eq!(c.flags & FLAG_ALLCAPS, FLAG_ALLCAPS);
        let d = token_info("2023", &mut buf, &lex);
        assert_ne!(d.flags & FLAG_DIGIT, 0);
        // Odd input does not panic.
        for t in ["", "É", "ß", "—", "a", "İstanbul"] {
            token_info(t, &mut buf, &lex);
        }
    }

    #[test]
    fn features_are_deterministic_and_windowed() {
        let lex = Lexicon::default();
        let s = SentenceInfo::new(&["Presiden", "Joko", "Widodo", "tiba"], &lex);
        let mut a = Vec::new();
        let mut b = Vec::new();
        s.features(1, &lex, &mut a);
        s.features(1, &lex, &mut b);
        assert_eq!(a, b);
        s.features(2, &lex, &mut b);
        assert_ne!(a, b);
    }

    #[test]
    fn capitalised_runs_cover_whole_names() {
        let lex = Lexicon::default();
        let toks = [
            "Rektor",
            "Universitas",
            "Gadjah",
            "Mada",
            ",",
            "Ova",
            "Emilia",
            ",",
            "hadir",
        ];
        let s = SentenceInfo::new(&toks, &lex);
        assert_eq!(s.runs[0], (0, 4));
        assert_eq!(s.runs[3], (0, 4));
        assert_eq!(s.runs[4], (0, 0));
        assert_eq!(s.runs[6], (5, 7));
        assert_eq!(s.runs[8], (0, 0));
        // Inside a run every token sees the run's first word, so `Mada`
        // gets a feature `Emilia` does not.
        let (mut a, mut b) = (Vec::new(), Vec::new());
        s.features(3, &lex, &mut a);
        s.features(6, &lex, &mut b);
        let first = mix(tpl!("run_first"), hash_str("rektor"));
        assert!(a.contains(&first) && !b.contains(&first));
    }

    #[test]
    fn words_of_one_cluster_share_cluster_features() {
        let shared = |lex: &Lexicon| {
            let mut buf = String::new();
            let (mut a, mut b) = (Vec::new(), Vec::new());
            single_token_features(&token_info("Sleman", &mut buf, lex), 0, lex, &mut a);
            single_token_features(&token_info("Bantul", &mut buf, lex), 0, lex, &mut b);
            a.iter().filter(|f| b.contains(f)).count()
        };
        let with = |table: &str| {
            let mut lex = Lexicon::default();
            lex.add_clusters(table, "k").unwrap();
            lex
        };
        let same = with("sleman\t4\t40\t400\nbantul\t4\t40\t400\n");
        let apart = with("sleman\t4\t40\t400\nbantul\t5\t50\t500\n");
        // Three levels plus the middle level with the shape.
        assert_eq!(shared(&same), shared(&apart) + 4);
    }

    #[test]
    fn features_are_the_single_token_ones_plus_the_context() {
        let lex = Lexicon::default();
        let s = SentenceInfo::new(&["Menteri", "Sri", "Mulyani", "hadir"], &lex);
        let mut all = Vec::new();
        s.features(1, &lex, &mut all);
        let mut parts = Vec::new();
        for offset in -2..=2 {
            single_token_features(s.at(1 + offset), offset, &lex, &mut parts);
        }
        s.context_features(1, &lex, &mut parts);
        assert_eq!(all, parts);
    }
}
