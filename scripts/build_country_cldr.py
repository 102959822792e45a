#!/usr/bin/env python3
"""Country names from Unicode CLDR, as shipped in the PyPI package `babel`.

Writes data/lang/{id,en}/entity_country_cldr.tsv: the CLDR territory name of
every country in data/gazetteer/countries.tsv, in Indonesian and English,
with the parts of a compound name split out (`Myanmar (Burma)` gives both
`Myanmar` and `Burma`; `Kongo - Kinshasa` gives `Kongo-Kinshasa`; `Hong Kong
DAK Tiongkok` gives `Hong Kong`). CLDR names are the ones news copy uses
(`Tanjung Verde`, `Makedonia Utara`, `Sudan Selatan`, `Czechia`), where the
pycountry names of entity_country_names.tsv are often the official long forms.

Licence of the data: Unicode License v3 (CLDR). Usage:
    pip install babel        # or: pip download babel && pip install babel-*.whl
    python3 scripts/build_country_cldr.py
"""
import os
import re

from babel import Locale

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")

# Suffixes CLDR adds to dependent territories (`Hong Kong SAR China`).
SUFFIXES = {"id": [" DAK Tiongkok"], "en": [" SAR China"]}


def alpha2_to_alpha3():
    out = {}
    with open(os.path.join(ROOT, "gazetteer", "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            out[c[0]] = c[1]
    return out


def variants(name, lang):
    """The spellings of one CLDR name that running text uses."""
    name = name.replace("\u2019", "'")
    for s in SUFFIXES[lang]:
        if name.endswith(s):
            name = name[: -len(s)]
    out = []
    m = re.fullmatch(r"(.+?) \((.+)\)", name)
    if m:
        # `Myanmar (Burma)`: two names of the country; `Kepulauan Cocos
        # (Keeling)`: a qualifier of a longer name, not a name of its own.
        out.append(m.group(1))
        if " " not in m.group(1):
            out.append(m.group(2))
    elif " - " in name:
        out.append(name.replace(" - ", "-"))
    else:
        out.append(name)
    # `&` in `St. Kitts & Nevis`: news writes `and` (`dan`).
    joined = {"id": " dan ", "en": " and "}[lang]
    out += [n.replace(" & ", joined) for n in out if " & " in n]
    return [n.strip() for n in out if n.strip()]


def main():
    codes = alpha2_to_alpha3()
    for lang in ("id", "en"):
        names = Locale(lang).territories
        rows = []
        for a2 in sorted(codes):
            if a2 not in names:
                continue
            for n in variants(names[a2], lang):
                rows.append((codes[a2], n))
        path = os.path.join(ROOT, "lang", lang, "entity_country_cldr.tsv")
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"# Country names ({lang}) from Unicode CLDR via the PyPI package babel (Unicode License v3);\n")
            f.write("# built by scripts/build_country_cldr.py. Hand-written short forms go in\n")
            f.write("# entity_country_aliases.tsv, which wins over this file and entity_country_names.tsv.\n")
            f.write("# Columns: ISO alpha-3, name, kind (always name).\n")
            f.write("# Example: MKD\tMakedonia Utara\tname\n")
            seen = set()
            for a3, n in rows:
                if (a3, n) not in seen:
                    seen.add((a3, n))
                    f.write(f"{a3}\t{n}\tname\n")


if __name__ == "__main__":
    main()
