//! Word lists the tagger's features consult: cue words and affixes
//! (`ner.cues.tsv`) and gazetteers of names (`ner.gaz-*.tsv`).
//!
//! Each list entry belongs to a *class* (`title`, `org_keyword`, `country`,
//! `first_name`, ...). A token gets one bit per class it matches; the feature
//! extractor turns the bits into features keyed by the class *name*, so a
//! linguist may add entries or new classes without touching Rust. The model
//! learns how much to trust each class: after adding a class, retrain
//! (`scripts/train_ner.sh`) so it gets a weight.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use warta_core::{LanguageResources, ResourceError, resources::data_lines};

use crate::hash::{hash_str, mix};

/// Cue list file in a language pack.
pub const CUES_FILE: &str = "ner.cues.tsv";

/// Gazetteer files in a language pack (each optional).
pub const GAZETTEER_FILES: &[&str] = &[
    "ner.gaz-countries.tsv",
    "ner.gaz-geonames.tsv",
    "ner.gaz-regions.tsv",
    "ner.gaz-names.tsv",
    "ner.gaz-people.tsv",
    "ner.gaz-wordclass.tsv",
];

/// Word cluster table in a language pack (optional): `word<TAB>id<TAB>id...`,
/// one cluster id per granularity, coarse to fine.
pub const CLUSTERS_FILE: &str = "ner.clusters.tsv";

/// Cluster granularities a word carries (columns after the word).
pub const CLUSTER_LEVELS: usize = 3;

/// Cluster id of a word the table does not list.
pub const NO_CLUSTER: u16 = u16::MAX;

/// Longest gazetteer phrase, in tokens; longer entries are ignored.
pub const MAX_PHRASE_TOKENS: usize = 6;

/// At most this many classes per list kind (cues, gazetteer): one bit each.
const MAX_CLASSES: usize = 32;

/// Keys of the lexicon maps are already well-mixed 64-bit hashes, so the
/// map uses them as they are instead of hashing them again.
#[derive(Debug, Default, Clone, Copy)]
pub struct PassThroughHasher(u64);

impl Hasher for PassThroughHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is used by `u64` keys; fold anything else in.
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type HashMap64<V> = HashMap<u64, V, BuildHasherDefault<PassThroughHasher>>;

/// How a cue entry matches a lower-cased token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CueMatch {
    Word,
    Prefix,
    Suffix,
}

/// Cue words and gazetteers, with class names interned to bit positions.
#[derive(Debug, Default, Clone)]
pub struct Lexicon {
    /// Hash of each cue class name, by bit.
    cue_classes: Vec<u64>,
    /// Lower-cased cue word hash -> class bits.
    cue_words: HashMap64<u32>,
    /// (affix, class bit) for prefix cues.
    cue_prefixes: Vec<(String, u32)>,
    /// (affix, class bit) for suffix cues.
    cue_suffixes: Vec<(String, u32)>,
    /// Hash of each gazetteer class name, by bit.
    gaz_classes: Vec<u64>,
    /// Phrase hash (see [`phrase_step`]) -> class bits.
    gaz_phrases: HashMap64<u32>,
    /// Every proper prefix of a phrase, so matching stops early.
    gaz_prefixes: HashMap64<()>,
    /// Lower-cased word hash -> cluster id per granularity.
    clusters: HashMap64<[u16; CLUSTER_LEVELS]>,
}

/// The gazetteer facts of a one-token phrase ([`Lexicon::gaz_start`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GazStart {
    /// Class bits of the token as a whole phrase (0 = not listed).
    pub bits: u32,
    /// True when some longer listed phrase starts with this token.
    pub prefix: bool,
}

/// Extends a phrase hash by one lower-cased token hash.
#[inline]
pub fn phrase_step(phrase: u64, token: u64) -> u64 {
    mix(phrase ^ 0x5bd1_e995, token)
}

fn class_bit(
    classes: &mut Vec<u64>,
    name: &str,
    path: &str,
    line: usize,
) -> Result<u32, ResourceError> {
    let h = hash_str(name);
    if let Some(i) = classes.iter().position(|&c| c == h) {
        return Ok(1 << i);
    }
    if classes.len() == MAX_CLASSES {
        return Err(ResourceError::Malformed {
            path: path.to_string(),
            line,
            message: format!("more than {MAX_CLASSES} classes; merge some classes"),
        });
    }
    classes.push(h);
    Ok(1 << (classes.len() - 1))
}

impl Lexicon {
    /// Reads the cue list and gazetteers of `pack`; missing files are empty.
    pub fn load(pack: &dyn LanguageResources) -> Result<Self, ResourceError> {
        let mut lex = Lexicon::default();
        if pack.file(CUES_FILE).is_some() {
            let text = pack.text(CUES_FILE)?;
            lex.add_cues(&text, CUES_FILE)?;
        }
        for name in GAZETTEER_FILES {
            if pack.file(name).is_some() {
                let text = pack.text(name)?;
                lex.add_gazetteer(&text, name)?;
            }
        }
        if pack.file(CLUSTERS_FILE).is_some() {
            let text = pack.text(CLUSTERS_FILE)?;
            lex.add_clusters(&text, CLUSTERS_FILE)?;
        }
        Ok(lex)
    }

    /// Adds cluster lines `word<TAB>id<TAB>id<TAB>id` (ids coarse to fine,
    /// each below 65535). The word is matched lower-cased.
    pub fn add_clusters(&mut self, text: &str, path: &str) -> Result<(), ResourceError> {
        for (line, l) in data_lines(text) {
            let mut cols = l.split('\t');
            let word = cols.next().unwrap_or("").trim().to_lowercase();
            let mut ids = [NO_CLUSTER; CLUSTER_LEVELS];
            let mut n = 0;
            for c in cols {
                let id = c.trim().parse::<u16>().ok().filter(|&id| id != NO_CLUSTER);
                match (id, ids.get_mut(n)) {
                    (Some(id), Some(slot)) => *slot = id,
                    _ => {
                        n = usize::MAX;
                        break;
                    }
                }
                n += 1;
            }
            if word.is_empty() || n != CLUSTER_LEVELS {
                return Err(ResourceError::Malformed {
                    path: path.to_string(),
                    line,
                    message: format!(
                        "expected a word and {CLUSTER_LEVELS} cluster ids (0-65534), tab-separated"
                    ),
                });
            }
            self.clusters.insert(hash_str(&word), ids);
        }
        Ok(())
    }

    /// Cluster ids of the lower-cased word whose hash is `lower_hash`
    /// ([`NO_CLUSTER`] at every level when the table does not list it).
    #[inline]
    pub fn clusters(&self, lower_hash: u64) -> [u16; CLUSTER_LEVELS] {
        self.clusters
            .get(&lower_hash)
            .copied()
            .unwrap_or([NO_CLUSTER; CLUSTER_LEVELS])
    }

    /// Adds cue lines `class<TAB>word|prefix|suffix<TAB>text`.
    pub fn add_cues(&mut self, text: &str, path: &str) -> Result<(), ResourceError> {
        for (line, l) in data_lines(text) {
            let cols: Vec<&str> = l.split('\t').map(str::trim).collect();
            let malformed = |message: &str| ResourceError::Malformed {
                path: path.to_string(),
                line,
                message: message.to_string(),
            };
            if cols.len() != 3 || cols.iter().any(|c| c.is_empty()) {
                return Err(malformed(
                    "expected 3 tab-separated columns: class, match (word|prefix|suffix), text",
                ));
            }
            let how = match cols[1] {
                "word" => CueMatch::Word,
                "prefix" => CueMatch::Prefix,
                "suffix" => CueMatch::Suffix,
                _ => {
                    return Err(malformed(
                        "match column must be `word`, `prefix` or `suffix`",
                    ));
                }
            };
            let bit = class_bit(&mut self.cue_classes, cols[0], path, line)?;
            let entry = cols[2].to_lowercase();
            match how {
                CueMatch::Word => *self.cue_words.entry(hash_str(&entry)).or_default() |= bit,
                CueMatch::Prefix => self.cue_prefixes.push((entry, bit)),
                CueMatch::Suffix => self.cue_suffixes.push((entry, bit)),
            }
        }
        Ok(())
    }

    /// Adds gazetteer lines `class<TAB>phrase` (phrase tokens separated by spaces).
    pub fn add_gazetteer(&mut self, text: &str, path: &str) -> Result<(), ResourceError> {
        for (line, l) in data_lines(text) {
            let Some((class, phrase)) = l.split_once('\t') else {
                return Err(ResourceError::Malformed {
                    path: path.to_string(),
                    line,
                    message: "expected `class<TAB>phrase`".into(),
                });
            };
            let bit = class_bit(&mut self.gaz_classes, class.trim(), path, line)?;
            let lower = phrase.trim().to_lowercase();
            let tokens: Vec<&str> = lower.split_whitespace().collect();
            if tokens.is_empty() || tokens.len() > MAX_PHRASE_TOKENS {
                continue;
            }
            let mut h = 0u64;
            for (i, t) in tokens.iter().enumerate() {
                h = phrase_step(h, hash_str(t));
                if i + 1 < tokens.len() {
                    self.gaz_prefixes.insert(h, ());
                }
            }
            *self.gaz_phrases.entry(h).or_default() |= bit;
        }
        Ok(())
    }

    /// Cue class bits of a lower-cased token whose hash is `lower_hash`.
    pub fn cue_bits(&self, lower: &str, lower_hash: u64) -> u32 {
        let mut bits = self.cue_words.get(&lower_hash).copied().unwrap_or(0);
        // Affix cues only fire on words clearly longer than the affix, so a
        // bare `di` is not mistaken for the passive prefix.
        for (affix, bit) in &self.cue_prefixes {
            if lower.len() >= affix.len() + 3 && lower.starts_with(affix.as_str()) {
                bits |= bit;
            }
        }
        for (affix, bit) in &self.cue_suffixes {
            if lower.len() >= affix.len() + 3 && lower.ends_with(affix.as_str()) {
                bits |= bit;
            }
        }
        bits
    }

    /// Hash of the name of cue class `bit` (0-based).
    pub fn cue_class(&self, bit: usize) -> u64 {
        self.cue_classes[bit]
    }

    /// Hash of the name of gazetteer class `bit` (0-based).
    pub fn gaz_class(&self, bit: usize) -> u64 {
        self.gaz_classes[bit]
    }

    /// What the gazetteers say about the one-token phrase `lower_hash`
    /// (a lower-cased token hash): its classes and whether longer phrases
    /// start with it. It depends on the word form alone, so the tagger
    /// computes it once per form ([`crate::features::TokenInfo`]) and
    /// [`Lexicon::match_gazetteers_from`] probes the maps only past it.
    pub fn gaz_start(&self, lower_hash: u64) -> GazStart {
        let h = phrase_step(0, lower_hash);
        GazStart {
            bits: self.gaz_phrases.get(&h).copied().unwrap_or(0),
            prefix: self.gaz_prefixes.contains_key(&h),
        }
    }

    /// Marks gazetteer matches over a sentence given each token's lower-case
    /// hash: `begin[i]`/`inside[i]` receive the class bits of every phrase
    /// starting at / continuing through token `i`.
    pub fn match_gazetteers(&self, lower_hashes: &[u64], begin: &mut [u32], inside: &mut [u32]) {
        if self.gaz_phrases.is_empty() {
            return;
        }
        let starts: Vec<GazStart> = lower_hashes.iter().map(|&h| self.gaz_start(h)).collect();
        self.match_gazetteers_from(lower_hashes, &starts, begin, inside);
    }

    /// [`Lexicon::match_gazetteers`] given each token's [`Lexicon::gaz_start`]
    /// (`starts`, parallel to `lower_hashes`): the same matches, with no map
    /// probe for tokens no longer phrase starts with.
    pub fn match_gazetteers_from(
        &self,
        lower_hashes: &[u64],
        starts: &[GazStart],
        begin: &mut [u32],
        inside: &mut [u32],
    ) {
        if self.gaz_phrases.is_empty() {
            return;
        }
        for (start, first) in starts.iter().enumerate().take(lower_hashes.len()) {
            // The one-token phrase has no inside tokens.
            begin[start] |= first.bits;
            if !first.prefix {
                continue;
            }
            let mut h = phrase_step(0, lower_hashes[start]);
            let end_max = (start + MAX_PHRASE_TOKENS).min(lower_hashes.len());
            for end in start + 1..end_max {
                h = phrase_step(h, lower_hashes[end]);
                if let Some(&bits) = self.gaz_phrases.get(&h) {
                    begin[start] |= bits;
                    for slot in &mut inside[start + 1..=end] {
                        *slot |= bits;
                    }
                }
                if !self.gaz_prefixes.contains_key(&h) {
                    break;
                }
            }
        }
    }

    /// Number of gazetteer phrases (for reports).
    pub fn gazetteer_len(&self) -> usize {
        self.gaz_phrases.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_and_gazetteer_match() {
        let mut lex = Lexicon::default();
        lex.add_cues(
            "# class\tmatch\ttext\ntitle\tword\tPresiden\nverb\tprefix\tmeng\n",
            "c",
        )
        .unwrap();
        lex.add_gazetteer("country\tAmerika Serikat\ncity\tJakarta\n", "g")
            .unwrap();
        assert_eq!(lex.cue_bits("presiden", hash_str("presiden")), 1);
        assert_eq!(lex.cue_bits("mengatakan", hash_str("mengatakan")), 2);
        assert_eq!(lex.cue_bits("meng", hash_str("meng")), 0);
        let toks = ["ke", "amerika", "serikat", "dan", "jakarta"];
        let hashes: Vec<u64> = toks.iter().map(|t| hash_str(t)).collect();
        let mut b = vec![0; 5];
        let mut i = vec![0; 5];
        lex.match_gazetteers(&hashes, &mut b, &mut i);
        assert_eq!(b, vec![0, 1, 0, 0, 2]);
        assert_eq!(i, vec![0, 0, 1, 0, 0]);
    }

    /// The matcher as first written: every start probes the maps from the
    /// first token on. `match_gazetteers_from` must give the same bits.
    fn probe_every_start(lex: &Lexicon, hashes: &[u64], begin: &mut [u32], inside: &mut [u32]) {
        for start in 0..hashes.len() {
            let mut h = 0u64;
            for end in start..(start + MAX_PHRASE_TOKENS).min(hashes.len()) {
                h = phrase_step(h, hashes[end]);
                if let Some(&bits) = lex.gaz_phrases.get(&h) {
                    begin[start] |= bits;
                    for slot in &mut inside[start + 1..=end] {
                        *slot |= bits;
                    }
                }
                if !lex.gaz_prefixes.contains_key(&h) {
                    break;
                }
            }
        }
    }

    #[test]
    fn cached_phrase_starts_match_like_full_probing() {
        let mut lex = Lexicon::default();
        lex.add_gazetteer(
            "city\tKota Bogor\ncity\tBogor\nregion\tJawa Barat\nregion\tKota\n\
             org\tBank Rakyat Indonesia\ncountry\tIndonesia\n",
            "g",
        )
        .unwrap();
        let sentences = [
            "bank rakyat indonesia di kota bogor jawa barat",
            "kota kota bogor bank rakyat",
            "indonesia",
            "jawa",
            "",
        ];
        for s in sentences {
            let hashes: Vec<u64> = s.split_whitespace().map(hash_str).collect();
            let n = hashes.len();
            let (mut b1, mut i1, mut b2, mut i2) = (vec![0; n], vec![0; n], vec![0; n], vec![0; n]);
            lex.match_gazetteers(&hashes, &mut b1, &mut i1);
            probe_every_start(&lex, &hashes, &mut b2, &mut i2);
            assert_eq!((b1, i1), (b2, i2), "{s}");
        }
    }

    #[test]
    fn clusters_load_and_reject_bad_lines() {
        let mut lex = Lexicon::default();
        lex.add_clusters("# word\tids\nJakarta\t1\t20\t300\n", "c")
            .unwrap();
        assert_eq!(lex.clusters(hash_str("jakarta")), [1, 20, 300]);
        assert_eq!(lex.clusters(hash_str("bandung")), [NO_CLUSTER; 3]);
        for bad in [
            "kota\t1\t2\n",
            "kota\t1\t2\t3\t4\n",
            "kota\t1\tx\t3\n",
            "\t1\t2\t3\n",
        ] {
            let err = lex.add_clusters(bad, "ner.clusters.tsv").unwrap_err();
            assert!(err.to_string().contains("line 1"), "{bad:?}: {err}");
        }
    }

    #[test]
    fn malformed_cue_line_names_the_line() {
        let mut lex = Lexicon::default();
        let err = lex
            .add_cues("title\tbogus\tx\n", "ner.cues.tsv")
            .unwrap_err();
        assert!(err.to_string().contains("line 1"), "{err}");
    }
}
