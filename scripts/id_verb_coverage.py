#!/usr/bin/env python3
"""Which frequent Indonesian news verbs the event dictionary does not cover.

usage: python3 scripts/id_verb_coverage.py [--top N] [--nouns] [--all] [CORPUS]

Reads the kumparan POS-tagged news corpus (default
../shared/data/id/pos/kumparan_postag.txt: one `token<TAB>tag` per line,
blank line between sentences, `-nya` split off; MIT, nlp-id), counts the
words tagged VB (with --nouns also NN words built with peN-an, per-an or
ke-an, the event-noun shapes) and reduces each to the key the event coder
matches on: root + prefix class + suffix class, read from
data/lang/id/events_morphology.tsv and data/lang/id/events_roots.txt the way
crates/warta-events/src/morphology.rs analyses a dictionary head. A passive
prefix is folded into its active class (`disita` -> meN + sita), because an
active `meN-` head also finds its `di-` passive; a suffixed form with no
prefix (`kunjungi`, `pastikan`: imperatives, and in this corpus many tokens
whose prefix was stripped, `lakui`) is counted under the meN- verb.

Prints, most frequent first, the keys that no row of
data/lang/id/events_predicates.tsv has as its head (with --all, every key,
covered ones marked `+`), with the count, the surface forms seen, whether
the root has rows under another affix (`root:` column) and one example
context. The output is for the developer's screen: it quotes corpus text,
so do not commit it. Stdlib only.
"""
import argparse
import collections
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANG = os.path.join(ROOT, "data", "lang", "id")
DEFAULT_CORPUS = os.path.join(ROOT, "..", "shared", "data", "id", "pos", "kumparan_postag.txt")


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


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS)
    ap.add_argument("--top", type=int, default=300, help="rows to print (default 300)")
    ap.add_argument("--nouns", action="store_true", help="also count peN-an/per-an/ke-an nouns")
    ap.add_argument("--all", action="store_true", help="list covered keys too (marked +)")
    args = ap.parse_args()

    m = Morphology()
    covered = set()
    lemmas = collections.Counter()
    for cols in read_rows(os.path.join(LANG, "events_predicates.tsv")):
        if len(cols) < 2:
            continue
        head = cols[1].split()[0].lower()
        k = m.key(head)
        covered.add(k)
        lemmas[k[0]] += 1

    noun_shapes = {("peN", "an"), ("per", "an"), ("ke", "an")}
    counts = collections.Counter()
    surfaces = collections.defaultdict(collections.Counter)
    example = {}
    with open(args.corpus, encoding="utf-8") as f:
        sent = []
        for line in list(f) + [""]:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 2:
                sent.append((cols[0], cols[1]))
                continue
            for i, (tok, tag) in enumerate(sent):
                w = tok.lower()
                if not w.isalpha() or len(w) < 3:
                    continue
                if tag == "VB":
                    k = m.key(w)
                elif args.nouns and tag == "NN":
                    k = m.key(w)
                    if (k[1], k[2]) not in noun_shapes:
                        continue
                else:
                    continue
                counts[k] += 1
                surfaces[k][w] += 1
                if k not in example:
                    lo, hi = max(0, i - 6), min(len(sent), i + 7)
                    example[k] = " ".join(t for t, _ in sent[lo:hi])
            sent = []

    total = sum(counts.values())
    uncovered = sum(c for k, c in counts.items() if k not in covered)
    print(f"# {total} verb tokens, {len(counts)} keys; {total - uncovered} tokens "
          f"({100 * (total - uncovered) / max(total, 1):.1f}%) have a dictionary head")
    print("# rank\tcount\tkey\tforms\troot:\texample")
    n = 0
    for k, c in counts.most_common():
        if k in covered and not args.all:
            continue
        n += 1
        if n > args.top:
            break
        mark = "+" if k in covered else ""
        forms = ",".join(w for w, _ in surfaces[k].most_common(3))
        print(f"{n}\t{c}\t{mark}{show(k)}\t{forms}\t{lemmas[k[0]] or ''}\t{example[k]}")


if __name__ == "__main__":
    main()
