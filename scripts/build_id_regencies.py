#!/usr/bin/env python3
"""Indonesian regencies and cities of more than one word, as first-level regions.

Writes data/gazetteer/id_regencies.tsv from the BPS region codes in
../shared/data/id/gazetteer/wilayah/ (regencies.csv, provinces.csv; ODbL 1.0,
so the output keeps that licence and stays in its own file). Only names of
two words or more are kept (`Kolaka Timur`, `Raja Ampat`, `Lombok Timur`,
`Tangerang Selatan`): without them a title before the name (`Bupati Kolaka
Timur`, `di Raja Ampat`, where `raja` is also "king") turns the place into a
person. Names whose first word is mostly written in lower case mid-sentence
(class cap_lo or cap_no of data/lang/id/ner.gaz-wordclass.tsv: `Batu Bara`,
`Tebing Tinggi`) are left out, since a sentence may open with them. One-word names (`Bone`, `Karo`, `Puncak`) are left out: many are also
people's names or common words, and the big ones are GeoNames cities already.
Names GeoNames or the province table already know are skipped too.

Each regency takes its province's position, GeoNames admin1 code and ISO code
from data/gazetteer/id_provinces.tsv (a regency's own position is not in the
source). Usage: python3 scripts/build_id_regencies.py
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
WILAYAH = os.path.join(ROOT, "..", "shared", "data", "id", "gazetteer", "wilayah")
DATA = os.path.join(ROOT, "data", "gazetteer")

LOWER = {"dan"}
# BPS province names that differ from the pycountry names of id_provinces.tsv.
PROVINCE_ALIASES = {"DI YOGYAKARTA": "DAERAH ISTIMEWA YOGYAKARTA", "DKI JAKARTA": "DKI JAKARTA"}


def title(name):
    words = []
    for w in name.lower().split():
        words.append(w if w in LOWER else "-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(words)


def data_rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def main():
    provinces = {}  # upper-case name -> row of id_provinces.tsv
    known = set()
    for c in data_rows(os.path.join(DATA, "id_provinces.tsv")):
        for n in [c[1]] + [a for a in c[6].split("|") if a]:
            provinces[n.upper()] = c
            known.add(n.lower())
    for c in data_rows(os.path.join(DATA, "places.tsv")):
        if c[2] == "ID":
            known.add(c[1].lower())
            known.update(a.lower() for a in c[8].split("|") if a)
    lowercase_words = set()
    with open(os.path.join(ROOT, "data", "lang", "id", "ner.gaz-wordclass.tsv"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) == 2 and c[0] in ("cap_lo", "cap_no"):
                lowercase_words.add(c[1])
    bps = {}
    with open(os.path.join(WILAYAH, "provinces.csv"), encoding="utf-8") as f:
        for r in csv.reader(f):
            bps[r[0]] = r[1].strip()
    rows, seen, missing = [], set(), set()
    with open(os.path.join(WILAYAH, "regencies.csv"), encoding="utf-8") as f:
        for code, prov, raw in csv.reader(f):
            name = raw.strip()
            for prefix in ("KABUPATEN ", "KOTA "):
                if name.startswith(prefix):
                    name = name[len(prefix):]
            name = title(name)
            words = name.lower().split()
            # `S I A K`: a one-word name spelt out; `Batu Bara`, `Tebing Tinggi`: the first
            # word is mostly written in lower case, so a sentence opening with the two
            # words (`Batu bara ...`, "coal") would read as the place.
            if all(len(w) == 1 for w in words) or words[0] in lowercase_words:
                continue
            if len(name.split()) < 2 or name.lower() in known or name.lower() in seen:
                continue
            pname = bps.get(prov, "")
            p = provinces.get(PROVINCE_ALIASES.get(pname, pname)) or provinces.get("PROVINSI " + pname)
            if p is None:
                missing.add(pname)
                continue
            seen.add(name.lower())
            # geonameid 0, name, country, lat, lon, population 0, other names, admin1, ISO code
            rows.append(["0", name, "ID", p[3], p[4], "0", "", p[7], p[8]])
    if missing:
        print("provinces not matched:", sorted(missing))
    with open(os.path.join(DATA, "id_regencies.tsv"), "w", encoding="utf-8") as f:
        f.write("# Indonesian regencies and cities whose names have two words or more (`Kolaka Timur`,\n")
        f.write("# `Raja Ampat`), from the BPS region codes of ../shared/data/id/gazetteer/wilayah/\n")
        f.write("# (ODbL 1.0: this file keeps that licence). Position, admin1 and ISO code are the\n")
        f.write("# province's (from id_provinces.tsv). Built by scripts/build_id_regencies.py.\n")
        f.write("# Columns: geonameid (0), name, country, lat, lon, population (0), other names, GeoNames admin1, ISO 3166-2.\n")
        f.write("# Example: 0\tKolaka Timur\tID\t-4.1\t122.1\t0\t\t22\tID-SG\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(len(rows), "regencies")


if __name__ == "__main__":
    main()
