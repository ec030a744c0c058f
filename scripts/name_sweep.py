#!/usr/bin/env python3
"""Sweep every country name and capital of the gazetteer through a few sentence frames and
count which ones the parse mis-tags (INTJ, ADV, ADJ, VERB… where a name is a noun), which
lose their role (no subject, no possessor) and which code no event with the name as source.

    python3 scripts/name_sweep.py [--bin target/release/demarche] [-v]
    python3 scripts/name_sweep.py --places [-v]

--places instead puts every country and capital of countries.tsv and the cities of
data/places/cities.tsv that news names most (a million inhabitants, or a spelling with a
lower-case inner word, or an alternate spelling: "Dar es Salaam", "St George's") into one
frame and counts the names that give no mention of their country, by cause.

The frames are the project's own sentences; the names come from data/actors/countries.tsv
(the first country name of each code, a few common short forms, every capital not on the
places stoplist). Standard library only.
"""
import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# news spells these countries otherwise than the first row of their code
SHORT = {"RUS": "Russia", "TZA": "Tanzania", "ZAF": "South Africa", "GBR": "Britain",
         "SRB": "Serbia", "MDG": "Madagascar", "BRN": "Brunei", "CIV": "Ivory Coast",
         "CZE": "Czechia", "SWZ": "Eswatini", "MKD": "North Macedonia"}
# (id, sentence, role the name's head word should have, the event's expected source)
FRAMES = [
    ("appos", "{X}, a long-time partner of {Y}, urged {Z} to release the detained sailors.",
     "nsubj"),
    ("relcl", "{X}, which borders {Y}, accused {Z} of shelling its villages.", "nsubj"),
    ("day", "{X} on Monday expelled two diplomats from {Z}.", "nsubj"),
    ("poss", "{X}'s foreign ministry accused {Z} of arming the rebels.", "nmod:poss"),
    ("aside", "{X}, meanwhile, signed a trade agreement with {Z}.", "nsubj"),
]
NOUNS = {"PROPN", "NOUN"}
# partners and targets (name, code)
POOL = [("Ghana", "GHA"), ("Peru", "PER"), ("Chile", "CHL"), ("Laos", "LAO")]


def title(name):
    small = {"and", "of", "the", "la", "de", "da", "es"}
    words = name.lower().split()
    return " ".join(w if i and w in small else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


def names():
    stop = set((ROOT / "data/places/stoplist.txt").read_text().lower().split("\n"))
    seen, out = set(), []
    for line in (ROOT / "data/actors/countries.tsv").read_text(errors="replace").splitlines():
        cols = line.split("\t")
        if len(cols) < 3 or line.startswith(("#", ":")):
            continue
        code, kind, name = cols[0], cols[1], cols[2].split("#")[0].strip()
        if kind == "C" and code not in seen:
            seen.add(code)
            out.append((SHORT.get(code, title(name)), code, "country"))
        elif kind == "K" and name.lower() not in stop and name.isascii():
            out.append((title(name), code, "capital"))
    return out


def others(code):
    """A partner and a target of other countries than the name's."""
    rest = [p for p in POOL if p[1] != code]
    return rest[0], rest[1]


def articles(rows):
    for i, (name, code, kind) in enumerate(rows):
        y, z = others(code)
        for fid, frame, _ in FRAMES:
            text = frame.format(X=name, Y=y[0], Z=z[0])
            yield {"id": f"{i}-{fid}", "text": text, "published_at": "2025-03-03T12:00:00Z",
                   "source": "sweep", "language": "en"}


def run(binary, sub, jsonl, *extra):
    res = subprocess.run([binary, sub, "--input", "-", *extra], input=jsonl,
                         capture_output=True, text=True, check=True)
    return [json.loads(l) for l in res.stdout.splitlines() if l.strip()]


def name_head(words, n_chars):
    """The word of the name (the first `n_chars` characters) whose head lies outside it."""
    inside = [w for w in words if w["end"] <= n_chars]
    ids = {w["id"] for w in inside}
    heads = [w for w in inside if w["head"] not in ids]
    return inside, (heads[0] if heads else None)


def coded(events, code):
    """(CAMEO code, target country) of the events with the name's country as source."""
    return {(e["cameo_code"], (e.get("target") or {}).get("country"))
            for e in events if (e.get("source") or {}).get("country") == code}


def usual_events(rows, events):
    """Per frame, the CAMEO code most names code in it: a name with another codes wrong."""
    tally = {fid: {} for fid, _, _ in FRAMES}
    for i, (_, code, _) in enumerate(rows):
        for fid, _, _ in FRAMES:
            for cameo, _ in coded(events.get(f"{i}-{fid}", []), code):
                tally[fid][cameo] = tally[fid].get(cameo, 0) + 1
    return {fid: max(t, key=t.get) if t else None for fid, t in tally.items()}


PLACE_FRAME = "{X} on Monday expelled two diplomats from Ghana."


def place_rows():
    """(name, code, kind): countries and capitals, then the most named cities and every
    other spelling of them."""
    rows = names()
    for line in (ROOT / "data/places/cities.tsv").read_text().splitlines():
        if line.startswith("#"):
            continue
        name, code, _, _, pop, alts = line.split("\t")
        inner = any(w[:1].islower() for w in name.split()[1:])
        if int(pop) >= 1_000_000 or inner or alts:
            rows.append((name, code, "city"))
            rows.extend((a, code, "alias") for a in alts.split("|") if a)
    return rows


def place_cause(entities, name, code):
    """Why `name` (at the start of the frame) gives no mention of `code`, or None."""
    first = [e for e in entities if e["start"] == 0]
    if not first:
        return "no mention"
    e = first[0]
    if e["end"] < len(name.encode()) and e["text"] != name:
        return "cut short"
    if not (e.get("actor") or "").startswith(code):
        return "other country"
    return None


def sweep_places(binary, verbose):
    rows = place_rows()
    arts = [{"id": str(i), "text": PLACE_FRAME.format(X=n), "published_at":
             "2025-03-03T12:00:00Z", "source": "sweep", "language": "en"}
            for i, (n, _, _) in enumerate(rows)]
    out = {d["id"]: d["entities"] for d in
           run(binary, "annotate", "".join(json.dumps(a) + "\n" for a in arts))}
    causes = {}
    for i, (name, code, kind) in enumerate(rows):
        cause = place_cause(out.get(str(i), []), name, code)
        if cause:
            causes.setdefault((kind, cause), []).append(name)
            if verbose:
                print(f"{kind:8} {code} {name:32} {cause}")
    print(f"{len(rows)} names; failures by kind and cause:")
    for (kind, cause), ns in sorted(causes.items()):
        print(f"  {kind:8} {cause:14} {len(ns):5}  e.g. {', '.join(ns[:4])}")
    print(f"  all failures: {sum(len(v) for v in causes.values())}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(ROOT / "target/release/demarche"))
    ap.add_argument("-v", action="store_true", help="list every failure")
    ap.add_argument("--places", action="store_true", help="the place-name sweep")
    args = ap.parse_args()
    if args.places:
        return sweep_places(args.bin, args.v)
    rows = names()
    arts = list(articles(rows))
    jsonl = "".join(json.dumps(a) + "\n" for a in arts)
    parsed = {d["id"]: d["sentences"][0]["words"]
              for d in run(args.bin, "parse", jsonl, "--format", "json")}
    events = {}
    for e in run(args.bin, "run", jsonl):
        events.setdefault(e["article_id"], []).append(e)
    roles = {fid: role for fid, _, role in FRAMES}
    usual = usual_events(rows, events)
    count = {fid: [0, 0, 0, 0] for fid, _, _ in FRAMES}  # sentences, tag, role, no event
    for i, (name, code, kind) in enumerate(rows):
        for fid, _, _ in FRAMES:
            aid = f"{i}-{fid}"
            inside, head = name_head(parsed.get(aid, []), len(name))
            tags = " ".join(w["upos"] for w in inside)
            bad_tag = head is None or head["upos"] not in NOUNS
            bad_role = head is None or head["deprel"] != roles[fid]
            target = others(code)[1][1]
            found = (usual[fid], target) in coded(events.get(aid, []), code)
            c = count[fid]
            c[0] += 1
            c[1] += bad_tag
            c[2] += bad_role
            c[3] += not found
            if args.v and (bad_tag or bad_role or not found):
                role = head["deprel"] if head else "-"
                print(f"{fid:6} {kind:8} {name:28} tags={tags:18} role={role:12} "
                      f"event={'yes' if found else 'NO'}")
    print(f"{len(rows)} names ({sum(k == 'country' for _, _, k in rows)} countries); "
          "tags and roles of the plain parse (`parse`), events of `run`")
    print("usual event per frame: " + ", ".join(f"{f} {e}" for f, e in usual.items()))
    print("frame   sentences  mis-tagged  role-lost  not-the-usual-event")
    for fid, (n, t, r, e) in count.items():
        print(f"{fid:7} {n:9} {t:11} {r:10} {e:9}")
    tot = [sum(c[k] for c in count.values()) for k in range(4)]
    print(f"{'all':7} {tot[0]:9} {tot[1]:11} {tot[2]:10} {tot[3]:9}")


if __name__ == "__main__":
    sys.exit(main())
