#!/usr/bin/env python3
"""Builds data/lang/en/entity_agents.tsv: English agent nouns -> sector code.

Source: ../shared/data/events/dictionaries/plover_agents/PLOVER_agents.txt
(Open Event Data Alliance, MIT). Each dictionary line is `NOUN [~CODE]`
(`_` joins words, `!PERSON!` is a substitution set). Only the clear,
frequent news nouns listed in KEEP are kept, so the table stays compact;
their regular plurals are added (PETRARCH adds them at run time).

Usage: python3 scripts/build_agents.py [PLOVER_agents.txt] [out.tsv]
"""
import re
import sys

SRC = "../shared/data/events/dictionaries/plover_agents/PLOVER_agents.txt"
OUT = "data/lang/en/entity_agents.tsv"

# Frequent news agent nouns (singular, lower case) to keep from the dictionary.
KEEP = [
    "police", "policeman", "police officer", "police force", "riot police",
    "soldier", "troop", "government forces", "government troops",
    "security force", "military official", "army officer",
    "protester", "demonstrator", "opposition party",
    "rebel", "rebel group", "insurgent", "militant", "guerrilla",
    "separatist", "terrorist", "gunman",
    "government", "government official", "authority", "diplomat",
    "lawmaker", "legislator", "parliamentarian", "senator",
    "judge", "prosecutor", "court",
    "refugee", "civilian", "resident", "villager", "student", "farmer",
    "journalist", "reporter", "activist",
]

# Hand-written additions (Apache-2.0) for frequent nouns the dictionary lacks
# as bare words: noun -> (sector, only next to a country). `forces` alone is
# too vague (`Israeli forces` is the military); `official` alone is mostly an
# adjective (`an official visit`).
EXTRA = {
    "official": ("GOV", True),
    "officials": ("GOV", False),
    "forces": ("MIL", True),
    "protestors": ("OPP", False),
    # State bodies and armed forces named after a country or demonym
    # (`Russia's defence ministry`, `Israeli tanks`, `Ukrainian drones`):
    # news names the acting state by its ministry, service or weapon.
    "ministry": ("GOV", True),
    "foreign ministry": ("GOV", True),
    "foreign office": ("GOV", True),
    "interior ministry": ("GOV", True),
    "commerce ministry": ("GOV", True),
    "trade ministry": ("GOV", True),
    "finance ministry": ("GOV", True),
    "health ministry": ("GOV", True),
    "justice ministry": ("GOV", True),
    "defence ministry": ("MIL", True),
    "defense ministry": ("MIL", True),
    "embassy": ("GOV", True),
    "leaders": ("GOV", True),
    "ministers": ("GOV", True),
    "mediators": ("GOV", True),
    "negotiators": ("GOV", True),
    "military": ("MIL", True),
    "army": ("MIL", True),
    "navy": ("MIL", True),
    "air force": ("MIL", True),
    "coast guard": ("MIL", True),
    "jets": ("MIL", True),
    "fighter jets": ("MIL", True),
    "warplanes": ("MIL", True),
    "warships": ("MIL", True),
    "drones": ("MIL", True),
    "tanks": ("MIL", True),
    "artillery": ("MIL", True),
    "missiles": ("MIL", True),
    "state media": ("MED", True),
    "junta": ("MIL", True),
    # People held or named by nationality (`Israeli hostages`, `a French
    # national`): the country's civilians.
    "hostage": ("CVL", True),
    "hostages": ("CVL", True),
    "prisoner": ("CVL", True),
    "prisoners": ("CVL", True),
    "captives": ("CVL", True),
    "national": ("CVL", True),
    "nationals": ("CVL", True),
    "citizen": ("CVL", True),
    "citizens": ("CVL", True),
    "people": ("CVL", True),
    "fishermen": ("CVL", True),
    "workers": ("CVL", True),
    "migrants": ("CVL", True),
    "tourists": ("CVL", True),
    # Leaders and members of armed groups (`Afghan rebel leaders`, `Hamas
    # fighters` stays with Hamas): the group's sector, not the government's.
    "rebel leaders": ("REB", False),
    "rebel commanders": ("REB", False),
    "rebel fighters": ("REB", False),
    "fighters": ("REB", True),
    "militia": ("REB", True),
    "militias": ("REB", True),
    "militiamen": ("REB", True),
    "extremists": ("REB", True),
    "suicide bomber": ("REB", True),
    "suicide bombers": ("REB", True),
    # More state bodies and forces named after their country (`Israel's
    # cabinet`, `Bangladeshi peacekeepers`, `Syrian helicopters`).
    "cabinet": ("GOV", True),
    "regime": ("GOV", True),
    "delegation": ("GOV", True),
    "parliament": ("LEG", True),
    "peacekeepers": ("MIL", True),
    "peacekeeping troops": ("MIL", False),
    "helicopters": ("MIL", True),
    "gunboats": ("MIL", True),
    "commandos": ("MIL", True),
    "special forces": ("MIL", True),
    "paratroopers": ("MIL", True),
    "border guards": ("COP", True),
    "border police": ("COP", True),
    # Civilian groups, actors only next to their country (`Palestinian
    # youths`, `Algerian landowners`, `Israeli settlers`).
    "youths": ("CVL", True),
    "settlers": ("CVL", True),
    "inhabitants": ("CVL", True),
    "landowners": ("CVL", True),
    "supporters": ("OPP", True),
    "opposition groups": ("OPP", True),
    "opposition leaders": ("OPP", True),
    # Ethnic and religious communities, actors only next to their country
    # (`Iraqi Kurds`, `Lebanese Christians`), as PLOVER codes them (CVL, REL).
    "kurds": ("CVL", True),
    "tamils": ("CVL", True),
    "druze": ("CVL", True),
    "uighurs": ("CVL", True),
    "uyghurs": ("CVL", True),
    "rohingya": ("CVL", True),
    "pashtuns": ("CVL", True),
    "hutus": ("CVL", True),
    "tutsis": ("CVL", True),
    "ethnic minority": ("CVL", True),
    "ethnic minorities": ("CVL", True),
    "christians": ("REL", True),
    "muslims": ("REL", True),
    "moslems": ("REL", True),
    "shiites": ("REL", True),
    "shias": ("REL", True),
    "sunnis": ("REL", True),
    "hindus": ("REL", True),
    "buddhists": ("REL", True),
    # Armed and criminal groups named by what they do, actors without a country too
    # (`Rival armed groups clashed`, `Bandits abducted 20 villagers`): like `gunmen`, the
    # story's country, else the sector alone.
    "armed group": ("REB", False),
    "armed groups": ("REB", False),
    "criminal groups": ("CRM", False),
    "armed criminal groups": ("CRM", False),
    "jihadists": ("REB", False),
    "bandits": ("CRM", False),
    "kidnappers": ("CRM", False),
    "pirates": ("CRM", False),
    "gangsters": ("CRM", False),
    # Rights and aid groups named by what they do (`Rights groups criticised ...`):
    # non-governmental, with no country unless one stands next to them.
    "rights group": ("NGO", False),
    "rights groups": ("NGO", False),
    "human rights group": ("NGO", False),
    "human rights groups": ("NGO", False),
    # Bare `officers` in news are law-enforcement officers (`Officers raided the homes`);
    # the longer phrases keep their own sector (`army officers`, `prison officers`).
    "officers": ("COP", False),
    "security officers": ("COP", False),
    "military officers": ("MIL", False),
    "prison officers": ("COP", False),
    "customs officers": ("COP", False),
    "border officers": ("COP", False),
    # Firms named by nationality (`three Chinese companies`).
    "companies": ("BUS", True),
    "company": ("BUS", True),
    "firms": ("BUS", True),
    "banks": ("BUS", True),
}

# Places and things named by an agent noun (PLOVER codes them as agents):
# written with sector `-` so that the longer phrase blocks the agent.
BLOCK = ["police station", "police stations", "police post", "police district",
         "court house", "courthouse", "government house"]

# Sector code for the event coder: PLOVER codes are composite (CVLOPP); the
# actor codes warta emits use one three-letter sector.
SECTOR = {"CVLOPP": "OPP", "GOVJRN": "MED", "JRN": "MED", "UAF": "REB"}

# Civilian groups (`protesters`, `residents`, `students`) are actors only with
# a country next to them (`Iranian protesters`): a bare sector code for them
# says nothing about who acted. State agents (`police`, `troops`) and rebels
# stand alone.
CIVILIAN = {"OPP", "CVL", "EDU", "MED", "REF", "AGR", "LAB", "BUS", "PTY"}


def plural(w):
    last = w.split(" ")[-1]
    if last in ("police", "forces", "opposition", "government", "authority") or last.endswith("police"):
        return None if last != "authority" else w[:-1] + "ies"
    if last.endswith("man"):
        return w[:-3] + "men"
    if last.endswith("y") and not last.endswith(("ay", "ey", "oy")):
        return w[:-1] + "ies"
    if last.endswith("s"):
        return None
    if last.endswith(("sh", "ch")):
        return w + "es"
    return w + "s"


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else SRC
    out = sys.argv[2] if len(sys.argv) > 2 else OUT
    subst = {}
    codes = {}
    line_re = re.compile(r"^([^#\[]+?)\s*\[~?([A-Z]+)\]")
    with open(src, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.strip()
            m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
            if m:
                subst[m.group(1)] = [x.strip() for x in m.group(2).split(",")]
                continue
            m = line_re.match(line)
            if not m:
                continue
            names = [m.group(1)]
            for key, vals in subst.items():
                if key in names[0]:
                    names = [n.replace(key, v) for n in names for v in vals]
            for n in names:
                noun = n.replace("_", " ").strip().lower()
                codes.setdefault(noun, m.group(2))
    rows = []
    missing = []
    for noun in KEEP:
        code = codes.get(noun)
        if code is None:
            missing.append(noun)
            continue
        sector = SECTOR.get(code, code[:3])
        rows.append((noun, sector))
        p = plural(noun)
        if p and p not in codes:
            rows.append((p, sector))
        elif p:
            rows.append((p, SECTOR.get(codes[p], codes[p][:3])))
    for noun, (sector, needs_country) in EXTRA.items():
        rows.append((noun, sector, "country") if needs_country else (noun, sector))
    rows.extend((noun, "-") for noun in BLOCK)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# English agent nouns -> sector (derived by scripts/build_agents.py from the PLOVER\n")
        f.write("# agents dictionary, MIT, Open Event Data Alliance; do not edit by hand).\n")
        f.write("# Columns: noun phrase (lower case), sector code, optional `country` (only next to a\n")
        f.write("# country or demonym). Sector `-`: not an agent (`police station`). Example: troops\tMIL\n")
        seen = set()
        for row in rows:
            if len(row) == 2 and row[1] in CIVILIAN:
                row = (row[0], row[1], "country")
            if row[0] not in seen:
                seen.add(row[0])
                f.write("\t".join(row) + "\n")
    if missing:
        print("not in the dictionary (skipped): " + ", ".join(missing), file=sys.stderr)


if __name__ == "__main__":
    main()
