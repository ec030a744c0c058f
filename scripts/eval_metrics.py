"""Metric functions of scripts/eval.py: pure, standard library only, unit-tested in
scripts/test_eval.py (precision/recall, Phoenix quad classes, span matching, PETRARCH2 codes)."""

from __future__ import annotations

import collections
import datetime
import sys
from typing import Any, Iterable, Sequence

QUAD_CLASSES = (0, 1, 2, 3, 4)
NONE_CLASS = "none"
NO_ACTOR = "---"  # PETRARCH's convention for a missing source/target

def safe_div(a: float, b: float) -> float:
    return a / b if b else 0.0


def prf(tp: int, fp: int, fn: int) -> dict:
    """Precision/recall/F1 from counts; every ratio with a zero denominator is 0."""
    p = safe_div(tp, tp + fp)
    r = safe_div(tp, tp + fn)
    f = safe_div(2 * p * r, p + r)
    return {"p": p, "r": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def cameo_root(code: Any) -> int | None:
    """The CAMEO root (1..20) of a code like '0233' or '174K'; None if not a CAMEO code."""
    if not isinstance(code, str) or len(code) < 2 or not code[:2].isdigit():
        return None
    root = int(code[:2])
    return root if 1 <= root <= 20 else None


def quad_class_of_root(root: int | None) -> int | None:
    """Phoenix quad class: 0 = 01-02, 1 = 03-05, 2 = 06-08, 3 = 09-13 and 16, 4 = 14, 15, 17-20."""
    if root is None:
        return None
    if 1 <= root <= 2:
        return 0
    if 3 <= root <= 5:
        return 1
    if 6 <= root <= 8:
        return 2
    if 9 <= root <= 13 or root == 16:
        return 3
    if root in (14, 15) or 17 <= root <= 20:
        return 4
    return None


def quad_class_of_cameo(code: Any) -> int | None:
    return quad_class_of_root(cameo_root(code))


def _abs_goldstein(event: dict) -> float:
    g = event.get("goldstein")
    if isinstance(g, bool) or not isinstance(g, (int, float)):
        return 0.0
    return abs(float(g))


def strongest_event(events: Sequence[dict]) -> dict | None:
    """The event with the largest |goldstein|; ties go to the first one."""
    best = None
    best_abs = -1.0
    for ev in events:
        a = _abs_goldstein(ev)
        if a > best_abs:
            best, best_abs = ev, a
    return best


def predict_quad(events: Sequence[dict]) -> int | str:
    """Predicted quad class of a sentence: class of the strongest event, or 'none'."""
    ev = strongest_event(events)
    if ev is None:
        return NONE_CLASS
    cls = quad_class_of_cameo(ev.get("cameo"))
    return NONE_CLASS if cls is None else cls


def predict_quad_with_statements(rec: dict) -> int | str:
    """`predict_quad` on the events; a sentence with no event of any class but a coded
    statement (`annotate`'s `statements`, the statements topic: CAMEO 01x, and 02x appeals to no
    known addressee, which never reach events.diplomatic) counts as class 0. A statement never overrides an event."""
    pred = predict_quad(rec["events"])
    if pred == NONE_CLASS and rec.get("statements"):
        return 0
    return pred


def classification_report(gold: Sequence[int], pred: Sequence[Any],
                          classes: Sequence[Any] = QUAD_CLASSES) -> dict:
    """Accuracy, macro-F1 over `classes`, per-class P/R/F1 and confusion counts.

    Predictions outside `classes` (e.g. 'none') are always wrong: they are a false negative for
    the gold class and a false positive for no class.
    """
    if len(gold) != len(pred):
        raise ValueError("gold and pred differ in length")
    n = len(gold)
    correct = sum(1 for g, p in zip(gold, pred) if g == p)
    per_class = {}
    for c in classes:
        tp = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred) if g == c and p != c)
        m = prf(tp, fp, fn)
        m["support"] = tp + fn
        per_class[c] = m
    macro = safe_div(sum(per_class[c]["f1"] for c in classes), len(classes))
    columns = list(classes) + [NONE_CLASS]
    confusion = [[sum(1 for g, p in zip(gold, pred)
                      if g == gc and (p == pc or (pc == NONE_CLASS and p not in classes)))
                  for pc in columns] for gc in classes]
    return {"accuracy": safe_div(correct, n), "macro_f1": macro, "n": n,
            "per_class": per_class, "confusion": confusion, "confusion_columns": columns}


def spans_overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Half-open spans [start, end) share at least one character."""
    return a_start < b_end and b_start < a_end


def max_bipartite_matching(n_left: int, n_right: int, edges: dict[int, list[int]]) -> int:
    """Size of a maximum one-to-one matching (Kuhn's augmenting paths; small inputs)."""
    match_right = [-1] * n_right
    sys.setrecursionlimit(max(sys.getrecursionlimit(), n_left + n_right + 1000))

    def try_assign(u: int, seen: list[bool]) -> bool:
        for v in edges.get(u, ()):
            if seen[v]:
                continue
            seen[v] = True
            if match_right[v] == -1 or try_assign(match_right[v], seen):
                match_right[v] = u
                return True
        return False

    size = 0
    for u in range(n_left):
        if edges.get(u) and try_assign(u, [False] * n_right):
            size += 1
    return size


def match_spans(gold: Sequence[tuple], pred: Sequence[tuple], mode: str = "exact",
                typed: bool = True) -> dict:
    """One-to-one matching of (start, end, type) spans; each gold and each prediction is used at
    most once. mode 'exact' needs identical offsets, 'overlap' needs any shared character.
    Returns {'tp', 'fp', 'fn'} plus per-type counts under 'by_type' (typed mode only)."""
    def ok(g, p):
        if typed and g[2] != p[2]:
            return False
        if mode == "exact":
            return g[0] == p[0] and g[1] == p[1]
        if mode == "overlap":
            return spans_overlap(g[0], g[1], p[0], p[1])
        raise ValueError(mode)

    if typed:
        # Edges never cross types, so matching per type is the same as matching all at once and
        # gives per-type counts directly.
        by_type = {}
        types = sorted({g[2] for g in gold} | {p[2] for p in pred})
        for t in types:
            gs = [g for g in gold if g[2] == t]
            ps = [p for p in pred if p[2] == t]
            edges = {i: [j for j, p in enumerate(ps) if ok(g, p)] for i, g in enumerate(gs)}
            tp = max_bipartite_matching(len(gs), len(ps), edges)
            by_type[t] = {"tp": tp, "fp": len(ps) - tp, "fn": len(gs) - tp}
        tp = sum(v["tp"] for v in by_type.values())
        return {"tp": tp, "fp": len(pred) - tp, "fn": len(gold) - tp, "by_type": by_type}
    edges = {i: [j for j, p in enumerate(pred) if ok(g, p)] for i, g in enumerate(gold)}
    tp = max_bipartite_matching(len(gold), len(pred), edges)
    return {"tp": tp, "fp": len(pred) - tp, "fn": len(gold) - tp, "by_type": {}}


def multiset_counts(gold: Iterable, pred: Iterable) -> tuple[int, int, int]:
    """(tp, fp, fn) between two multisets."""
    g = collections.Counter(gold)
    p = collections.Counter(pred)
    tp = sum((g & p).values())
    return tp, sum(p.values()) - tp, sum(g.values()) - tp


def resolve_span(start: int, end: int, entities: Sequence[dict]) -> str | None:
    """Actor code of the predicted entity (with a non-null actor) overlapping [start, end) the
    most; ties go to the first. None if no such entity."""
    best, best_len = None, 0
    for e in entities:
        actor = e.get("actor")
        if not actor:
            continue
        ov = min(end, e["end"]) - max(start, e["start"])
        if ov > best_len:
            best, best_len = actor, ov
    return best


def petrarch_actor(code: Any) -> str:
    """Normalise a source/target: missing, null or empty means PETRARCH's '---'."""
    return code if isinstance(code, str) and code.strip() else NO_ACTOR


def petrarch_date(yyyymmdd: str) -> str:
    d = datetime.datetime.strptime(yyyymmdd, "%Y%m%d")
    return d.strftime("%Y-%m-%dT00:00:00Z")
