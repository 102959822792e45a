#!/usr/bin/env python3
"""Builds the person-name gazetteer data/lang/id/ner.gaz-people.tsv from Faker's name lists.

Faker (PyPI `faker`, MIT licence) ships first and last names for ~80 locales;
the tagger gets them as gazetteer *features* (classes `person_first`,
`person_last`), never as hard decisions, so a name that is also a word
(`Rose`, `King`, `Jaya`) costs little: the model learns how much each class
is worth next to capitalisation and context. Only Latin-script names are kept
(the tagger sees Latin-script news); Japanese and Chinese names come from
Faker's romanized lists.

Needs the pinned Faker version (names change between releases):
    pip install faker==40.54.0
Without it the script leaves the committed file alone, so
scripts/train_ner.sh still reproduces the committed model.
"""
import importlib
import pkgutil
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "lang" / "id" / "ner.gaz-people.tsv"
FAKER_VERSION = "40.54.0"

LATIN_NAME = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'\-]+$")
FIRST = ("first_names", "first_names_male", "first_names_female", "first_romanized_names",
         "first_romanized_names_male", "first_romanized_names_female")
LAST = ("last_names", "last_romanized_names")


def names_of(provider, attrs):
    out = set()
    for attr in attrs:
        value = provider.__dict__.get(attr)
        if value is None:
            for base in provider.__mro__[1:]:
                if attr in base.__dict__:
                    value = base.__dict__[attr]
                    break
        if not isinstance(value, (list, tuple, dict, set, frozenset)):
            continue
        for name in value:
            # Compound names (`Van der Berg`, `Abu Bakar`) become their parts' lists
            # only when every part looks like a name.
            for part in str(name).replace("-", " ").split():
                if LATIN_NAME.match(part) and len(part) >= 3 and part[0].isupper():
                    out.add(part.lower())
    return out


def main():
    try:
        import faker
        import faker.providers.person as person
    except ImportError:
        print(f"{OUT.name}: faker not installed (pip install faker=={FAKER_VERSION}); kept as is")
        return
    if faker.VERSION != FAKER_VERSION:
        sys.exit(f"{OUT.name}: faker {faker.VERSION} installed, this table is built from {FAKER_VERSION}")
    first, last = set(), set()
    for mod in sorted(m.name for m in pkgutil.iter_modules(person.__path__)):
        provider = importlib.import_module(f"faker.providers.person.{mod}").Provider
        first |= names_of(provider, FIRST)
        last |= names_of(provider, LAST)
    rows = sorted({("person_first", n) for n in first} | {("person_last", n) for n in last})
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# NER gazetteer: person first and last names, Latin script, from Faker "
                f"{FAKER_VERSION} (MIT), all locales.\n"
                "# Made by scripts/build_ner_names.py; do not edit by hand.\n"
                "# class<TAB>name (lower case), e.g.: person_last\tsmith\n")
        for c, n in rows:
            f.write(f"{c}\t{n}\n")
    print(f"{OUT.name}: {len(first)} first names, {len(last)} last names")


if __name__ == "__main__":
    main()
