#!/usr/bin/env python3
"""Derive demarche's compact built-in actor data from the shared PETRARCH/CountryInfo
dictionaries. Stdlib only. Run from the repository root:

    python3 scripts/derive_actors.py [--dicts ../shared/data/dicts] [--check]

--check regenerates into a temporary directory and fails if the committed files differ
(scripts/test.sh runs it when the shared dictionaries are present).

It reads data/places/cities.tsv (GeoNames) to give a capital two countries list to the one
it lies in, and scripts/derive_places.py reads this script's countries.tsv: after changing
either, run both and check both.

Outputs (all UTF-8 TSV, '#' comments):
  data/actors/countries.tsv  CODE  KIND  NAME   KIND: C country name, N nationality /
                             demonym, K capital, L major city / region
  data/actors/actors.tsv     NAMES(|-separated)  CODES(;-separated CODE[@FROM-TO])
                             dates YYYYMMDD, open ends empty; '*' suffix on a name = stem
  data/actors/agents.txt     PETRARCH agents dictionary (comments stripped)
  data/actors/firstnames.txt first names seen in person entries (ambiguity heuristics)
Hand-written inputs: data/actors/leaders_recent.tsv, data/actors/metonyms.tsv,
data/actors/demonyms.tsv (country names and nationalities the sources lack).
"""
import argparse
import os
import re
import sys
from collections import Counter, OrderedDict

DEMONYM = re.compile(r"(AN|ANS|ESE|ISH|I|IS|CH|IC|EAN|IAN|IANS|OT|OTS|ER|ERS|INE|IAN_|ESQUE)$")
DATE_RE = re.compile(r"^\s*([<>])?\s*(\d{6,8})?\s*(?:-\s*(\d{6,8}))?\s*$")


def norm_date(d):
    if not d:
        return ""
    if len(d) == 6:  # YYMMDD, TABARI pivot at 1930
        yy = int(d[:2])
        return ("19" if yy >= 30 else "20") + d
    if len(d) == 8:
        return d
    return None  # malformed (e.g. 7 digits): dropped


def parse_code(tok):
    """'USAGOV >130201' -> (code, from, to) or None."""
    tok = tok.strip()
    m = re.match(r"^([A-Za-z0-9~+\-]*?)\s*((?:[<>]\s*\d+)|(?:\d+\s*-\s*\d+))?\s*$", tok)
    if not m:
        return None
    code, rng = m.group(1).upper(), m.group(2)
    if code in ("---", "+++", "") or not re.match(r"^[A-Z0-9]+$", code):
        return None
    if not rng:
        return (code, "", "")
    rng = rng.replace(" ", "")
    if rng[0] == ">":
        f = norm_date(rng[1:])
        return (code, f, "") if f is not None else None
    if rng[0] == "<":
        t = norm_date(rng[1:])
        return (code, "", t) if t is not None else None
    a, b = rng.split("-", 1)
    a, b = norm_date(a), norm_date(b)
    if a is None or b is None:
        return None
    return (code, a, b)


def read_petrarch_actors(path):
    """Yield (names, codes) blocks. Names keep PETRARCH spelling."""
    blocks = []
    names, codes = [], []

    def flush():
        nonlocal names, codes
        if names and codes:
            blocks.append((names, codes))
            names, codes = [], []
        # codeless blocks carry their names into the next block

    in_xml_comment = False
    with open(path, encoding="utf-8", errors="replace") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if in_xml_comment:
                if "-->" in line:
                    in_xml_comment = False
                continue
            if line.strip().startswith("<!--"):
                if "-->" not in line:
                    in_xml_comment = True
                continue
            line = line.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            brack = re.findall(r"\[([^\]]*)\]", line)
            text = re.sub(r"\[[^\]]*\]", " ", line)
            s = text.strip()
            if s and not s.startswith("+"):
                if codes:
                    flush()
            for part in re.split(r"\s+(?=\+)", s):
                part = part.strip().lstrip("+").strip()
                if part:
                    names.append(part)
            for b in brack:
                c = parse_code(b)
                if c:
                    codes.append(c)
    flush()
    return blocks


def clean_name(n):
    stem = not n.endswith("_")
    n = n.strip("_").replace("_", " ")
    n = re.sub(r"\s+", " ", n).strip()
    if len(n.replace(" ", "")) < 4:
        stem = False
    return n.upper(), stem


def spelt(name):
    """A hand-written name in upper case, unless a word after the first is written in lower
    case ("UN nuclear watchdog", "Fano militia"): that spelling says the phrase is a name with
    lower-case words, and the matcher lets those words through (names are otherwise matched
    only up to their first lower-case word). Particles and hyphenated words do not count."""
    words = name.split()[1:]
    lower = [w for w in words if w[:1].islower() and "-" not in w
             and w not in ("al", "el", "bin", "ibn", "bint", "de", "da", "di", "du", "des", "del",
                           "della", "der", "den", "van", "von", "la", "le", "of", "and", "for",
                           "the", "in", "on", "y", "e", "wal", "ul", "ud")]
    return name if lower else name.upper()


def read_countryinfo(path):
    countries = []
    cur = None
    field = None
    with open(path, encoding="utf-8", errors="replace") as fh:
        for raw in fh:
            line = raw.strip()
            if line.startswith("<CountryCode>"):
                # the code line may carry a comment ("MNE</CountryCode>  #from …")
                code = re.sub(r"</?CountryCode>", "", line.split("#", 1)[0]).strip()
                cur = {"code": code, "C": [], "N": [], "K": [], "L": []}
                countries.append(cur)
                continue
            if cur is None:
                continue
            if line.startswith("<CountryName>"):
                cur["C"].append(re.sub(r"</?CountryName>", "", line).strip())
                continue
            m = re.match(r"^<(/?)(\w[\w-]*)>", line)
            if m:
                tag = m.group(2)
                if m.group(1):
                    field = None
                else:
                    field = {"Nationality": "N", "Capital": "K", "MajorCities": "L", "Regions": "L"}.get(tag)
                continue
            if field and line and not line.startswith("#"):
                cur[field].append(line.split("#", 1)[0].strip())
    return countries


def city_countries():
    """City name (upper case) → country code, from data/places/cities.tsv (GeoNames)."""
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                        "data", "places", "cities.tsv")
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2:
                out.setdefault(cols[0].upper(), cols[1])
    return out


def owner(nm, claimed, countries):
    """The one (code, kind) of a name several countries list (CountryInfo lists Belgrade and
    "Serbian" under Montenegro too, from the Serbia and Montenegro years): a capital goes to
    the country GeoNames puts the city in; a nationality to the country whose own name it
    starts like ("SERBIAN" → Serbia); otherwise the first listing stays."""
    codes = list(OrderedDict.fromkeys(c for c, _ in claimed))
    if len(codes) == 1:
        return claimed[0]
    kinds = dict(reversed(claimed))
    if any(k == "K" for _, k in claimed):
        city = city_countries().get(nm)
        if city in codes:
            return (city, kinds[city])
    for code in codes:
        if kinds[code] != "N":
            continue
        names = [clean_name(n)[0] for c in countries if c["code"] == code for n in c["C"]]
        if any(n[:5] == nm[:5] and not n.startswith(nm + " ") for n in names if len(n) >= 5):
            return (code, kinds[code])
    return claimed[0]


def is_demonym(nm):
    words = nm.split()
    if len(words) > 2 or nm.endswith("STAN") or nm in COUNTRY_NAMES:
        return False
    if any(w in ("RIVER", "KINGDOM", "REPUBLIC", "OF", "THE", "PROPER", "ISLAND") for w in words):
        return False
    return bool(DEMONYM.search(nm))


def read_demonyms(path):
    """(code, kind, name) rows of the hand-written demonyms.tsv."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            code, kind, name = line.rstrip("\n").split("\t")
            rows.append((code, kind, name))
    return rows


def ok_name(nm):
    return all(c.isascii() for c in nm) and not any(c in nm for c in "(),;")


COUNTRY_NAMES = set()


HAND_WRITTEN = ("leaders_recent.tsv", "metonyms.tsv", "demonyms.tsv")
DERIVED = ("countries.tsv", "actors.tsv", "agents.txt", "firstnames.txt")


# The Phoenix actor dictionaries were generated on 2014-01-30 (header of
# petrarch2_Phoenix.Countries.actors.txt, from CountryInfo.140130): an open-ended role there
# ("ALBGOV@20050911-") means "still held on that date", not "held for ever". The dictionary
# vouches for no later date, so an open role is taken to end one term of office after it:
# five years (four- and five-year terms cover most governments and parliaments), i.e. the
# role holds for the term that was running in 2014 and not for a 2025 article. After it the
# person resolves to their undated code or their country with no sector
# (`ActorRec::code_on`): still a national of that country, with no claim to the office.
# A row of leaders_recent.tsv for the person replaces this (it dates the roles itself).
OPEN_ROLE_END = "20190130"


def expire_open_roles(actors, curated):
    """End the open-ended dated roles of every actor no curated row speaks for at
    OPEN_ROLE_END (roles that started later are left open: only curated rows start later)."""
    for entry in actors.values():
        if id(entry) in curated:
            continue
        entry[1] = [(c[0], c[1], OPEN_ROLE_END) if c[1] and not c[2] and c[1] < OPEN_ROLE_END
                    else c for c in entry[1]]


# Leader surnames as aliases (issue 8): news names a sitting leader by surname alone
# ("accused Kiir of ...") without the full name first. A curated person row in office as of
# late 2025 (empty TO) lends its entry the last word of its name when that word is
# distinctive: capitalised letters only, >= 4 letters, no other actor entry uses it as a
# word, it is not a first name (first word of >= 2 person entries) and it is not an everyday
# English word (it occurs in lower case in UD English-EWT train). The entry's dated codes
# still decide the role on the article date. Family-name-first conventions (Chinese and
# Korean names, "Hu Jintao") put the surname first: those countries are left out.
FAMILY_NAME_FIRST = ("CHN", "TWN", "HKG", "KOR", "PRK")
# Spanish naming puts the paternal surname (the one news repeats) before the maternal one
# ("Ricardo Trevilla Trejo" is "Trevilla"): three- and four-word names there are left out.
TWO_SURNAMES = ("MEX", "ESP", "ARG", "COL", "VEN", "PER", "CHL", "ECU", "BOL", "PRY", "URY",
                "CUB", "DOM", "GTM", "HND", "SLV", "NIC", "CRI", "PAN")
SURNAME_RE = re.compile(r"^[A-Z]{4,}$")
# words that make a curated name an organisation or a particle name ("Bank of England")
NOT_PERSON_WORDS = {"OF", "AND", "FOR", "THE", "PARTY", "BANK", "GROUP", "FORCES", "ARMY",
                    "FRONT", "MOVEMENT", "COUNCIL", "MINISTRY", "UNION", "LEAGUE"}


def everyday_words(ud_dir):
    """Upper-cased word forms written in lower case in the EWT training treebank."""
    words = set()
    with open(os.path.join(ud_dir, "en_ewt-ud-train.conllu"), encoding="utf-8") as fh:
        for line in fh:
            if line[:1].isdigit():
                form = line.split("\t", 2)[1]
                if form.islower():
                    words.add(form.upper())
    return words


def surname_of(name, codes):
    """The distinctive-surname candidate of a curated person name, or None."""
    words = name.upper().split()
    if not 2 <= len(words) <= 4 or NOT_PERSON_WORDS & set(words):
        return None
    if not any(c[1] and not c[2] for c in codes):  # not in office as of late 2025
        return None
    if any(c[0].startswith(FAMILY_NAME_FIRST) for c in codes):
        return None
    if len(words) > 2 and any(c[0].startswith(TWO_SURNAMES) for c in codes):
        return None
    last = words[-1]
    return last.upper() if SURNAME_RE.match(last) else None


def add_surname_aliases(actors, recent, everyday, places):
    """Adds the distinctive surname of every sitting curated leader to its actor entry
    (not a word of a place or nationality name in `places`, not a party's name)."""
    uses = Counter()
    first = Counter()
    for names, _ in actors.values():
        uses.update({w for n in names for w in n.rstrip("*").upper().split()})
        toks = names[0].rstrip("*").upper().split()
        if 2 <= len(toks) <= 4:
            first[toks[0]] += 1
    for key, (names, codes) in recent.items():
        sur = surname_of(names[0], codes)
        if sur is None or sur in everyday or first[sur] >= 2 or sur in places:
            continue
        if any(c[0].endswith("PTY") for c in codes):
            continue
        own = {n.rstrip("*").upper() for n in names}
        bearers = [v for v in actors.values()
                   if any(sur in n.rstrip("*").upper().split() for n in v[0])]
        mine = [v for v in bearers if own & {n.rstrip("*").upper() for n in v[0]}]
        if len(bearers) != len(mine) or not mine:
            continue  # another actor entry uses the word
        for v in mine:
            if not any(n.rstrip("*").upper() == sur for n in v[0]):
                v[0].append(sur)


def check(dicts, out):
    """Regenerate into a scratch directory and compare with the committed files: the
    derived actors.tsv must be what the sources and leaders_recent.tsv give today."""
    import filecmp
    import shutil
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for f in HAND_WRITTEN:
            shutil.copy(os.path.join(out, f), tmp)
        subprocess.run([sys.executable, os.path.abspath(__file__), "--dicts", dicts, "--out", tmp],
                       check=True)
        stale = [f for f in DERIVED
                 if not filecmp.cmp(os.path.join(out, f), os.path.join(tmp, f), shallow=False)]
    if stale:
        sys.exit(f"stale derived actor data in {out}: {', '.join(stale)} -- "
                 "run python3 scripts/derive_actors.py and commit the result")
    print(f"derived actor data in {out} is up to date")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dicts", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                    "..", "..", "shared", "data", "dicts"))
    ap.add_argument("--out", default="data/actors")
    ap.add_argument("--check", action="store_true",
                    help="regenerate into a temp dir and fail if the committed files differ")
    args = ap.parse_args()
    d, out = args.dicts, args.out
    if args.check:
        return check(d, out)

    # ---------- countries ----------
    ci = read_countryinfo(os.path.join(d, "CountryInfo.120116.txt"))
    rows = OrderedDict()
    country_names = set()
    for c in ci:
        code = c["code"]
        if len(code) != 3:  # dependencies like USAGUM: keep as locations of the parent
            pass
        for n in c["C"]:
            nm, _ = clean_name(n)
            country_names.add(nm)
            COUNTRY_NAMES.add(nm)
    claims = OrderedDict()
    for c in ci:
        code = c["code"] if len(c["code"]) == 3 else c["code"][:3]
        sub = len(c["code"]) != 3
        for kind in ("C", "N", "K", "L"):
            for n in c[kind]:
                nm, _ = clean_name(n)
                if not nm or not ok_name(nm) or len(nm) < 3:
                    continue
                k = kind
                if sub and k == "C":
                    k = "L"
                if kind == "N":
                    # CountryInfo mixes demonyms and alternative names
                    k = "N" if is_demonym(nm) else "C"
                    if sub:
                        k = "L" if k == "C" else "N"
                claims.setdefault(nm, []).append((code, k))
    for nm, claimed in claims.items():
        rows[nm] = owner(nm, claimed, ci)
    # Phoenix country-level blocks: add aliases not already known (typed by suffix).
    countries_path = os.path.join(d, "petrarch2_Phoenix.Countries.actors.txt")
    cblocks = read_petrarch_actors(countries_path)
    person_blocks = []
    for names, codes in cblocks:
        plain = [c for c in codes if len(c[0]) == 3 and not c[1] and not c[2]]
        if plain and len(codes) == len(plain):
            code = plain[0][0]
            for n in names:
                nm, _ = clean_name(n)
                if nm and nm not in rows and len(nm) >= 3 and ok_name(nm):
                    cn = [x for x, (cc, kk) in rows.items() if cc == code and kk == "C"][:3]
                    if is_demonym(nm) and any(nm[:4] == x[:4] for x in cn):
                        k = "N"
                    elif any(nm[:5] == x[:5] or nm == "THE " + x for x in cn):
                        k = "C"
                    else:
                        k = "L"
                    rows[nm] = (code, k)
        else:
            person_blocks.append((names, codes))
    # a few common forms missing from the sources
    extra = [
        ("USA", "C", "U.S."), ("USA", "C", "U.S.A."), ("USA", "C", "US"), ("USA", "C", "U.S."), ("USA", "C", "AMERICA"),
        ("GBR", "C", "UK"), ("GBR", "C", "U.K."), ("GBR", "C", "BRITAIN"), ("GBR", "N", "BRITISH"),
        ("RUS", "C", "RUSSIA"), ("RUS", "N", "RUSSIAN"), ("UKR", "K", "KYIV"), ("UKR", "K", "KIEV"),
        ("---", "L", "KURDISTAN"), ("PSE", "L", "GAZA STRIP"), ("PSE", "L", "GAZA"),
        ("IRQ", "L", "MOSUL"), ("SYR", "L", "RAQQA"), ("SYR", "L", "RAQQAH"), ("SYR", "L", "ALEPPO"),
        ("KOR", "C", "SOUTH KOREA"), ("PRK", "C", "NORTH KOREA"), ("KOR", "N", "SOUTH KOREAN"),
        ("PRK", "N", "NORTH KOREAN"), ("NLD", "C", "THE NETHERLANDS"), ("ARE", "C", "UAE"),
        ("ARE", "C", "UNITED ARAB EMIRATES"),
    ]
    # ethnic / religious / linguistic groups: NATIONALITY without a country ("---"). The
    # Balkan ethnonyms "Serb", "Croat", "Bosniak" name peoples of Bosnia, Kosovo, Croatia
    # and Montenegro ("Its Serb member", "the Bosniak and Croat members" of Bosnia's
    # presidency, "Serb-run entity"); the states are "Serbian", "Croatian", "Serbia".
    ethnic = ("ARAB ARABS ARABIC KURD KURDS KURDISH YAZIDI YAZIDIS YEZIDI SUNNI SUNNIS SHIA SHIITE SHIITES "
              "SHI'ITE SHI'ITES ALAWITE ALAWITES DRUZE CHRISTIAN CHRISTIANS MUSLIM MUSLIMS JEWISH JEWS "
              "TURKMEN TURKOMAN PASHTUN PASHTUNS BALOCH BALUCH TAMIL TAMILS SIKH SIKHS HINDU HINDUS "
              "BUDDHIST BUDDHISTS CATHOLIC CATHOLICS COPTIC COPTS ASSYRIAN ASSYRIANS CHALDEAN CHALDEANS "
              "PERSIAN PERSIANS BERBER BERBERS TUAREG UIGHUR UIGHURS UYGHUR UYGHURS ROHINGYA HAZARA "
              "HAZARAS BEDOUIN BEDOUINS EUROPEAN EUROPEANS AFRICAN AFRICANS ASIAN ASIANS LATINO HISPANIC "
              "ISLAMIST ISLAMISTS SALAFI SALAFIST WAHHABI ORTHODOX EVANGELICAL PROTESTANT MAORI ABORIGINAL "
              "PALESTINIANS SERB SERBS CROAT CROATS BOSNIAK BOSNIAKS").split()
    for nm in ethnic:
        extra.append(("---", "N", nm))
    # regions without a country
    for nm in ("THE GULF", "PERSIAN GULF", "ARABIAN GULF", "GULF OF ADEN", "RED SEA", "ARABIAN SEA",
               "MEDITERRANEAN", "MEDITERRANEAN SEA", "BLACK SEA", "BALTIC SEA", "SOUTH CHINA SEA",
               "MIDDLE EAST", "LEVANT", "SAHEL", "HORN OF AFRICA", "BALKANS", "CAUCASUS",
               "CENTRAL ASIA", "SOUTHWEST ASIA", "SOUTHEAST ASIA", "NORTH AFRICA", "WEST AFRICA",
               "EAST AFRICA", "SUB-SAHARAN AFRICA", "LATIN AMERICA", "EUROPE", "ASIA", "AFRICA",
               "STRAIT OF HORMUZ", "BAB EL-MANDEB", "SINAI", "GAZA STRIP", "WEST BANK",
               "KURDISTAN", "EUPHRATES", "TIGRIS", "ARCTIC", "ANTARCTICA", "PACIFIC", "ATLANTIC",
               "INDIAN OCEAN"):
        if nm not in rows:
            extra.append(("---", "L", nm))
    for code, k, nm in extra + read_demonyms(os.path.join(out, "demonyms.tsv")):
        rows[nm] = (code, k)
    # "St Vincent and the Grenadines": wire copy abbreviates "Saint" in country names, and
    # the sources list the short form for some names only (a partial match splits the
    # country into "St Vincent" and a "Grenadines" of Grenada)
    for nm, (code, k) in list(rows.items()):
        if k == "C" and nm.startswith("SAINT "):
            for short in ("ST ", "ST. "):
                rows.setdefault(short + nm[len("SAINT "):], (code, k))
    # ambiguous/harmful short forms dropped from the country list
    for bad in ("US", "UN", "MAN", "GUINEA", "CHAD"):  # CHAD is re-added below as country only
        pass
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "countries.tsv"), "w", encoding="utf-8") as fh:
        fh.write("# derived by scripts/derive_actors.py from CountryInfo.120116.txt (CC BY-SA 3.0)\n")
        fh.write("# and petrarch2_Phoenix.Countries.actors.txt (MIT). CODE\tKIND\tNAME\n")
        for nm, (code, k) in rows.items():
            fh.write(f"{code}\t{k}\t{nm}\n")

    # ---------- actors (persons, institutions, IGOs, non-state) ----------
    actors = OrderedDict()  # key: primary name -> [names list, codes list]

    def add_block(names, codes, src):
        cleaned = []
        for n in names:
            nm, stem = clean_name(n)
            if not nm or len(nm) < 2:
                continue
            if nm in rows and rows[nm][1] in ("C", "N"):
                continue  # country names are typed from countries.tsv
            if rows.get(nm) == ("---", "L") and nm.split()[-1] in ("OCEAN", "SEA", "GULF"):
                # a sea of no country is no alias of an actor: Phoenix lists "INDIAN OCEAN"
                # with India's parliament (branch fresh13)
                continue
            cleaned.append(nm + ("*" if stem else ""))
        if not cleaned or not codes:
            return
        # Drop very long alias lists of obscure officials (keep first 12 aliases).
        cleaned = list(OrderedDict.fromkeys(cleaned))[:12]
        key = cleaned[0].rstrip("*")
        if key in actors:
            actors[key][0].extend(x for x in cleaned if x not in actors[key][0])
            actors[key][1].extend(c for c in codes if c not in actors[key][1])
        else:
            actors[key] = [cleaned, list(codes)]

    for names, codes in person_blocks:
        add_block(names, codes, "countries")
    for f in ("petrarch2_Phoenix.International.actors.txt", "petrarch2_Phoenix.MilNonState.actors.txt"):
        for names, codes in read_petrarch_actors(os.path.join(d, f)):
            add_block(names, codes, f)

    # ---------- recent leaders (hand-written) ----------
    recent_path = os.path.join(out, "leaders_recent.tsv")
    recent = OrderedDict()
    with open(recent_path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 4:
                sys.exit(f"{recent_path}:{ln}: expected CODE FROM TO NAME [ALIASES]")
            code, fr, to, name = parts[:4]
            aliases = [a for a in (parts[4].split("|") if len(parts) > 4 else []) if a]
            key = name.upper()
            ent = recent.setdefault(key, [[spelt(name)], []])
            for a in aliases:
                same = [i for i, n in enumerate(ent[0]) if n.upper() == a.upper()]
                if not same:
                    ent[0].append(spelt(a))
                elif spelt(a) != a.upper():
                    ent[0][same[0]] = spelt(a)  # the lower-case spelling says more
            ent[1].append((code, fr.replace("-", ""), to.replace("-", "")))
    curated = set()  # id() of the actor entries a curated row confirms or corrects
    for key, (names, codes) in recent.items():
        existing = actors.get(key)
        if existing is None:
            # match on any alias
            for k2, v in actors.items():
                if any(n.rstrip("*").upper() == key for n in v[0]):
                    existing = v
                    break
        if existing is not None and all(not c[1] and not c[2] for c in codes):
            # an undated curated code is a correction: it replaces the source's codes
            existing[1] = list(codes)
            existing[0].extend(n for n in names if n not in existing[0])
        elif existing is not None:
            first = min((c[1] for c in codes if c[1]), default="")
            kept = []
            for c in existing[1]:
                if c[0].startswith(("USAELI", "ELI")) or not c[0]:
                    continue
                if first and (c[2] == "" or c[2] > first):
                    # open-ended or overlapping old role: end it when the curated record starts
                    if c[1] and c[1] >= first:
                        continue
                    if c[1] == "" and c[2] == "":
                        continue
                    c = (c[0], c[1], first)
                kept.append(c)
            existing[1] = kept + codes
            existing[0].extend(n for n in names if n not in existing[0])
        else:
            actors[key] = [names, codes]
        curated.add(id(existing if existing is not None else actors[key]))
    # the source often holds one person in several entries ("SALVA KIIR MAYARDIT*" and
    # "SALVA KIIR"): a curated row speaks for every entry that bears one of its names
    curated_names = {n.rstrip("*").upper() for names, _ in recent.values() for n in names}
    curated |= {id(v) for v in actors.values()
                if any(n.rstrip("*").upper() in curated_names for n in v[0])}
    expire_open_roles(actors, curated)
    add_surname_aliases(actors, recent, everyday_words(os.path.join(d, "..", "ud")),
                        {w for nm in rows for w in nm.split()})

    with open(os.path.join(out, "actors.tsv"), "w", encoding="utf-8") as fh:
        fh.write("# derived by scripts/derive_actors.py from petrarch2_Phoenix.{Countries,International,MilNonState}\n")
        fh.write("# .actors.txt (MIT, Open Event Data Alliance) + leaders_recent.tsv. NAMES\tCODES\n")
        for key, (names, codes) in actors.items():
            cs = ";".join(c[0] + (f"@{c[1]}-{c[2]}" if c[1] or c[2] else "") for c in codes)
            fh.write("|".join(names) + "\t" + cs + "\n")

    # ---------- first names ----------
    fn = Counter()
    for key, (names, codes) in actors.items():
        toks = key.split()
        if 2 <= len(toks) <= 4 and toks[0].isalpha() and len(toks[0]) > 2:
            fn[toks[0]] += 1
    blocked = set(rows) | {"THE", "PRESIDENT", "KING", "PRINCE", "GENERAL", "MINISTER", "SHEIKH", "ABU", "AL",
                           "SOUTHERN", "NORTHERN", "EASTERN", "WESTERN", "CENTRAL", "NORTH", "SOUTH",
                           "EAST", "WEST", "NEW", "GREAT", "UNITED", "NATIONAL", "ROYAL", "FREE",
                           "ISLAMIC", "ARAB", "PEOPLE'S", "PEOPLES", "DEMOCRATIC", "REPUBLICAN",
                           "SUPREME", "HIGH", "UPPER", "LOWER", "GRAND", "HOLY", "SAINT", "ST.",
                           "FORMER", "DEPUTY", "VICE", "SENIOR", "CHIEF", "FIRST", "SECOND", "OLD",
                           "SECRETARY", "AMBASSADOR", "GOVERNOR", "SENATOR", "MAYOR", "JUDGE",
                           "ARMY", "NAVY", "AIR", "POLICE", "STATE", "FEDERAL", "INTERNATIONAL",
                           "GENERAL", "COLONEL", "CAPTAIN", "MAJOR", "LIEUTENANT", "SERGEANT",
                           "GEN", "COL", "CAPT", "LT", "SGT",  # rank abbreviations ("Gen Nakatani" is a given name)
                           "MINISTRY", "COUNCIL", "PARTY", "FRONT", "UNION", "ASSOCIATION",
                           # first words of organisation names (issue 8): "Commerce Department",
                           # "Department of Homeland Security", "Wagner Group"
                           "DEPARTMENT", "COMMERCE", "WAGNER",
                           # "Arakan Army", "Arakan Rohingya Salvation Army" (branch actors3)
                           "ARAKAN"}
    with open(os.path.join(out, "firstnames.txt"), "w", encoding="utf-8") as fh:
        fh.write("# first tokens of person names in actors.tsv seen >= 2 times (derived)\n")
        for n, c in sorted(fn.items()):
            if c >= 2 and n not in blocked:
                fh.write(n + "\n")

    # ---------- agents ----------
    with open(os.path.join(d, "petrarch2_Phoenix.agents.txt"), encoding="utf-8", errors="replace") as src, \
            open(os.path.join(out, "agents.txt"), "w", encoding="utf-8") as dst:
        dst.write("# petrarch2_Phoenix.agents.txt (MIT, Open Event Data Alliance), comments stripped\n")
        for line in src:
            body = line.split("#", 1)[0].rstrip()
            if body.strip():
                dst.write(body + "\n")


if __name__ == "__main__":
    main()
