#!/usr/bin/env python3
"""Derive demarche's built-in CAMEO data from the shared source dictionaries.

    python3 scripts/derive_verbs.py [--shared /work/shared/data/dicts]

Writes
  data/cameo/cameo.tsv            code, Goldstein, PLOVER event/mode/context, description
  data/verbs/cameo_verbs.tsv      compact verb dictionary compiled from the PETRARCH2
                                  CAMEO 2.0 verb file (MIT, Open Event Data Alliance)
  data/verbs/additions.tsv        the project's own additions (data/verbs/additions.verbs.txt,
                                  PETRARCH syntax) compiled to the same compact form

Compact form, one record per line, tab separated (see src/nlp/verbs.rs):
  S <tab> NAME <tab> item|item|...        synonym set (&NAME); items are space-separated words
  B <tab> NAME <tab> CODE                 verb block with its default code ("---" = no event)
  V <tab> CODE <tab> form|form|...        one verb and all its surface forms; in a multi-word
                                          form the verb word is marked with a leading '+'.
                                          CODE empty = block default
  P <tab> CODE <tab> pattern              pattern in PETRARCH syntax (without '-' and comment)
Transformations (~ lines) are not compiled: demarche handles reported speech itself.
"""
import argparse
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def die(path, line, msg):
    sys.exit(f"{path}:{line}: {msg}")


# ---------------------------------------------------------------- verb forms
VOWELS = set("AEIOU")


def regular_forms(word):
    """Regular inflections of a verb (upper case): base, 3sg, past, gerund.
    Irregular ones are listed in the dictionary itself. CVC doubling is ambiguous
    in English (visit/visited, admit/admitted), so both variants are generated."""
    w = word
    forms = {w}
    if len(w) < 2:
        return forms
    if w.endswith("E"):
        forms |= {w + "S", w + "D", w[:-1] + "ING"}
        if w.endswith("EE") or w.endswith("YE") or w.endswith("OE"):
            forms.add(w + "ING")
        return forms
    if w.endswith("Y") and w[-2] not in VOWELS:
        forms |= {w[:-1] + "IES", w[:-1] + "IED", w + "ING"}
        return forms
    if w.endswith(("S", "SH", "CH", "X", "Z")):
        forms |= {w + "ES", w + "ED", w + "ING"}
        return forms
    forms |= {w + "S", w + "ED", w + "ING"}
    if (len(w) >= 3 and w[-1] not in VOWELS and w[-1] not in "WXY"
            and w[-2] in VOWELS and w[-3] not in VOWELS):
        forms |= {w + w[-1] + "ED", w + w[-1] + "ING"}
    if w.endswith("C"):
        forms |= {w + "KED", w + "KING"}
    return forms


def expand_verb(spec, irregular):
    """spec like 'MEET' or '+BREAK_DOWN' or 'KLM_NOP_+RST'. Returns surface forms as
    space-separated words with the verb word marked '+' when multi-word."""
    words = spec.split("_")
    words = [w for w in words if w != ""]
    if not words:
        return []
    head = 0
    for i, w in enumerate(words):
        if w.startswith("+"):
            head = i
            words[i] = w[1:]
    out = set()
    if irregular:
        for f in irregular:
            fw = [w for w in f.split("_") if w]
            h = 0
            for i, w in enumerate(fw):
                if w.startswith("+"):
                    h = i
                    fw[i] = w[1:]
            out.add(mark(fw, h))
    base_forms = regular_forms(words[head]) if not irregular or len(words) == 1 else {words[head]}
    if len(words) == 1 and irregular:
        base_forms = {words[head]}
    for f in base_forms:
        ws = list(words)
        ws[head] = f
        out.add(mark(ws, head))
    return sorted(out)


def mark(words, head):
    if len(words) == 1:
        return words[0].lower()
    return " ".join(("+" if i == head else "") + w.lower() for i, w in enumerate(words))


def strip_comment(line):
    """Text before a '#' comment; a '#' inside [...] belongs to a code."""
    depth = 0
    for i, c in enumerate(line):
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
        elif c == "#" and depth <= 0:
            return line[:i]
    return line


CODE_RE = re.compile(r"\[([^\]]*)\]")


def parse_petrarch(path):
    """Parse a PETRARCH verb file into (synsets, blocks). Light validation only:
    the Rust loader is the authority and reports errors with line numbers."""
    synsets = []  # (name, [items])
    blocks = []  # (name, code, [(code, forms)], [(code, pattern)])
    cur_syn = None
    cur = None
    with open(path, encoding="utf-8", errors="replace") as fh:
        lines = fh.read().splitlines()
    in_comment = False
    for n, raw in enumerate(lines, 1):
        line = raw
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if line.lstrip().startswith("<!--"):
            if "-->" not in line:
                in_comment = True
            continue
        if line.startswith("########") and "TRANSFORMATIONS" in line:
            break
        body = strip_comment(line).rstrip()
        if not body.strip():
            continue
        s = body.strip()
        if s.startswith("~"):
            continue
        if s.startswith("&"):
            cur_syn = (s.split()[0][1:].rstrip("_"), [])
            synsets.append(cur_syn)
            cur = None
            continue
        if s.startswith("---"):
            m = re.match(r"---\s*([^\s\[]+)\s*\[([^\]]*)\]", s)
            if not m:
                die(path, n, f"malformed block header: {s}")
            cur = (m.group(1), m.group(2).strip(), [], [])
            blocks.append(cur)
            cur_syn = None
            continue
        if s.startswith("-"):
            if cur is None:
                die(path, n, "pattern outside a verb block")
            m = CODE_RE.search(s)
            if not m:
                die(path, n, f"pattern without [code]: {s}")
            pat = s[1 : m.start()].strip()
            if "*" not in pat:
                die(path, n, f"pattern without '*': {s}")
            cur[3].append((m.group(1).strip(), pat))
            continue
        if s.startswith("+") and cur_syn is not None and cur is None:
            cur_syn[1].append(s[1:].strip().replace("_", " ").strip().lower())
            continue
        if cur is None:
            if cur_syn is not None:
                continue
            die(path, n, f"line outside any block: {s}")
        # verb line: SPEC {IRREGULAR FORMS} [CODE]
        code = ""
        m = CODE_RE.search(s)
        if m:
            code = m.group(1).strip()
            s = (s[: m.start()] + s[m.end():]).strip()
        irregular = []
        m = re.search(r"\{([^}]*)\}", s)
        if m:
            irregular = [t for t in re.split(r"[\s,]+", m.group(1)) if t]
            s = (s[: m.start()] + s[m.end():]).strip()
        spec = s.split()[0] if s.split() else ""
        if not spec:
            continue
        forms = expand_verb(spec, irregular)
        cur[2].append((code, forms))
    return synsets, blocks


def write_compact(out, synsets, blocks, header):
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(header)
        for name, items in synsets:
            if items:
                fh.write(f"S\t{name}\t{'|'.join(items)}\n")
        for name, code, verbs, pats in blocks:
            fh.write(f"B\t{name}\t{code}\n")
            for vcode, forms in verbs:
                fh.write(f"V\t{vcode}\t{'|'.join(forms)}\n")
            for pcode, pat in pats:
                fh.write(f"P\t{pcode}\t{' '.join(pat.split())}\n")


# ---------------------------------------------------------------- CAMEO table
# demarche's extension of the CAMEO2PLOVER 2021 table (written for this project, MIT): the
# 2021 table gives CAMEO 02 (appeals) no PLOVER type, but PLOVER's REQUEST covers appeals as
# well as demands (CAMEO 10), so every 02x code is REQUEST, with the mode and context of the
# matching 10x demand. CAMEO 01 (statements) stays without a type: not an event in PLOVER.
APPEAL_EXTENSION = {
    "02": ("REQUEST", "", ""),
    "020": ("REQUEST", "", ""),
    "021": ("REQUEST", "assist", ""),
    "0211": ("REQUEST", "assist", "economic"),
    "0212": ("REQUEST", "assist", "military"),
    "0213": ("REQUEST", "assist", "legal"),
    "0214": ("REQUEST", "assist", "intelligence"),
    "022": ("REQUEST", "assist", "diplomatic"),
    "023": ("REQUEST", "assist", ""),
    "0231": ("REQUEST", "assist", "economic"),
    "0232": ("REQUEST", "assist", "military"),
    "0233": ("REQUEST", "assist", "humanitarian"),
    "0234": ("REQUEST", "assist", "peacekeeping"),
    "024": ("REQUEST", "change", "political_institutions"),
    "0241": ("REQUEST", "change", "executive"),
    "0242": ("REQUEST", "change", "executive"),
    "0243": ("REQUEST", "change", "rights_freedoms"),
    "0244": ("REQUEST", "change", "political_institutions"),
    "025": ("REQUEST", "change", "legal"),
    "0251": ("REQUEST", "yield", "legal"),
    "0252": ("REQUEST", "yield", "legal"),
    "0253": ("REQUEST", "yield", "legal"),
    "0254": ("REQUEST", "yield", "economic"),
    "0255": ("REQUEST", "yield", "diplomatic"),
    "0256": ("REQUEST", "yield", "military"),
    "026": ("REQUEST", "meet", "diplomatic"),
    "027": ("REQUEST", "meet", "diplomatic"),
    "028": ("REQUEST", "meet", "diplomatic"),
}


def derive_cameo(shared, out):
    gold = {}
    with open(os.path.join(shared, "cameo_goldstein.tsv"), encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or line.startswith("cameo_code"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 2:
                gold[parts[0]] = parts[1]
    plover = {}
    with open(os.path.join(shared, "PLOVER_CAMEO2PLOVER-2021.txt"), encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or ":" not in line:
                continue
            code, rest = line.split(":", 1)
            code = code.strip()
            if not code.isdigit():
                continue
            desc = ""
            if "#" in rest:
                rest, desc = rest.split("#", 1)
            fields = [f.strip() for f in rest.split(",")]
            fields += [""] * (3 - len(fields))
            plover[code] = (fields[0], fields[1], fields[2], desc.strip())
    for code, (event, mode, context) in APPEAL_EXTENSION.items():
        if plover.get(code, ("",))[0]:
            raise SystemExit(f"CAMEO2PLOVER now types {code}: drop it from APPEAL_EXTENSION")
        plover[code] = (event, mode, context, "Appeal (demarche extension: CAMEO 02 as REQUEST)")
    codes = sorted(set(gold) | set(plover))
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# Derived by scripts/derive_verbs.py. Goldstein values: CAMEO.SCALE (Parus Analytics)\n"
                 "# via openeventdata/phoenix_pipeline (MIT). PLOVER mapping: CAMEO2PLOVER 2021,\n"
                 "# Open Event Data Alliance (CC BY-SA 4.0). See data/VERBS-LICENSE.md.\n"
                 "# Extension (demarche, MIT; APPEAL_EXTENSION in scripts/derive_verbs.py): CAMEO 02x\n"
                 "# appeals are typed REQUEST, which the 2021 table leaves empty; 01x stays untyped.\n"
                 "# code\tgoldstein\tplover_event\tplover_mode\tplover_context\tdescription\n")
        for c in codes:
            g = gold.get(c, "")
            p = plover.get(c, ("", "", "", ""))
            fh.write("\t".join([c, g, *p]) + "\n")
    return len(codes)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="/work/shared/data/dicts")
    args = ap.parse_args()
    n = derive_cameo(args.shared, os.path.join(ROOT, "data/cameo/cameo.tsv"))
    print(f"cameo.tsv: {n} codes")
    src = os.path.join(args.shared, "petrarch2_CAMEO.2.0.verbs.txt")
    syn, blocks = parse_petrarch(src)
    write_compact(os.path.join(ROOT, "data/verbs/cameo_verbs.tsv"), syn, blocks,
                  "# Compiled by scripts/derive_verbs.py from petrarch2 CAMEO.2.0.verbs.txt\n"
                  "# (c) 2015 Open Event Data Alliance, MIT licence. See data/VERBS-LICENSE.md.\n")
    print(f"cameo_verbs.tsv: {len(syn)} synsets, {len(blocks)} blocks, "
          f"{sum(len(b[2]) for b in blocks)} verbs, {sum(len(b[3]) for b in blocks)} patterns")
    add = os.path.join(ROOT, "data/verbs/additions.verbs.txt")
    if os.path.exists(add):
        syn, blocks = parse_petrarch(add)
        write_compact(os.path.join(ROOT, "data/verbs/additions.tsv"), syn, blocks,
                      "# Compiled by scripts/derive_verbs.py from data/verbs/additions.verbs.txt:\n"
                      "# demarche's own additions for modern news (MIT).\n")
        print(f"additions.tsv: {len(blocks)} blocks")


if __name__ == "__main__":
    main()
