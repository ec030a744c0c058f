#!/usr/bin/env python3
"""Checks that the library under src/nlp/ imports one way, from top to bottom.

Each top-level module of `crate::nlp` belongs to a layer (LAYERS below, lowest first). A
module may use modules of its own layer or of lower layers, never of a higher one. Inside
one layer, the top-level modules must not form an import circle, and inside each folder
module the files must not either. `nlp/mod.rs` must only declare modules and re-export.

Reads `use` lines and `super::x::` / `crate::nlp::x` paths; test code (`#[cfg(test)]`
modules and `tests.rs` files) is skipped. Prints every violation and exits 1 if any.

    python3 scripts/check_layers.py [--graph]

Python 3.11 standard library only.
"""

from __future__ import annotations

import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src", "nlp")

# Lowest first. A module missing here is an error: every new module names its layer.
LAYERS = [
    ("bottom", {"error", "types", "config", "lexicon", "petrarch", "cameo"}),
    ("text", {"text"}),
    ("syntax", {"syntax"}),
    ("mentions", {"mentions"}),
    ("coreference", {"coreference", "entities"}),
    ("frames", {"frames", "verbs", "events", "gate", "learned"}),
    ("stance", {"stance"}),
    ("annotation", {"annotation"}),
]
RANK = {m: i for i, (_, mods) in enumerate(LAYERS) for m in mods}
# Known upward imports, each with the reason it is tolerated for now (file, module used).
ALLOWED = {
    ("learned/train.rs", "annotation"):
        "the training command drives the whole Extractor: an application of the library that "
        "belongs at the binary's edge (src/cli), not inside the frames layer",
}
# What `nlp/mod.rs` re-exports at the root, by the module each name comes from.
ROOT_NAMES = {"NlpError": "error", "NlpConfig": "config", "Extractor": "annotation"}


def source_files():
    for dirpath, _, names in os.walk(ROOT):
        for n in sorted(names):
            if n.endswith(".rs") and n != "tests.rs":
                yield os.path.join(dirpath, n)


def module_path(path: str) -> list[str]:
    """File → module path below nlp: src/nlp/mentions/finder.rs → [mentions, finder]."""
    rel = os.path.relpath(path, ROOT)[:-3].split(os.sep)
    return rel[:-1] if rel[-1] == "mod" else rel


def strip_tests(src: str) -> str:
    """Drops `#[cfg(test)] mod x { … }` blocks and comments."""
    src = re.sub(r"//[^\n]*", "", src)
    out, i = [], 0
    for m in re.finditer(r"#\[cfg\(test\)\]\s*mod\s+\w+\s*\{", src):
        if m.start() < i:
            continue
        out.append(src[i:m.start()])
        depth, j = 1, m.end()
        while j < len(src) and depth:
            depth += {"{": 1, "}": -1}.get(src[j], 0)
            j += 1
        i = j
    out.append(src[i:])
    return "".join(out)


def types_names() -> set[str]:
    with open(os.path.join(ROOT, "types.rs"), encoding="utf-8") as f:
        return set(re.findall(r"pub (?:struct|enum|type|fn|const) (\w+)", f.read()))


def references(path: str, src: str) -> set[tuple[str, ...]]:
    """Absolute module paths (below nlp) this file refers to."""
    here = module_path(path)
    # the module a `super::` in this file names: a mod.rs is its own module
    parent = here[:-1]
    refs = set()
    uses = re.findall(r"\buse\s+([^;]+);", src)
    paths = re.findall(r"\b((?:super|crate)(?:::\w+)+)", src)
    for u in uses + paths:
        u = re.sub(r"\s+", "", u)
        for leaf in expand(u):
            parts = leaf.split("::")
            if parts[0] == "crate":
                if parts[1:2] != ["nlp"]:
                    continue
                parts = parts[2:]
            elif parts[0] == "super":
                base = list(parent)
                while parts and parts[0] == "super":
                    parts = parts[1:]
                    if parts and parts[0] == "super":
                        base = base[:-1]
                parts = base + parts
            elif parts[0] == "self":
                parts = here + parts[1:]
            else:
                continue
            refs.add(tuple(p for p in parts if p not in ("self", "*")))
    return refs


def expand(u: str) -> list[str]:
    """`a::{b,c::{d}}` → [a::b, a::c::d]."""
    m = re.match(r"^(.*?)::\{(.*)\}$", u)
    if not m:
        return [u]
    head, body = m.groups()
    items, depth, cur = [], 0, ""
    for ch in body:
        if ch == "," and depth == 0:
            items.append(cur)
            cur = ""
            continue
        depth += {"{": 1, "}": -1}.get(ch, 0)
        cur += ch
    items.append(cur)
    return [x for it in items if it for x in expand(f"{head}::{it}")]


def top_module(ref: tuple[str, ...], types: set[str]) -> str | None:
    if not ref:
        return None
    first = ref[0]
    if first in RANK:
        return first
    if first in ROOT_NAMES:
        return ROOT_NAMES[first]
    if first in types:
        return "types"
    return None


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state, stack = {}, []

    def visit(n):
        state[n] = 1
        stack.append(n)
        for m in sorted(graph.get(n, ())):
            if state.get(m) == 1:
                return stack[stack.index(m):] + [m]
            if m not in state:
                c = visit(m)
                if c:
                    return c
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(graph):
        if n not in state:
            c = visit(n)
            if c:
                return c
    return None


def main() -> int:
    types = types_names()
    errors: list[str] = []
    top_graph: dict[str, set[str]] = {}
    file_graphs: dict[str, dict[str, set[str]]] = {}
    for path in source_files():
        here = module_path(path)
        with open(path, encoding="utf-8") as f:
            src = strip_tests(f.read())
        rel = os.path.relpath(path, os.path.dirname(os.path.dirname(ROOT)))
        if not here:
            body = re.sub(r"#!?\[[^\]]*\]", "", src)
            stray = [ln for ln in body.splitlines()
                     if ln.strip() and not re.match(r"\s*(pub\s+)?(mod|use)\s", ln)]
            if stray:
                errors.append(f"{rel}: declares more than modules and re-exports: {stray[0].strip()}")
            continue
        me = here[0]
        if me not in RANK:
            errors.append(f"{rel}: module `{me}` has no layer in scripts/check_layers.py")
            continue
        for ref in references(path, src):
            other = top_module(ref, types)
            if other is None:
                continue
            if other != me and (os.path.relpath(path, ROOT), other) in ALLOWED:
                continue
            if other != me:
                top_graph.setdefault(me, set()).add(other)
                if RANK[other] > RANK[me]:
                    errors.append(f"{rel}: `{me}` ({LAYERS[RANK[me]][0]}) imports "
                                  f"`{'::'.join(ref)}` from a higher layer ({LAYERS[RANK[other]][0]})")
            elif len(here) >= 2 and len(ref) >= 2 and ref[0] == me and ref[1] != here[1]:
                file_graphs.setdefault(me, {}).setdefault(here[1], set()).add(ref[1])
    cycle = find_cycle(top_graph)
    if cycle:
        errors.append("import circle between modules: " + " -> ".join(cycle))
    for folder, graph in sorted(file_graphs.items()):
        cycle = find_cycle(graph)
        if cycle:
            errors.append(f"import circle inside nlp/{folder}/: " + " -> ".join(cycle))
    if "--graph" in sys.argv:
        for m in sorted(top_graph, key=lambda m: (RANK[m], m)):
            print(f"{m} -> {', '.join(sorted(top_graph[m], key=lambda o: (RANK[o], o)))}")
    for e in errors:
        print(e, file=sys.stderr)
    if not errors:
        print(f"layers ok: {len(top_graph)} modules import one way")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
