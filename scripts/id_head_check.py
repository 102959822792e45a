#!/usr/bin/env python3
"""Check how the Indonesian morphology analyses every event-dictionary head.

usage: python3 scripts/id_head_check.py [--all] [--words W1,W2,...] [CORPUS]

For each head word of data/lang/id/events_predicates.tsv it computes what
crates/warta-events/src/morphology.rs makes of it (root, prefix class,
suffix class; mirrored by the Morphology class of scripts/id_verb_coverage.py,
which reads the same data files: events_morphology.tsv, events_roots.txt,
events_roots_extra.txt, events_head_roots.tsv) and the forms the coder then
matches in text: the passive (`di-`) and the nominal (`peN-an`, `per-an`,
`ke-an`) forms. It flags the suspicious heads:

  noroot     no reading: the head is its own root and gets no passive or
             nominal forms (add the root to events_roots_extra.txt)
  ambiguous  several readings (meng + usir / meng + k-usir); the chosen one
             is marked `*`, each with the corpus count of its other forms,
             the evidence for which root is right (a wrong choice goes in
             events_head_roots.tsv)
  short      a root of three letters or fewer under a prefix (over-stripped?)
  nopassive  a meN- head whose passive form never occurs in the corpus
             while the active does (often a wrong root)
  collision  two different heads with one root and the same affixes (the
             same key): a text word reaches the entries of both

With --words, analyses the given text words instead (which dictionary head
each reaches, and as what voice). Counts come from the kumparan POS corpus
(default ../shared/data/id/pos/kumparan_postag.txt, MIT, nlp-id); the output
quotes no corpus text, but it is for the developer's screen. Stdlib only.
"""
import argparse
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from id_verb_coverage import DEFAULT_CORPUS, LANG, Morphology, read_rows  # noqa: E402

NOUN_SHAPES = (("peN", "an"), ("per", "an"), ("ke", "an"), ("", "an"))


def corpus_counts(path):
    """Lower-cased token counts of the POS corpus (empty if it is missing)."""
    counts = collections.Counter()
    if not os.path.exists(path):
        return counts
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 2:
                counts[cols[0].lower()] += 1
    return counts


def dictionary():
    """head -> list of (entry id, PLOVER type, flags), in file order."""
    heads = collections.OrderedDict()
    for cols in read_rows(os.path.join(LANG, "events_predicates.tsv")):
        if len(cols) < 8:
            continue
        heads.setdefault(cols[1].split()[0].lower(), []).append((cols[0], cols[2], cols[7]))
    return heads


def evidence(m, counts, reading, word):
    """Corpus count of the other forms a reading builds (its support)."""
    root, p, s = reading
    return sum(counts[w] for w, pp, ss in m._forms(root) if w != word and (pp, ss) != (p, s))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS)
    ap.add_argument("--all", action="store_true", help="print every head, not only suspicious ones")
    ap.add_argument("--words", help="comma-separated text words to trace to dictionary heads")
    args = ap.parse_args()

    m = Morphology()
    counts = corpus_counts(args.corpus)
    heads = dictionary()
    keys = collections.defaultdict(set)  # (root, prefix, suffix) -> heads
    analysed = {}
    for h in heads:
        a = m.analyse(h)
        analysed[h] = a
        keys[a].add(h)

    if args.words:
        by_root = collections.defaultdict(list)
        for h, a in analysed.items():
            by_root[a[0]].append(h)
        for w in args.words.split(","):
            w = w.strip().lower()
            hits = []
            for h in {h for r in {r for r, _, _ in m.readings(w)} | {w} for h in by_root.get(r, [])}:
                root, p, s = analysed[h]
                for form, fp, fs in m._forms(root):
                    if form != w:
                        continue
                    if (fp, fs) == (p, s):
                        hits.append(f"{h} (active)")
                    elif m.passive.get(p) == fp and fs == s:
                        hits.append(f"{h} (passive)")
                    else:
                        hits.append(f"[{h}: same root, {fp or '-'}+{fs or '-'} is no form of it]")
            print(f"{w}\t{counts[w]}\t{'; '.join(sorted(hits)) or 'NO HEAD'}")
        return

    print("# head\tcount\tanalysis\tpassive\tnominal\tflags")
    for h, entries in heads.items():
        root, p, s = a = analysed[h]
        flags = []
        readings = m.readings(h)
        if (root, p, s) == (h, "", "") and h not in m.roots and " " not in h:
            flags.append("noroot")
        if len(readings) > 1:
            ev = ", ".join(
                f"{'*' if r == a else ''}{r[1] or '-'}+{r[0]}+{r[2] or '-'}:{evidence(m, counts, r, h)}"
                for r in readings)
            flags.append(f"ambiguous[{ev}]")
        if p and len(root) <= 3:
            flags.append("short")
        forms = m._forms(root)
        passive = [w for w, fp, fs in forms if p and fp == m.passive.get(p) and fs == s]
        if p == "meN" and counts[h] >= 5 and not any(counts[w] for w in passive):
            flags.append("nopassive")
        nominal = [w for w, fp, fs in forms if (fp, fs) in NOUN_SHAPES and counts[w]]
        if len(keys[a]) > 1:
            flags.append(f"collision[{','.join(sorted(keys[a] - {h}))}]")
        if flags or args.all:
            pas = ",".join(f"{w}:{counts[w]}" for w in passive) or "-"
            nom = ",".join(f"{w}:{counts[w]}" for w in nominal) or "-"
            print(f"{h}\t{counts[h]}\t{p or '-'}+{root}+{s or '-'}\t{pas}\t{nom}\t{' '.join(flags)}")


if __name__ == "__main__":
    main()
