#!/usr/bin/env python3
"""Which frequent Indonesian news verbs and event nouns the event dictionary does not cover.

usage: python3 scripts/id_verb_coverage.py [--top N] [--nouns] [--all] [--phrases]
                                           [--corpus NAME ...] [CORPUS]

Reads Indonesian news corpora from ../shared/data/id (training splits only;
never a dev/valid/test split, never news-dev):
  kumparan  pos/kumparan_postag.txt: `token<TAB>tag`, tags VB/NN (MIT, nlp-id)
  idner     ner/idner-news-2k/train.txt: `token UPOS IOB` (MIT)
  nergrit   ner/nergrit/train_preprocess.txt: `token<TAB>IOB`, no POS (IndoNLU)
  ugm       ner/ugm/data_train.txt: one sentence a line, inline tags (MIT)
  ud        ud/UD_Indonesian-*/*train*.conllu: UPOS column (CC BY-SA)
(default: all of them; a positional CORPUS is read as kumparan format).

Verbs are the words tagged VB/VERB; in a corpus without POS, the words whose
analysis has a verbal prefix (meN-, di-, ber-, ter-, memper-, diper-). Each
is reduced to the key the event coder matches on: root + prefix class +
suffix class, read from data/lang/id/events_morphology.tsv and
data/lang/id/events_roots.txt the way crates/warta-events/src/morphology.rs
analyses a dictionary head. A passive prefix is folded into its active class
(`disita` -> meN + sita), because an active `meN-` head also finds its `di-`
passive; a suffixed form with no prefix (`kunjungi`, `pastikan`: imperatives,
and in kumparan many tokens whose prefix was stripped, `lakui`) is counted
under the meN- verb.

With --nouns, event nouns are listed too: nouns (any word, in a corpus
without POS) built with peN-an, per-an, ke-an or plain -an (`serangan`,
`kecaman`), and plain nouns (`razia`, `sanksi`, `demo`) when they stand right
after a light verb of data/lang/id/events_syntax.tsv or a cue word below
(`menggelar razia`, `aksi mogok`, `terjadi bentrok`).

Prints, most frequent first, the keys that no row of
data/lang/id/events_predicates.tsv has as its head (with --phrases also the
keys whose rows are all multi-word phrases, marked `~`; with --all every
key, broad heads marked `+`), with kind (V verb, N noun), the count, the
surface forms seen, how many rows have the root under another affix
(`root:`), how many rows use the word inside a longer pattern (`inpat`) and
one example context with its corpus. The output is for the developer's
screen: it quotes corpus text, so do not commit it. Stdlib only.
"""
import argparse
import collections
import glob
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANG = os.path.join(ROOT, "data", "lang", "id")
SHARED = os.path.join(ROOT, "..", "shared", "data", "id")
DEFAULT_CORPUS = os.path.join(SHARED, "pos", "kumparan_postag.txt")


def read_rows(path):
    """Non-comment, non-blank lines of a TSV file, split on tabs."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                yield [c.strip() for c in line.split("\t")]


class Morphology:
    """Mirror of morphology.rs: prefix/suffix tables plus the root list."""

    def __init__(self):
        self.prefixes = []  # (class, surface, initials list ([] = any), drop)
        self.suffixes = []  # (class, surface)
        self.passive = {}  # active class -> passive class
        self.combine = {}  # prefix class -> suffix classes it takes ("" = none)
        for cols in read_rows(os.path.join(LANG, "events_morphology.tsv")):
            cols += ["-"] * (5 - len(cols))
            kind, cls, surface, initials, drop = cols[:5]
            if kind == "prefix":
                inits = [] if initials in ("*", "-") else [i.strip() for i in initials.split(",")]
                self.prefixes.append((cls, surface, inits, drop == "yes"))
            elif kind == "suffix":
                self.suffixes.append((cls, surface))
            elif kind == "passive":
                self.passive[cls] = surface
            elif kind == "combine":
                self.combine.setdefault(cls, set()).update(
                    "" if x.strip() == "-" else x.strip() for x in surface.split(","))
        self.active = {v: k for k, v in self.passive.items()}
        self.roots = set()
        for name in ("events_roots.txt", "events_roots_extra.txt"):
            path = os.path.join(LANG, name)
            if os.path.exists(path):
                for cols in read_rows(path):
                    self.roots.add(cols[0].lower())
        self.head_roots = {}  # dictionary head -> root (hand-written exceptions)
        path = os.path.join(LANG, "events_head_roots.tsv")
        if os.path.exists(path):
            for cols in read_rows(path):
                self.head_roots[cols[0].lower()] = cols[1].lower()
        self.cache = {}
        # Suffixed forms without a prefix counted under the meN- verb.
        self.bare_as_meN = {"i", "kan"}

    def _forms(self, root):
        """Every (word, prefix class, suffix class) built on `root`."""
        out = []
        for p in [None] + self.prefixes:
            for s in [None] + self.suffixes:
                if p and p[0] in self.combine and (s[0] if s else "") not in self.combine[p[0]]:
                    continue
                w = root + (s[1] if s else "")
                if p:
                    cls, surface, inits, drop = p
                    if inits:
                        init = next((i for i in inits if w.startswith(i)), None)
                        if init is None:
                            continue
                        w = surface + (w[len(init):] if drop else w)
                    else:
                        w = surface + w
                out.append((w, p[0] if p else "", s[0] if s else ""))
        return out

    def readings(self, word):
        """Every (root, prefix class, suffix class) building `word` from a listed root."""
        cands = [word]
        for cls, surface, inits, _ in self.prefixes:
            if word.startswith(surface):
                rest = word[len(surface):]
                cands.append(rest)
                cands += [i + rest for i in inits]
        roots = set()
        for c in cands:
            roots.add(c)
            roots.update(c[: -len(s)] for _, s in self.suffixes if c.endswith(s))
        return sorted({(r, p, s) for r in roots if r in self.roots
                       for w, p, s in self._forms(r) if w == word})

    def _specific(self, root, p, s, word):
        """Whether a prefix row of class `p` with specific initials builds `word`."""
        if not p:
            return True
        for cls, surface, inits, drop in self.prefixes:
            if cls != p or not inits:
                continue
            stems = [root + sf for c, sf in self.suffixes if c == s] if s else [root]
            for w in stems:
                init = next((i for i in inits if w.startswith(i)), None)
                if init is not None and surface + (w[len(init):] if drop else w) == word:
                    return True
        return False

    def rank(self, reading, word):
        """Preference of a reading, as in morphology.rs analyse_head."""
        r, p, s = reading
        return (self._specific(r, p, s, word), r in word, len(r))

    def analyse(self, word):
        """(root, prefix class, suffix class), like analyse_head in morphology.rs."""
        if word in self.cache:
            return self.cache[word]
        best = (word, "", "")
        root = self.head_roots.get(word)
        if root is not None:
            found = next(((root, p, s) for w, p, s in self._forms(root) if w == word), None)
            if root == word or found:
                best = found if root != word else best
                self.cache[word] = best
                return best
        if word not in self.roots:
            rs = self.readings(word)
            if rs:
                best = max(rs, key=lambda x: self.rank(x, word))
        self.cache[word] = best
        return best

    def key(self, word):
        """Matching key: passive prefix folded into its active class."""
        root, p, s = self.analyse(word)
        if not p and s in self.bare_as_meN:
            # `kunjungi`, `pastikan`: bare imperative (and, in this corpus,
            # many prefix-stripped tokens) of the meN- verb.
            p = "meN"
        return (root, self.active.get(p, p), s)


def show(key):
    root, p, s = key
    return f"{p + '-' if p else ''}{root}{'-' + s if s else ''}"


# Words after which a plain noun names an event, besides the light verbs of
# events_syntax.tsv: `aksi mogok`, `terjadi bentrok`, `menjatuhkan sanksi`.
EXTRA_NOUN_CUES = {"aksi", "terjadi", "menjatuhkan", "dijatuhkan", "dijatuhi", "mengenakan",
                   "dikenakan", "memberlakukan", "diberlakukan", "berupa", "dilakukan", "digelar"}
VERB_PREFIXES = {"meN", "di", "ber", "ter", "memper", "diper"}
NOUN_SHAPES = {("peN", "an"), ("per", "an"), ("ke", "an"), ("", "an")}


def read_kumparan(path):
    """Sentences of `token<TAB>tag` lines; VB -> V, NN -> N, other tags -> X."""
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in list(f) + [""]:
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) == 2:
                tag = {"VB": "V", "NN": "N"}.get(cols[1], "X")
                sent.append((cols[0], tag))
                continue
            if sent:
                yield sent
            sent = []


def read_idner(path):
    """Sentences of `token UPOS IOB` lines (CRLF)."""
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in list(f) + [""]:
            cols = line.split()
            if len(cols) == 3:
                sent.append((cols[0], {"VERB": "V", "NOUN": "N"}.get(cols[1], "X")))
                continue
            if sent:
                yield sent
            sent = []


def read_nergrit(path):
    """Sentences of `token<TAB>IOB` lines, no POS (tag None)."""
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in list(f) + [""]:
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) == 2:
                sent.append((cols[0], None if cols[1] == "O" else "X"))
                continue
            if sent:
                yield sent
            sent = []


def read_ugm(path):
    """One sentence a line with inline <TYPE>..</TYPE> tags; names tagged X."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            sent = []
            for m in re.finditer(r"<(\w+)>(.*?)</\1>|(\w[\w-]*|[^\w\s])", line):
                if m.group(2) is not None:
                    sent += [(t, "X") for t in m.group(2).split()]
                else:
                    sent.append((m.group(3), None))
            if sent:
                yield sent


def read_conllu(path):
    """CoNLL-U words (multiword token lines skipped); UPOS VERB -> V, NOUN -> N."""
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in list(f) + [""]:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 10:
                if cols[0].isdigit():
                    sent.append((cols[1], {"VERB": "V", "NOUN": "N"}.get(cols[3], "X")))
                continue
            if sent:
                yield sent
            sent = []


def corpora(names):
    """(name, sentence iterator) for each corpus asked for that exists."""
    table = {
        "kumparan": [(read_kumparan, DEFAULT_CORPUS)],
        "idner": [(read_idner, os.path.join(SHARED, "ner", "idner-news-2k", "train.txt"))],
        "nergrit": [(read_nergrit, os.path.join(SHARED, "ner", "nergrit", "train_preprocess.txt"))],
        "ugm": [(read_ugm, os.path.join(SHARED, "ner", "ugm", "data_train.txt"))],
        "ud": [(read_conllu, p) for p in sorted(glob.glob(os.path.join(SHARED, "ud", "UD_Indonesian-*", "*train*.conllu")))],
    }
    for name in names:
        for reader, path in table.get(name, []):
            if os.path.exists(path):
                yield name, reader(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", help="a kumparan-format file instead of --corpus")
    ap.add_argument("--corpus", dest="names", action="append",
                    help="kumparan, idner, nergrit, ugm, ud (repeatable; default all)")
    ap.add_argument("--top", type=int, default=300, help="rows to print per kind (default 300)")
    ap.add_argument("--nouns", action="store_true", help="also list event nouns")
    ap.add_argument("--all", action="store_true", help="list covered keys too (marked +)")
    ap.add_argument("--phrases", action="store_true",
                    help="also list keys covered only by multi-word patterns (marked ~)")
    args = ap.parse_args()

    m = Morphology()
    broad, phrase_only, lemmas, in_pattern = set(), set(), collections.Counter(), collections.Counter()
    for cols in read_rows(os.path.join(LANG, "events_predicates.tsv")):
        if len(cols) < 2:
            continue
        words = [w for w in cols[1].lower().split() if w != "*"]
        k = m.key(words[0])
        (broad if len(words) == 1 else phrase_only).add(k)
        lemmas[k[0]] += 1
        for w in words[1:]:
            in_pattern[w] += 1
    phrase_only -= broad
    cues = {c[1].lower() for c in read_rows(os.path.join(LANG, "events_syntax.tsv"))
            if len(c) > 1 and c[0] == "light_verb"} | EXTRA_NOUN_CUES
    function = {c[0].lower() for c in read_rows(os.path.join(LANG, "function_words.txt"))}

    counts = collections.Counter()
    surfaces = collections.defaultdict(collections.Counter)
    example = {}
    sources = [("file", read_kumparan(args.corpus))] if args.corpus else corpora(
        args.names or ["kumparan", "idner", "nergrit", "ugm", "ud"])
    for name, sentences in sources:
        for sent in sentences:
            for i, (tok, tag) in enumerate(sent):
                w = tok.lower()
                if not w.isalpha() or len(w) < 3 or tag == "X":
                    continue
                k = m.key(w)
                raw_prefix = m.analyse(w)[1]
                if tag == "V" or (tag is None and raw_prefix in VERB_PREFIXES):
                    kind = "V"
                elif not args.nouns or w in function:
                    continue
                elif (k[1], k[2]) in NOUN_SHAPES and tag in ("N", None):
                    kind = "N"
                elif tag in ("N", None) and not k[1] and not k[2] and i > 0 and sent[i - 1][0].lower() in cues:
                    kind = "N"
                else:
                    continue
                counts[(kind, k)] += 1
                surfaces[(kind, k)][w] += 1
                if (kind, k) not in example:
                    lo, hi = max(0, i - 6), min(len(sent), i + 7)
                    example[(kind, k)] = f"[{name}] " + " ".join(t for t, _ in sent[lo:hi])

    def mark(k):
        return "+" if k in broad else "~" if k in phrase_only else ""

    for kind in ("V", "N") if args.nouns else ("V",):
        keys = [(c, k) for (kd, k), c in counts.items() if kd == kind]
        total = sum(c for c, _ in keys)
        have = sum(c for c, k in keys if k in broad or k in phrase_only)
        print(f"# {kind}: {total} tokens, {len(keys)} keys; {have} tokens "
              f"({100 * have / max(total, 1):.1f}%) have a dictionary head")
        print("# rank\tcount\tkind\tkey\tforms\troot:\tinpat\texample")
        n = 0
        for c, k in sorted(keys, key=lambda x: (-x[0], x[1])):
            mk = mark(k)
            if not args.all and (mk == "+" or (mk == "~" and not args.phrases)):
                continue
            n += 1
            if n > args.top:
                break
            forms = ",".join(w for w, _ in surfaces[(kind, k)].most_common(3))
            print(f"{n}\t{c}\t{kind}\t{mk}{show(k)}\t{forms}\t{lemmas[k[0]] or ''}\t"
                  f"{in_pattern[forms.split(',')[0]] or ''}\t{example[(kind, k)]}")


if __name__ == "__main__":
    main()
