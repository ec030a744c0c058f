"""Inputs for scripts/chaos.py: good articles and malformed messages of many kinds.

Every malformed message but the blank ones carries a marker `chaos-bad-<seq>-`, so the
DLQ copy of each one can be found again. All stay under `worker.max_message_bytes`
(512 KiB).
"""

import json
from pathlib import Path

# Texts written for this script; each yields several coded events.
TEMPLATES = [
    ("2014-03-14T09:00:00Z", "Secretary of State John Kerry met Foreign Minister Sergei Lavrov "
     "in Geneva. Washington warned Moscow against annexing Crimea. Russia rejected the warning."),
    ("2016-05-02T12:00:00Z", "Germany offered humanitarian aid to Greece. Chancellor Angela "
     "Merkel praised the Greek government. Greece thanked Germany for its support."),
    ("2018-08-21T07:30:00Z", "Israeli aircraft struck targets in Gaza. Hamas fired rockets at "
     "Israel. Egypt urged both sides to agree to a truce."),
    ("2020-01-05T16:00:00Z", "Iran threatened to retaliate against the United States. The "
     "Pentagon deployed troops to Iraq. Iraq protested to Washington over the strike."),
    ("2011-03-18T10:00:00Z", "France demanded that Libya stop attacking civilians. Britain "
     "and France imposed sanctions on Libya. The African Union called for talks."),
    ("2017-11-09T08:00:00Z", "China and South Korea agreed to restore ties. Beijing hosted "
     "President Moon Jae-in. North Korea criticised Seoul for the visit."),
    ("2019-06-13T11:00:00Z", "Japan accused Iran of attacking a tanker. Tehran denied the "
     "accusation. Saudi Arabia condemned Iran and asked the United Nations to act."),
    ("2022-03-01T09:45:00Z", "Ukraine asked the European Union for weapons. The EU pledged "
     "military aid to Ukraine. Russia expelled European diplomats from Moscow."),
]


def write_articles(path, n, tag):
    """n good articles with distinct ids, one JSON line each."""
    with open(path, "w") as out:
        for i in range(n):
            date, text = TEMPLATES[i % len(TEMPLATES)]
            out.write(json.dumps({"id": f"{tag}-{i:06d}", "url": f"https://example.org/{tag}/{i}",
                                  "published_at": date, "source": "chaos", "text": text}) + "\n")


def split_file(path, parts, prefix):
    """Splits a JSONL file into `parts` files of consecutive lines; returns their paths."""
    lines = Path(path).read_bytes().splitlines(keepends=True)
    size = -(-len(lines) // parts)
    paths = []
    for i in range(parts):
        chunk = lines[i * size:(i + 1) * size]
        if chunk:
            p = Path(f"{prefix}-{i:03d}.jsonl")
            p.write_bytes(b"".join(chunk))
            paths.append(p)
    return paths


# ---------------------------------------------------------------- malformed kinds
# Each takes the marker (str) and a random.Random, and returns the message bytes.

def _obj(fields):
    return json.dumps(fields).encode()


def not_json(m, r):
    return f"{m} this is plain text, not JSON".encode()


def truncated(m, r):
    return f'{{"id": "{m}", "text": "Kerry met Lavr'.encode()


def top_level_string(m, r):
    return json.dumps(f"{m} a bare string").encode()


def top_level_array(m, r):
    return f'[{{"id": "{m}"}}, 1, 2]'.encode()


def missing_id(m, r):
    return _obj({"text": f"{m} Kerry met Lavrov."})


def missing_text(m, r):
    return _obj({"id": m, "title": "no text"})


def empty_id(m, r):
    return _obj({"id": "  ", "text": f"{m} Kerry met Lavrov."})


def blank_text(m, r):
    return _obj({"id": m, "text": " \t "})


def id_object(m, r):
    return _obj({"id": {"value": m}, "text": "Kerry met Lavrov."})


def id_bool(m, r):
    return _obj({"id": True, "text": f"{m} Kerry met Lavrov."})


def text_number(m, r):
    return _obj({"id": m, "text": 42})


def text_array(m, r):
    return _obj({"id": m, "text": ["Kerry met", "Lavrov."]})


def text_null(m, r):
    return _obj({"id": m, "text": None})


def url_number(m, r):
    return _obj({"id": m, "text": "Kerry met Lavrov.", "url": 7})


def date_words(m, r):
    return _obj({"id": m, "text": "Kerry met Lavrov.", "published_at": "yesterday"})


def date_impossible(m, r):
    return _obj({"id": m, "text": "Kerry met Lavrov.", "published_at": "2014-02-30T10:00:00Z"})


def date_number(m, r):
    return _obj({"id": m, "text": "Kerry met Lavrov.", "published_at": 1393750800})


def date_far_future(m, r):
    return _obj({"id": m, "text": "Kerry met Lavrov.", "published_at": "99999-01-01T00:00:00Z"})


def invalid_utf8(m, r):
    return f'{{"id": "{m}", "text": "Kerry \xff\xfe met Lavrov."}}'.encode("latin-1")


def binary(m, r):
    noise = bytes(b for b in r.randbytes(600) if b not in (0x0A, 0x0D))
    return b"\x00\x01" + noise[:300] + m.encode() + noise[300:]


def deep_nesting(m, r):
    # Nested where the id is read (an unknown field may nest freely: it is skipped).
    depth = r.randint(200, 2000)
    return f'{"[" * depth}"{m}"{"]" * depth}'.encode()


def huge_field(m, r):
    return _obj({"text": f"{m} " + "Kerry met Lavrov. " * 11000, "note": "no id"})


def long_line(m, r):
    return (m + " " + "garbage " * 31000).encode()


def duplicate_key(m, r):
    return f'{{"id": "{m}", "text": "Kerry met Lavrov.", "text": "again"}}'.encode()


def trailing_garbage(m, r):
    return f'{{"id": "{m}", "text": "Kerry met Lavrov."}} }}}}'.encode()


def lone_surrogate(m, r):
    return f'{{"id": "{m}", "text": "\\ud800 Kerry met Lavrov."}}'.encode()


def control_char(m, r):
    return f'{{"id": "{m}", "text": "Kerry\x01met\x07Lavrov."}}'.encode()


def byte_order_mark(m, r):
    return b"\xef\xbb\xbf" + _obj({"id": m, "text": "Kerry met Lavrov."})


def single_quotes(m, r):
    return f"{{'id': '{m}', 'text': 'Kerry met Lavrov.'}}".encode()


def nan_value(m, r):
    return f'{{"id": "{m}", "text": "Kerry met Lavrov.", "tone": NaN}}'.encode()


def number_overflow(m, r):
    return f'{{"id": 1e999, "text": "{m} Kerry met Lavrov."}}'.encode()


def multiline_garbage(m, r):
    return f'{{"id": "{m}",\n  "text": "Kerry met\n Lavrov"\n'.encode()


def empty(m, r):
    return b""


def whitespace_only(m, r):
    return b" \n\t  \n"


KINDS = [
    not_json, truncated, top_level_string, top_level_array, missing_id, missing_text,
    empty_id, blank_text, id_object, id_bool, text_number, text_array, text_null,
    url_number, date_words, date_impossible, date_number, date_far_future, invalid_utf8,
    binary, deep_nesting, huge_field, long_line, duplicate_key, trailing_garbage,
    lone_surrogate, control_char, byte_order_mark, single_quotes, nan_value,
    number_overflow, multiline_garbage, empty, whitespace_only,
]
# Kinds without a marker: counted, not matched one by one.
BLANK_KINDS = {"empty", "whitespace_only"}


def write_malformed(dir, good_path, n, rng):
    """Writes dir/mixed.jsonl (good articles and one-line malformed messages, shuffled)
    and dir/documents/*.json (malformed messages that a line cannot carry: empty,
    blank or multi-line; `demarche produce` sends a .json file that is not an array
    as one message). Returns {seq: kind name}."""
    dir = Path(dir)
    documents = dir / "documents"
    documents.mkdir(exist_ok=True)
    lines = Path(good_path).read_bytes().splitlines()
    sent = {}
    for seq in range(n):
        kind = KINDS[seq % len(KINDS)]
        payload = kind(f"chaos-bad-{seq}-", rng)
        sent[seq] = kind.__name__
        if b"\n" in payload or not payload.strip() or payload.endswith(b"\r"):
            (documents / f"{seq:06d}.json").write_bytes(payload)
        else:
            lines.append(payload)
    rng.shuffle(lines)
    (dir / "mixed.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    return sent
