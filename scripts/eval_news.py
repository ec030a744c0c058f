"""The `news` and `news_test` sections of scripts/eval.py: multi-sentence news articles
(data/eval/news_dev/, the dev set, and data/eval/news_test/, the held-out test set).

Runs `demarche run` once on the dev articles (or reads a saved JSON-lines output of it) and scores
the emitted `DiplomaticEvent`s against the hand-coded gold events of each article. Matching is per
article, on actor keys and PLOVER type (see `actor_key` and `match_level`):

  dyad    source key + target key + PLOVER type          (the headline figures)
  strict  full source code + full target code (sector included) + PLOVER type
  loose   source key + PLOVER type (target ignored)

precision = emitted events matching at least one gold event (required or acceptable) of the article;
recall    = required gold events matched by at least one emitted event.

`python3 scripts/eval_news.py --check [DIR ...]` validates gold sets without running anything:
every evidence quote is in its article, every actor code is well-formed, every PLOVER type and
CAMEO code exists (see `check_dataset`).

Standard library only; the pure functions are unit-tested in scripts/test_eval.py.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import shlex
import subprocess
import sys
from typing import Iterable, Sequence

# Codes whose first three letters name a kind of organisation, not a country: the key keeps three
# more letters so the UN (IGOUNO), NATO (IGOWST...) and the EU (IGOEUR...) stay apart.
NON_STATE_PREFIXES = ("IGO", "NGO", "MNC", "IMG", "INT")
LEVELS = ("dyad", "strict", "loose")
ASSERTED = "MODALITY_ASSERTED"


class NewsDataError(Exception):
    """A news gold set is missing or malformed."""


class NewsRunError(Exception):
    """`demarche run` failed or its output is malformed."""


# ----------------------------------------------------------------------------------------------
# Pure functions

def actor_key(code) -> str | None:
    """Country-level key of a CAMEO actor code: 'RUSMIL' -> 'RUS', 'IGOUNOIAE' -> 'IGOUNO'.
    None for a missing code or one without a country ('', '---GOV')."""
    if not isinstance(code, str) or len(code) < 3 or code.startswith("---"):
        return None
    code = code.upper()
    return code[:6] if code[:3] in NON_STATE_PREFIXES else code[:3]


def full_code(code) -> str | None:
    """The whole code for strict matching; None when it has no country."""
    return code.upper() if actor_key(code) is not None else None


def gold_types(g: dict) -> tuple[str, ...]:
    """Acceptable PLOVER types of a gold event ('plover' is a string or a list)."""
    t = g["plover"]
    return tuple(t) if isinstance(t, list) else (t,)


def _emitted_code(actor) -> str:
    """An emitted actor's code; '---' + code when the output itself says it has no country (a
    code such as 'GOVMIL' with an empty `country` must not pass for the country 'GOV')."""
    actor = actor or {}
    code = actor.get("code") or ""
    no_country = "country" in actor and not actor["country"]
    if code and no_country and code[:3] not in NON_STATE_PREFIXES and not code.startswith("---"):
        return "---" + code
    return code


def emitted_view(ev: dict) -> dict:
    """The fields of one `run` JSON event the scorer uses."""
    src = _emitted_code(ev.get("source"))
    tgt = _emitted_code(ev.get("target"))
    return {"source": src, "target": tgt, "plover": ev.get("plover_type") or "",
            "cameo": ev.get("cameo_code") or "", "modality": ev.get("modality") or "",
            "start": int(ev.get("evidence_start") or 0), "end": int(ev.get("evidence_end") or 0),
            "evidence": ev.get("evidence_text") or ""}


def match_level(e: dict, g: dict, level: str) -> bool:
    """Does emitted event `e` (an `emitted_view`) match gold event `g` at `level`?
    A gold target of None (one-sided event) matches an emitted event without a target."""
    if e["plover"] not in gold_types(g):
        return False
    if level == "strict":
        return (full_code(e["source"]) == full_code(g["source"]) is not None
                and full_code(e["target"]) == full_code(g["target"]))
    src_ok = actor_key(e["source"]) == actor_key(g["source"]) is not None
    if level == "loose":
        return src_ok
    if level == "dyad":
        return src_ok and actor_key(e["target"]) == actor_key(g["target"])
    raise ValueError(level)


def dyad_of(x: dict) -> tuple:
    return actor_key(x["source"]), actor_key(x["target"])


def score_article(emitted: Sequence[dict], gold: Sequence[dict]) -> dict:
    """Counts for one article. `emitted` are `emitted_view`s; gold events carry 'source',
    'target', 'plover', 'required' and, for the alignment by sentence, 'span' = (start, end) of
    the evidence quote in the text (or None)."""
    out = {"n_emitted": len(emitted), "n_required": sum(1 for g in gold if g["required"])}
    for level in LEVELS:
        ok = [any(match_level(e, g, level) for g in gold) for e in emitted]
        found = [any(match_level(e, g, level) for e in emitted) for g in gold]
        out[level] = {
            "tp_emitted": sum(ok),
            "fp": len(emitted) - sum(ok),
            "required_found": sum(1 for g, f in zip(gold, found) if g["required"] and f),
        }
        if level == "dyad":
            out["fp_events"] = [e for e, k in zip(emitted, ok) if not k]
            out["missed"] = [g for g, f in zip(gold, found) if g["required"] and not f]
            out["background_only"] = sum(
                1 for e, k in zip(emitted, ok)
                if k and all(g.get("background") for g in gold if match_level(e, g, "dyad")))
    # Distinct: one (source key, target key, type) counted once per article.
    distinct = {(actor_key(e["source"]), actor_key(e["target"]), e["plover"]) for e in emitted}
    keyed = [{"source": s or "", "target": t or "", "plover": p} for s, t, p in distinct]
    out["distinct"] = len(distinct)
    out["distinct_ok"] = sum(1 for e in keyed if any(match_level(e, g, "dyad") for g in gold))
    out["type_on_dyad"] = _type_on_dyad(emitted, gold)
    out["source_on_aligned"] = _source_on_aligned(emitted, gold)
    return out


def _type_on_dyad(emitted: Sequence[dict], gold: Sequence[dict]) -> tuple[int, int]:
    """(right type, total) over emitted events whose resolved directed dyad is a gold dyad."""
    right = total = 0
    for e in emitted:
        d = dyad_of(e)
        if None in d:
            continue
        same = [g for g in gold if dyad_of(g) == d]
        if same:
            total += 1
            right += any(e["plover"] in gold_types(g) for g in same)
    return right, total


def _source_on_aligned(emitted: Sequence[dict], gold: Sequence[dict]) -> tuple[int, int]:
    """(right source country, total) over emitted events whose evidence sentence contains the
    evidence of a gold event of the same PLOVER type."""
    right = total = 0
    for e in emitted:
        aligned = [g for g in gold if g.get("span") and e["plover"] in gold_types(g)
                   and e["start"] < g["span"][1] and g["span"][0] < e["end"]]
        if aligned:
            total += 1
            right += any(actor_key(e["source"]) == actor_key(g["source"]) is not None
                         for g in aligned)
    return right, total


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def aggregate(per_article: dict[str, dict], emitted_all: Iterable[dict]) -> dict:
    """Dataset figures from `score_article` results and all emitted events."""
    arts = list(per_article.values())
    n_em = sum(a["n_emitted"] for a in arts)
    n_req = sum(a["n_required"] for a in arts)
    res = {"n_articles": len(arts), "n_emitted": n_em, "n_required": n_req}
    for level in LEVELS:
        tp = sum(a[level]["tp_emitted"] for a in arts)
        found = sum(a[level]["required_found"] for a in arts)
        p, r = _ratio(tp, n_em), _ratio(found, n_req)
        res[level] = {"precision": p, "recall": r, "f1": _ratio(2 * p * r, p + r),
                      "emitted_ok": tp, "required_found": found}
    res["distinct_precision"] = _ratio(sum(a["distinct_ok"] for a in arts),
                                       sum(a["distinct"] for a in arts))
    res["n_distinct"] = sum(a["distinct"] for a in arts)
    tr = [sum(a["type_on_dyad"][k] for a in arts) for k in (0, 1)]
    sr = [sum(a["source_on_aligned"][k] for a in arts) for k in (0, 1)]
    res["type_accuracy_on_dyads"] = _ratio(*tr)
    res["n_dyad_matched"] = tr[1]
    res["source_accuracy_on_aligned"] = _ratio(*sr)
    res["n_aligned"] = sr[1]
    res["zero_fp_article_share"] = _ratio(sum(1 for a in arts if a["dyad"]["fp"] == 0), len(arts))
    res["background_only_matches"] = sum(a["background_only"] for a in arts)
    emitted_all = list(emitted_all)
    modal = collections.Counter(e["modality"] or "?" for e in emitted_all)
    res["modality"] = dict(sorted(modal.items()))
    res["non_asserted"] = sum(v for k, v in modal.items() if k != ASSERTED)
    res["no_source_actor"] = sum(1 for e in emitted_all if actor_key(e["source"]) is None)
    res["no_plover_type"] = sum(1 for e in emitted_all if not e["plover"])
    # Events without a PLOVER type never match; this is the precision if they were not emitted.
    res["typed_precision"] = _ratio(res["dyad"]["emitted_ok"], n_em - res["no_plover_type"])
    # The same if only events with a type and both actors resolved were emitted (issue 8's rule).
    def is_complete(e):
        return bool(e["plover"]) and None not in dyad_of(e)

    complete = sum(1 for e in emitted_all if is_complete(e))
    complete_fp = sum(1 for a in arts for e in a["fp_events"] if is_complete(e))
    res["n_complete"] = complete
    res["complete_precision"] = _ratio(complete - complete_fp, complete)
    return res


# ----------------------------------------------------------------------------------------------
# Data and the run command

def load_news(news_dir: str, limit: int | None):
    """(articles, gold by id); every gold evidence quote must occur in its article's text."""
    def rows(name):
        path = os.path.join(news_dir, name)
        if not os.path.exists(path):
            raise NewsDataError(f"missing {path}")
        with open(path, encoding="utf-8") as f:
            try:
                return [json.loads(line) for line in f if line.strip()]
            except json.JSONDecodeError as e:
                raise NewsDataError(f"{path}: not JSON lines: {e}") from e

    articles = rows("articles.jsonl")
    gold = {g["id"]: g["events"] for g in rows("gold.jsonl")}
    if limit is not None:
        articles = articles[:limit]
    for a in articles:
        if a["id"] not in gold:
            raise NewsDataError(f"no gold for article {a['id']}")
        for g in gold[a["id"]]:
            k = a["text"].find(g.get("evidence", ""))
            if not g.get("evidence") or k < 0:
                raise NewsDataError(f"{a['id']}: evidence not in text: {g.get('evidence')!r}")
            g["span"] = (k, k + len(g["evidence"]))
    return articles, gold


def run_events(argv: list[str], articles: list[dict], workdir: str, timeout: float,
               saved_output: str | None = None, name: str = "news") -> dict[str, list[dict]]:
    """Emitted events by article id, from `argv --input F --format json` or a saved output.
    `name` (the dataset) names the files written to `workdir` and prefixes messages."""
    if saved_output:
        with open(saved_output, "rb") as f:
            raw = f.read()
    else:
        path = os.path.join(workdir, f"{name}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for a in articles:
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
        cmd = argv + ["--input", path, "--output", "-", "--format", "json"]
        print(f"[{name}] running: {shlex.join(cmd)}  ({len(articles)} articles)", file=sys.stderr)
        try:
            proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  timeout=timeout)
        except (OSError, subprocess.TimeoutExpired) as e:
            raise NewsRunError(f"[{name}] cannot run {shlex.join(cmd)}: {e}") from e
        if proc.returncode != 0:
            tail = "\n".join(proc.stderr.decode("utf-8", "replace").splitlines()[-20:])
            raise NewsRunError(f"[{name}] run exited with status {proc.returncode}:\n{tail}")
        raw = proc.stdout
        with open(os.path.join(workdir, f"{name}.out.jsonl"), "wb") as f:
            f.write(raw)
    ids = {a["id"] for a in articles}
    out: dict[str, list[dict]] = {i: [] for i in ids}
    for n, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            ev = json.loads(line)
        except json.JSONDecodeError as e:
            raise NewsRunError(f"[{name}] output line {n} is not JSON: {e}") from e
        aid = ev.get("article_id") if isinstance(ev, dict) else None
        if aid is None:
            raise NewsRunError(f"[{name}] output line {n} has no article_id")
        if aid in out:  # a saved output may cover more articles than --limit keeps
            out[aid].append(emitted_view(ev))
    return out


# ----------------------------------------------------------------------------------------------
# Report

def _show(x: dict) -> str:
    return f"{x['source'] or '-'} -> {x['target'] or '-'} {x['plover'] or '(none)'}"


TITLES = {"news": "News dev set", "news_test": "News held-out test set"}


def print_report(res: dict, per_article: dict[str, dict], verbose: bool,
                 name: str = "news") -> None:
    print(f"\n=== {TITLES.get(name, name)} ({res['n_articles']} articles, "
          f"{res['n_emitted']} emitted events, "
          f"{res['n_required']} required gold events) ===")
    print(f"  {'match':<40}{'P':>7}{'R':>7}{'F1':>7}")
    names = {"dyad": "source + target country + PLOVER type", "strict":
             "full codes (with sector) + PLOVER type", "loose": "source country + PLOVER type"}
    for level in LEVELS:
        m = res[level]
        print(f"  {names[level]:<40}{m['precision']:7.3f}{m['recall']:7.3f}{m['f1']:7.3f}")
    print(f"  distinct-event precision (one per source, target, type and article): "
          f"{res['distinct_precision']:.3f} of {res['n_distinct']}")
    print(f"  PLOVER type accuracy on gold dyads: {res['type_accuracy_on_dyads']:.3f} "
          f"(n={res['n_dyad_matched']})")
    print(f"  source country accuracy on events aligned to a gold event (same sentence, same "
          f"type): {res['source_accuracy_on_aligned']:.3f} (n={res['n_aligned']})")
    print(f"  precision (source + target + type) over events that have a PLOVER type: "
          f"{res['typed_precision']:.3f}; over those that also have both actors resolved: "
          f"{res['complete_precision']:.3f} (n={res['n_complete']})")
    print(f"  articles with no false positive: {res['zero_fp_article_share']:.3f}")
    print(f"  emitted events by modality: {res['modality']} (non-asserted: "
          f"{res['non_asserted']})")
    print(f"  asserted events only (source + target + type): precision "
          f"{res['asserted_only']['precision']:.3f}, recall {res['asserted_only']['recall']:.3f}")
    print(f"  emitted events without a source actor: {res['no_source_actor']}; without a "
          f"PLOVER type (CAMEO 01/02): {res['no_plover_type']}; matched only background gold: "
          f"{res['background_only_matches']}")
    if not verbose:
        return
    for aid, a in per_article.items():
        if not a["fp_events"] and not a["missed"]:
            continue
        print(f"  --- {aid}: {len(a['fp_events'])} false positive(s), {len(a['missed'])} miss(es)")
        for e in a["fp_events"]:
            print(f"    FP   {_show(e)} [{e['cameo']} {e['modality'].replace('MODALITY_', '')}] "
                  f"@{e['start']}: {e['evidence'][:150]}")
        for g in a["missed"]:
            print(f"    MISS {_show(g)}: {g['evidence']}")


def score_news(run_argv: list[str], news_dir: str, limit: int | None, workdir: str,
               timeout: float, verbose: bool, saved_output: str | None = None,
               name: str = "news") -> dict:
    """Score one news gold set (`name`: 'news' for the dev set, 'news_test' for the held-out
    set; both use the same scorer)."""
    articles, gold = load_news(news_dir, limit)
    events = run_events(run_argv, articles, workdir, timeout, saved_output, name)
    per_article = {a["id"]: score_article(events[a["id"]], gold[a["id"]]) for a in articles}
    res = aggregate(per_article, (e for a in articles for e in events[a["id"]]))
    # What a consumer keeping only asserted events would see.
    asserted = {a["id"]: score_article([e for e in events[a["id"]] if e["modality"] == ASSERTED],
                                       gold[a["id"]]) for a in articles}
    res["asserted_only"] = {k: aggregate(asserted, ())["dyad"][k] for k in ("precision", "recall")}
    print_report(res, per_article, verbose, name)
    return res


# ----------------------------------------------------------------------------------------------
# Validation of a gold set (`--check`): run by scripts/test.sh on every news gold set

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DIRS = tuple(os.path.join(REPO_ROOT, "data", "eval", d) for d in ("news_dev", "news_test"))
ARTICLE_FIELDS = ("id", "title", "published_at", "source", "language", "url", "text")
GOLD_FIELDS = {"id", "region", "phenomena", "events"}
EVENT_FIELDS = {"source", "target", "plover", "cameo", "evidence", "required", "background", "note"}
DATE_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


class Vocabulary:
    """What a well-formed gold event may use, read from the project's data files: country codes
    (first column of data/actors/countries.tsv), role codes (the agents' codes and the
    three-letter parts after a country in the actor dictionary), PLOVER types and CAMEO codes
    (data/cameo/cameo.tsv)."""

    def __init__(self, repo_root: str = REPO_ROOT):
        actors = os.path.join(repo_root, "data", "actors")
        self.countries = {row[0] for row in _tsv(os.path.join(actors, "countries.tsv"))
                          if re.fullmatch(r"[A-Z]{3}", row[0])}
        self.roles: set[str] = set()
        for name in ("agents.txt", "agents_extra.txt"):
            with open(os.path.join(actors, name), encoding="utf-8", errors="replace") as f:
                for code in re.findall(r"\[~([A-Z]+)\]", f.read()):
                    self.roles.update(_triplets(code))
        for row in _tsv(os.path.join(actors, "actors.tsv")):
            for code in re.findall(r"[A-Z]+", row[-1]) if len(row) > 1 else ():
                if code[:3] in self.countries and len(code) % 3 == 0:
                    self.roles.update(_triplets(code[3:]))
        cameo = [row for row in _tsv(os.path.join(repo_root, "data", "cameo", "cameo.tsv"))
                 if len(row) > 2]
        self.cameo = {row[0] for row in cameo}
        self.plover = {row[2] for row in cameo if row[2]}


def _tsv(path: str) -> list[list[str]]:
    with open(path, encoding="utf-8", errors="replace") as f:
        return [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")]


def _triplets(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3)]


def actor_code_problem(code, vocab: Vocabulary) -> str | None:
    """Why `code` is not a well-formed gold actor code, or None. A state actor is a known country
    code, optionally followed by a known three-letter role and then further three-letter parts
    (a second role or, as in CAMEO, a group: PSEREBHMS, LBNREBHEZ); an organisation starts with
    IGO/NGO/MNC/IMG/INT and is upper-case letters (IGOUNO, IGOWSTNAT)."""
    if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{3,12}", code):
        return f"actor code {code!r} is not 3-12 upper-case letters"
    if code[:3] in NON_STATE_PREFIXES:
        return None
    if code[:3] not in vocab.countries:
        return f"actor code {code!r}: unknown country {code[:3]!r}"
    if len(code) % 3:
        return f"actor code {code!r}: roles are three letters each"
    if len(code) > 3 and code[3:6] not in vocab.roles:
        return f"actor code {code!r}: unknown role {code[3:6]!r}"
    return None


def event_problems(g: dict, text: str, vocab: Vocabulary) -> list[str]:
    """Problems of one gold event of an article with `text`."""
    out = [f"unknown field(s) {sorted(set(g) - EVENT_FIELDS)}"] if set(g) - EVENT_FIELDS else []
    out += [p for p in (actor_code_problem(g.get("source"), vocab),) if p]
    if g.get("target") is not None:
        out += [p for p in (actor_code_problem(g["target"], vocab),) if p]
    types = g.get("plover")
    types = types if isinstance(types, list) else [types]
    if not types or any(t not in vocab.plover for t in types):
        out.append(f"PLOVER type(s) {g.get('plover')!r} not among {sorted(vocab.plover)}")
    if g.get("cameo") not in vocab.cameo:
        out.append(f"CAMEO code {g.get('cameo')!r} not in data/cameo/cameo.tsv")
    ev = g.get("evidence")
    if not isinstance(ev, str) or not ev.strip() or ev not in text:
        out.append(f"evidence not in text: {ev!r}")
    if not isinstance(g.get("required"), bool):
        out.append(f"'required' must be true or false, not {g.get('required')!r}")
    if "background" in g and not isinstance(g["background"], bool):
        out.append(f"'background' must be true or false, not {g['background']!r}")
    if g.get("background") and g.get("required"):
        out.append("a background event is never required")
    return out


def article_problems(a: dict) -> list[str]:
    missing = [k for k in ARTICLE_FIELDS if not isinstance(a.get(k), str) or not a[k].strip()]
    out = [f"missing or empty field(s) {missing}"] if missing else []
    if isinstance(a.get("published_at"), str) and not DATE_RE.match(a["published_at"]):
        out.append(f"published_at {a['published_at']!r} is not YYYY-MM-DDTHH:MM:SSZ")
    return out


def check_dataset(news_dir: str, vocab: Vocabulary) -> list[str]:
    """Every problem of the gold set in `news_dir`, as 'file: id: problem' lines (empty: valid)."""
    def rows(name):
        with open(os.path.join(news_dir, name), encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]

    try:
        articles, golds = rows("articles.jsonl"), rows("gold.jsonl")
    except (OSError, json.JSONDecodeError) as e:
        return [f"{news_dir}: {e}"]
    out = []
    for kind, items in (("article", articles), ("gold", golds)):
        ids = collections.Counter(x.get("id") for x in items)
        out += [f"{news_dir}: duplicate {kind} id {i!r}" for i, n in ids.items() if n > 1]
    texts = {a.get("id"): a.get("text", "") for a in articles}
    out += [f"{news_dir}: {a.get('id')}: {p}" for a in articles for p in article_problems(a)]
    gold_ids = {g.get("id") for g in golds}
    out += [f"{news_dir}: article {i!r} has no gold" for i in texts.keys() - gold_ids]
    for g in golds:
        where = f"{news_dir}: {g.get('id')}"
        if g.get("id") not in texts:
            out.append(f"{where}: gold for no article")
            continue
        if set(g) != GOLD_FIELDS:
            out.append(f"{where}: gold fields {sorted(g)} should be {sorted(GOLD_FIELDS)}")
        for n, e in enumerate(g.get("events") or []):
            out += [f"{where}: event {n}: {p}" for p in event_problems(e, texts[g["id"]], vocab)]
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Validate news gold sets (see check_dataset).")
    ap.add_argument("--check", nargs="*", metavar="DIR", required=True,
                    help="gold set directories (default: news_dev and news_test)")
    dirs = ap.parse_args(argv).check or list(DEFAULT_DIRS)
    vocab = Vocabulary()
    problems = [p for d in dirs for p in check_dataset(d, vocab)]
    for p in problems:
        print(p, file=sys.stderr)
    for d in dirs:
        print(f"checked {os.path.relpath(d, REPO_ROOT)}")
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
