#!/usr/bin/env python3
"""Check warta's exports with the tools analysts use: pandas and DuckDB.

Usage:
    python3 scripts/check_exports.py [--warta target/debug/warta] DB

Runs `warta export` in every format on DB (a database made by `warta ingest`)
and checks that pandas and DuckDB read each file with the expected shape:
GDELT 2.0 Events 61 columns, Mentions 16, GKG 2.1 27; CSV, PLOVER JSONL and
Parquet have one row per event with the same ids. Needs `pip install pandas
duckdb pyarrow`; prints "N passed, N failed" and exits 1 on any failure.
"""
import argparse
import csv
import os
import subprocess
import sys
import tempfile

import duckdb
import pandas as pd

FORMATS = {
    "gdelt-events": "events.tsv",
    "gdelt-mentions": "mentions.tsv",
    "gdelt-gkg": "gkg.tsv",
    "plover": "events.jsonl",
    "csv": "events.csv",
    "parquet": "events.parquet",
}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db")
    ap.add_argument("--warta", default=os.path.join("target", "debug", "warta"))
    args = ap.parse_args()
    passed, failed = 0, 0

    def check(name, ok, detail=""):
        nonlocal passed, failed
        if ok:
            passed += 1
            print(f"ok   {name}")
        else:
            failed += 1
            print(f"FAIL {name} {detail}")

    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for fmt, fname in FORMATS.items():
            out = os.path.join(tmp, fname)
            subprocess.run([args.warta, "export", "--db", args.db, "--format", fmt, "--out", out], check=True)
            paths[fmt] = out

        def tsv(path):
            if os.path.getsize(path) == 0:
                return pd.DataFrame()
            return pd.read_csv(path, sep="\t", header=None, quoting=csv.QUOTE_NONE, dtype=str, keep_default_na=False)

        events = tsv(paths["gdelt-events"])
        check("gdelt-events has 61 columns", events.shape[1] == 61, events.shape)
        mentions = tsv(paths["gdelt-mentions"])
        check("gdelt-mentions has 16 columns", mentions.shape[1] == 16, mentions.shape)
        gkg = tsv(paths["gdelt-gkg"])
        check("gdelt-gkg has 27 columns", gkg.shape[1] == 27, gkg.shape)
        check("every mention belongs to an event", set(mentions[0]) <= set(events[0]))

        table = pd.read_csv(paths["csv"])
        check("csv has one row per event", len(table) == len(events), (len(table), len(events)))
        check("csv ids match gdelt ids", sorted(map(str, table["event_id"])) == sorted(events[0]))
        plover = pd.read_json(paths["plover"], lines=True)
        check("plover has one line per event", len(plover) == len(events))
        check("plover has PLOVER fields", {"event", "source", "target", "eventText"} <= set(plover.columns))

        pq = pd.read_parquet(paths["parquet"])
        check("parquet (pandas) matches csv rows", len(pq) == len(table))
        check("parquet ids match csv", sorted(pq["event_id"]) == sorted(table["event_id"]))
        con = duckdb.connect()
        n = con.execute(f"SELECT count(*) FROM '{paths['parquet']}'").fetchone()[0]
        check("parquet (duckdb) row count", n == len(table), n)
        top = con.execute(
            f"SELECT plover, sum(num_mentions) FROM '{paths['parquet']}' GROUP BY plover ORDER BY 2 DESC"
        ).fetchall()
        check("parquet (duckdb) aggregates", len(top) > 0 or len(table) == 0, top)
        n = con.execute(
            f"SELECT count(*) FROM read_csv('{paths['gdelt-events']}', delim='\\t', header=false, quote='', all_varchar=true)"
        ).fetchone()[0] if len(events) else 0
        check("gdelt-events (duckdb) row count", n == len(events), n)

    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
