"""Running the annotator for scripts/eval.py: one subprocess per dataset, its JSON-lines output
checked record by record, and the errors that decide eval.py's exit status."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class EvalError(Exception):
    """Data or usage problem (exit 2)."""


class AnnotatorError(Exception):
    """The annotate command failed or wrote malformed output (exit 1)."""


def resolve_command(annotate_cmd: str) -> list[str]:
    argv = shlex.split(annotate_cmd)
    if not argv:
        raise EvalError("--annotate-cmd is empty")
    exe = argv[0]
    if os.sep in exe and not os.path.isabs(exe) and not os.path.exists(exe):
        alt = os.path.join(REPO_ROOT, exe)  # e.g. target/release/demarche from another cwd
        if os.path.exists(alt):
            argv[0] = alt
    if os.sep in argv[0]:
        if not os.path.exists(argv[0]):
            raise AnnotatorError(
                f"annotate command not found: {argv[0]!r} (build it with `cargo build --release`, "
                "or point --annotate-cmd at another binary)")
    elif shutil.which(argv[0]) is None:
        raise AnnotatorError(f"annotate command not found on PATH: {argv[0]!r}")
    return argv


def _check_record(rec: dict, aid: str, text: str) -> None:
    def bad(msg):
        raise AnnotatorError(f"malformed output for id {aid!r}: {msg}")

    for key in ("entities", "events", "stances"):
        if key not in rec:
            bad(f"missing key {key!r}")
        if not isinstance(rec[key], list):
            bad(f"{key!r} is not a list")
    for e in rec["entities"]:
        if not isinstance(e, dict):
            bad("entity is not an object")
        for k in ("start", "end"):
            if isinstance(e.get(k), bool) or not isinstance(e.get(k), int):
                bad(f"entity {k!r} is not an integer: {e!r}")
        if not 0 <= e["start"] <= e["end"] <= len(text):
            bad(f"entity offsets outside the text (len {len(text)}): {e!r}")
        if not isinstance(e.get("type"), str):
            bad(f"entity type is not a string: {e!r}")
        if e.get("actor") is not None and not isinstance(e["actor"], str):
            bad(f"entity actor is neither a string nor null: {e!r}")
    for ev in rec["events"]:
        if not isinstance(ev, dict):
            bad("event is not an object")
        if not isinstance(ev.get("cameo"), str):
            bad(f"event cameo is not a string: {ev!r}")
        for k in ("source", "target"):
            if ev.get(k) is not None and not isinstance(ev[k], str):
                bad(f"event {k!r} is neither a string nor null: {ev!r}")
    for st in rec["stances"]:
        if not isinstance(st, dict):
            bad("stance is not an object")
        for k in ("holder", "target", "label"):
            if not isinstance(st.get(k), str):
                bad(f"stance {k!r} is not a string: {st!r}")


def run_annotator(argv: list[str], name: str, articles: list[dict], extra_args: list[str],
                  workdir: str, timeout: float, verbose: bool = False) -> dict[str, dict]:
    """Run the annotator once on all `articles`; return id -> output record."""
    path = os.path.join(workdir, f"{name}.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    cmd = argv + ["--input", path, "--output", "-"] + extra_args
    print(f"[{name}] running: {shlex.join(cmd)}  ({len(articles)} articles)", file=sys.stderr)
    try:
        with open(path, "rb") as stdin:
            proc = subprocess.run(cmd, stdin=stdin, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, timeout=timeout)
    except FileNotFoundError as e:
        raise AnnotatorError(f"[{name}] cannot start annotate command: {e}") from e
    except subprocess.TimeoutExpired as e:
        raise AnnotatorError(f"[{name}] annotate command timed out after {timeout:g}s") from e
    err = proc.stderr.decode("utf-8", "replace")
    with open(os.path.join(workdir, f"{name}.out.jsonl"), "wb") as f:
        f.write(proc.stdout)
    if proc.returncode != 0:
        tail = "\n".join(err.splitlines()[-30:])
        raise AnnotatorError(f"[{name}] annotate command exited with status {proc.returncode}:\n"
                             f"  {shlex.join(cmd)}\n--- stderr (tail) ---\n{tail}")
    if verbose and err.strip():
        print(f"[{name}] annotator stderr (tail):\n" + "\n".join(err.splitlines()[-10:]),
              file=sys.stderr)
    texts = {a["id"]: a["text"] for a in articles}
    out: dict[str, dict] = {}
    try:
        lines = proc.stdout.decode("utf-8").splitlines()
    except UnicodeDecodeError as e:
        raise AnnotatorError(f"[{name}] annotator output is not UTF-8: {e}") from e
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            raise AnnotatorError(f"[{name}] output line {lineno} is not JSON ({e}): "
                                 f"{line[:200]!r}") from e
        if not isinstance(rec, dict) or not isinstance(rec.get("id"), str):
            raise AnnotatorError(f"[{name}] output line {lineno} has no string 'id': "
                                 f"{line[:200]!r}")
        aid = rec["id"]
        if aid not in texts:
            raise AnnotatorError(f"[{name}] output line {lineno} has unknown id {aid!r}")
        if aid in out:
            raise AnnotatorError(f"[{name}] id {aid!r} appears twice in the output")
        _check_record(rec, aid, texts[aid])
        out[aid] = rec
    missing = [a["id"] for a in articles if a["id"] not in out]
    if missing:
        raise AnnotatorError(f"[{name}] output lacks {len(missing)} of {len(articles)} ids "
                             f"(first: {', '.join(missing[:5])})")
    return out


def text_mismatches(articles: list[dict], outputs: dict[str, dict]) -> int:
    """Entities whose 'text' differs from text[start:end] (a sign of byte/UTF-16 offsets)."""
    n = 0
    for a in articles:
        for e in outputs[a["id"]]["entities"]:
            if "text" in e and a["text"][e["start"]:e["end"]] != e["text"]:
                n += 1
    return n


def read_jsonl(path: str) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8-sig") as f:
        for lineno, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise EvalError(f"{path}:{lineno}: not JSON: {e}") from e
    return rows
