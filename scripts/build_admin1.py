#!/usr/bin/env python3
"""Build data/gazetteer/admin1.tsv: first-level administrative units of every
country but Indonesia (which has data/gazetteer/id_provinces.tsv), so that
`Borno`, `Balochistan`, `Rakhine State` or `Negara Bagian Kano` name a place
of their country instead of nothing (or a namesake town elsewhere).

Source: the ISO 3166-2 subdivision list shipped with the pycountry package
(Debian iso-codes data, LGPL-2.1); positions: the country's centroid from
data/gazetteer/countries.tsv (GeoNames, CC BY 4.0), because the subdivision
list has no coordinates. Names that would misfire in running text are left
out: names of countries, demonyms and cities already in the gazetteer (those
readings stay as they are; the unit keeps its suffixed forms, `Kano State`), names made only of generic words (`Northern`,
`Central`), names with a physical-feature word (`Red Sea`, `Blue Nile`: the
sea and the river are meant more often than the state), and single words of
four letters or fewer (`Mon`, `Chin`, `Bay`), which keep only their suffixed
forms (`Chin State`).

Run from the repository root:  python3 scripts/build_admin1.py
Needs the pycountry package (pip install pycountry).
"""
import csv
import os
import unicodedata

import pycountry

OUT = os.path.join("data", "gazetteer", "admin1.tsv")

# First-level unit types kept (municipalities, parishes, communes and the like
# are too small and too many to be worth their collisions).
KEPT_TYPES = {
    "Province", "Region", "State", "Governorate", "Department", "Prefecture",
    "Republic", "Autonomous region", "Autonomous community", "Autonomous republic",
    "Land", "Voivodship", "Division", "County", "Administrative region",
    "Regional state", "Union territory", "Capital territory", "Federal territory",
    "Federal capital territory", "Emirate", "Oblast", "Autonomous province",
    "Autonomous district", "Territory", "Special administrative region",
    "Federal district", "Capital district",
}

# Suffixed forms per type: English `Borno State`, Indonesian `Negara Bagian Borno`.
SUFFIXED = {
    "State": ["{} State", "Negara Bagian {}"],
    "Province": ["{} Province", "Provinsi {}"],
    "Region": ["{} Region", "Wilayah {}"],
    "Regional state": ["{} Region", "Wilayah {}"],
    "Governorate": ["{} Governorate", "Provinsi {}"],
    "Oblast": ["{} Oblast", "Oblast {}"],
    "Prefecture": ["{} Prefecture", "Prefektur {}"],
}

# Words that alone make no place name.
GENERIC = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "centre", "center", "upper", "lower", "middle", "capital", "national",
    "federal", "district", "territory", "region", "state", "province", "the", "of",
    "and", "great", "greater", "new", "old", "high", "highlands", "plateau", "plateaux",
    "littoral", "maritime", "savanes", "interior", "coast", "islands", "island",
    "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
    "south-east", "south-west", "city", "special", "autonomous", "mountain",
}

# A name with one of these words is a sea, river or mountain first.
FEATURE_WORDS = {
    "sea", "nile", "river", "rivers", "lake", "lakes", "gulf", "ocean", "bay",
    "mountain", "mountains", "valley", "delta", "coast", "island", "islands", "desert",
}


# Names that are first an ordinary word, a person's name or a wider region in
# news text (hand-written judgement): `Unity` (South Sudan), `Sahel` (Burkina
# Faso), `Herrera` (Panama), `Leste` (of `Timor-Leste`).
DENY = {
    "unity", "sahel", "centrale", "leste", "norte", "ouest", "sud-est", "nord-est",
    "nord-ouest", "valle", "cordillera", "isabel", "herrera", "cortes", "nandi", "salto",
    "midlands", "northland", "southland", "cascades", "collines", "atlantique", "estuaire",
    "volta", "granma", "manus", "choiseul", "morazan", "lempira", "penal-debe", "amazonas",
    "ulster", "limburg", "tasman", "equateur", "cuvette", "balkan", "centre-est",
    "centre-nord", "centre-ouest", "centre-sud", "kosovo-metohija", "maryland", "unity state",
}


def root_words():
    """Indonesian root words and English function words: a unit named by one
    of them (`Perak` is also `silver`) is left to its suffixed forms."""
    out = set()
    for path in (os.path.join("..", "shared", "data", "id", "pos", "root-word.txt"),
                 os.path.join("data", "lang", "en", "function_words.txt"),
                 os.path.join("data", "lang", "id", "function_words.txt")):
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                out.update(l.strip().lower() for l in f if l.strip() and not l.startswith("#"))
    return out


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().strip()


def taken_names():
    """Names the gazetteer already reads: cities, countries, demonyms, provinces."""
    out = set()
    with open(os.path.join("data", "gazetteer", "places.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            out.add(norm(c[1]))
            if len(c) > 8:
                out.update(norm(a) for a in c[8].split("|") if a)
    for lang in ("en", "id"):
        for fn in ("entity_country_names.tsv", "entity_country_aliases.tsv"):
            path = os.path.join("data", "lang", lang, fn)
            if not os.path.exists(path):
                continue
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if line.startswith("#") or not line.strip():
                        continue
                    c = line.rstrip("\n").split("\t")
                    if len(c) > 1:
                        out.add(norm(c[1]))
    for fn in ("regions.tsv", "id_provinces.tsv"):
        with open(os.path.join("data", "gazetteer", fn), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                c = line.rstrip("\n").split("\t")
                out.add(norm(c[1]))
                out.update(norm(a) for a in c[6].split("|") if a)
    return out


def centroids():
    out = {}
    with open(os.path.join("data", "gazetteer", "countries.tsv"), encoding="utf-8") as f:
        for r in csv.reader((l for l in f if not l.startswith("#")), delimiter="\t"):
            out[r[0]] = (r[4], r[5])
    return out


def latin(s):
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in s)


def main():
    taken = taken_names()
    words_of_language = root_words()
    where = centroids()
    rows = []
    for s in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if s.parent_code is not None or s.country_code == "ID" or s.type not in KEPT_TYPES:
            continue
        if not where.get(s.country_code, ("", ""))[0]:
            continue
        name = s.name.strip()
        if not latin(name) or any(ch in name for ch in "(),;/"):
            continue
        words = norm(name).replace("-", " ").split()
        if not words:
            continue
        if all(w in GENERIC for w in words) or norm(name) in DENY:
            continue
        forms = [f.format(name) for f in SUFFIXED.get(s.type, [])]
        forms = [f for f in forms if norm(f) not in taken]
        bare_ok = (
            norm(name) not in taken
            and not any(w in FEATURE_WORDS for w in words)
            and not (len(words) == 1 and len(words[0]) <= 4)
            and norm(name) not in words_of_language
        )
        if not bare_ok and not forms:
            continue
        main_name = name if bare_ok else forms[0]
        alts = [f for f in forms if f != main_name]
        lat, lon = where[s.country_code]
        rows.append((0, main_name, s.country_code, lat, lon, 0, "|".join(alts), "", s.code))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# First-level administrative units (states, provinces, regions) of every country but\n")
        f.write("# Indonesia: ISO 3166-2 names from the pycountry package (Debian iso-codes, LGPL-2.1 data);\n")
        f.write("# lat/lon: the country's centroid from countries.tsv (GeoNames, CC BY 4.0), as the list\n")
        f.write("# has no coordinates; population unknown (0). Built by scripts/build_admin1.py, which\n")
        f.write("# leaves out names that would misfire (see the script). geonameid 0: not in the sources.\n")
        f.write("# Columns: geonameid, name, country, lat, lon, population, other names (|), GeoNames\n")
        f.write("#          admin1 (empty), ISO 3166-2.\n")
        f.write("# Example: 0\tBorno\tNG\t9.1\t7.5\t0\tBorno State|Negara Bagian Borno\t\tNG-BO\n")
        for row in rows:
            f.write("\t".join(str(x) for x in row) + "\n")
    print(f"{OUT}: {len(rows)} units")


if __name__ == "__main__":
    main()
