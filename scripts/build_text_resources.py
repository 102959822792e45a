#!/usr/bin/env python3
"""Build warta-text's derived Indonesian segmentation lists in data/lang/id/.

Reads (from ../shared/data, MIT-licensed sources only):
  id/lex/sastrawi-sentence-detector/data/abbreviations.txt  (abbreviations)
  id/lex/sastrawi/kata-dasar.txt                            (root words)
  id/pos/non_clitics.txt                                    (nlp-id: -nya words that are not clitics)
  id/pos/kumparan_postag.txt                                (nlp-id: token frequencies)
  id/lex/sastrawi-sentence-detector/data/tld.txt            (top-level domains)

Writes:
  data/lang/id/abbreviations.txt  abbreviations whose period belongs to the word
  data/lang/id/non_clitics.txt    words whose final -nya/-lah/-kah/-pun/-ku/-mu is not a clitic
  data/text/tlds.txt              top-level domains, so `IPOL.ID` and `detik.com` stay one token

Run from the repository root:  python3 scripts/build_text_resources.py [SHARED_DATA_DIR]
Standard library only. The hand-written files next to the outputs
(titles.txt, clitics.tsv, prefixes.tsv, clitic_hosts.txt) are not touched.
"""

import collections
import os
import sys

SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "shared", "data")
OUT = os.path.join("data", "lang", "id")

# Clitic endings considered by the segmenter (must match clitics.tsv).
CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")

# Words that look like root words ending in a clitic in the Sastrawi list but
# that Universal Dependencies (the tokenization standard we measure against)
# and ordinary grammar analyse as host + clitic: question word + -kah,
# conjunction + -pun. They are kept out of non_clitics.txt so they get split.
# `semuanya`, `antaranya`, `halnya` carry a real pronoun clitic (`di
# antaranya` = among them) and the UD treebanks split them, although nlp-id
# lists them as non-clitics.
ALWAYS_SPLIT = {"apakah", "bukankah", "ataupun", "apapun", "kalaupun", "walaupun", "meskipun",
                "semuanya", "antaranya", "halnya"}

# Conjunctions and adverbs ending in -pun that are single words (the
# Sastrawi root list has some, e.g. `walaupun`, but not all of them).
# `lainnya` (the others) and `umumnya` (pada umumnya) are lexicalised and
# mostly written whole in the UD treebanks.
EXTRA_NON_CLITICS = {"maupun", "adapun", "kendatipun", "biarpun", "sungguhpun",
                     "sekalipun", "lainnya", "umumnya"} - ALWAYS_SPLIT

# Abbreviations kept even though they are frequent tokens in news: their
# period belongs to them (`No. 5`, `PT. Pertamina`, `Telp. 021`).
KEEP_ABBREVIATIONS = {"no", "pt", "cv", "tbk", "telp", "tel", "lt", "hal", "fax"}

# Company-form abbreviations common in Indonesian business news that the
# Sastrawi list lacks (`Pte. Ltd.`, `Co.`).
EXTRA_ABBREVIATIONS = {"pte", "ltd", "inc", "corp", "co", "bhd", "llc", "plc"}

# A word ending in -nya that the kumparan corpus (where clitic -nya is split
# off) writes whole at least this often is taken as a non-clitic word.
KUMPARAN_WHOLE_MIN = 5

# An abbreviation candidate that is also a frequent ordinary token in news
# text (more often than this in the kumparan corpus) is more likely a word
# than an abbreviation when it is followed by a period.
FREQUENT_WORD = 30


def read_words(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def main():
    roots = set(w.lower() for w in read_words(os.path.join(SHARED, "id/lex/sastrawi/kata-dasar.txt")))
    freq = collections.Counter()
    capitalized = collections.Counter()
    with open(os.path.join(SHARED, "id/pos/kumparan_postag.txt"), encoding="utf-8") as f:
        for line in f:
            raw = line.split("\t", 1)[0].strip()
            tok = raw.lower()
            if tok:
                freq[tok] += 1
                if raw[:1].isupper():
                    capitalized[tok] += 1

    abbrevs = set()
    for a in read_words(os.path.join(SHARED, "id/lex/sastrawi-sentence-detector/data/abbreviations.txt")):
        a = a.lower().rstrip(".")
        if not a:
            continue
        if a not in KEEP_ABBREVIATIONS and "." not in a and (a in roots or freq[a] > FREQUENT_WORD):
            continue
        abbrevs.add(a)
    abbrevs |= EXTRA_ABBREVIATIONS

    non_clitics = set(w.lower() for w in read_words(os.path.join(SHARED, "id/pos/non_clitics.txt")))
    for r in roots:
        if " " in r:
            continue
        for c in CLITICS:
            if r.endswith(c) and len(r) > len(c):
                non_clitics.add(r)
    # Adverbs such as `sebelumnya`, `misalnya` and names such as `Kenya`,
    # which kumparan leaves whole: a se- word, a root + -nya, or a name.
    for w, n in freq.items():
        if n < KUMPARAN_WHOLE_MIN or not w.endswith("nya") or not w.isalpha() or len(w) <= 4:
            continue
        if w.startswith("se") or w[:-3] in roots or capitalized[w] * 2 > n and w[:-3] not in roots:
            non_clitics.add(w)
    non_clitics |= EXTRA_NON_CLITICS
    non_clitics -= ALWAYS_SPLIT

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "abbreviations.txt"), "w", encoding="utf-8") as f:
        f.write("# Indonesian abbreviations: the word before a period that belongs to it\n")
        f.write("# (one per line, lower case, without the final period; `a.n` matches `a.n.`).\n")
        f.write("# Derived by scripts/build_text_resources.py from the Sastrawi sentence\n")
        f.write("# detector list (MIT), minus root words and frequent news words, plus\n")
        f.write("# company forms (Pte, Ltd, Inc) listed in the script.\n")
        f.write("# Titles that never end a sentence are in titles.txt (hand-written).\n")
        for a in sorted(abbrevs):
            f.write(a + "\n")
    with open(os.path.join(OUT, "non_clitics.txt"), "w", encoding="utf-8") as f:
        f.write("# Indonesian words whose ending looks like a clitic (-nya, -lah, -kah, -pun,\n")
        f.write("# -ku, -mu) but is part of the word: `akhirnya`, `sekolah`, `hanya`.\n")
        f.write("# One per line, lower case. Derived by scripts/build_text_resources.py from\n")
        f.write("# nlp-id non_clitics.txt and kumparan_postag.txt (MIT), Sastrawi\n")
        f.write("# kata-dasar.txt (MIT) and a short list of -pun conjunctions in the script.\n")
        for w in sorted(non_clitics):
            f.write(w + "\n")
    tlds = sorted(set(t.strip().lstrip(".").lower() for t in read_words(
        os.path.join(SHARED, "id/lex/sastrawi-sentence-detector/data/tld.txt")) if t.strip(".")))
    os.makedirs(os.path.join("data", "text"), exist_ok=True)
    with open(os.path.join("data", "text", "tlds.txt"), "w", encoding="utf-8") as f:
        f.write("# Internet top-level domains, lower case, without the dot: a word followed by\n")
        f.write("# `.<tld>` is a domain name and stays one token (`IPOL.ID`, `detik.com`).\n")
        f.write("# Derived by scripts/build_text_resources.py from the Sastrawi sentence\n")
        f.write("# detector list (MIT).\n")
        for t in tlds:
            f.write(t + "\n")
    print(f"tlds.txt: {len(tlds)}  abbreviations.txt: {len(abbrevs)}  non_clitics.txt: {len(non_clitics)}")


if __name__ == "__main__":
    main()
