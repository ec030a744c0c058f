#!/usr/bin/env python3
"""Exactly-once check for the container test: the events read back from Kafka must be
the events `demarche run` (embedded mode) codes from the same articles, each exactly once.

    compare_events.py EXPECTED.jsonl GOT.jsonl

Both files hold one DiplomaticEvent as JSON per line. Events are matched by event_id and
compared field by field, except emitted_at_ms (the time the event was emitted)."""
import json
import sys
from collections import Counter

IGNORED = {"emitted_at_ms"}


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def content(event):
    return {k: v for k, v in event.items() if k not in IGNORED}


def main(expected_path, got_path):
    expected = {e["event_id"]: content(e) for e in load(expected_path)}
    got = load(got_path)
    counts = Counter(e.get("event_id") for e in got)
    errors = []
    if not expected:
        errors.append("the embedded run coded no events: nothing to compare")
    duplicated = sorted(i for i, n in counts.items() if n > 1)
    missing = sorted(set(expected) - set(counts))
    unexpected = sorted(set(counts) - set(expected))
    if duplicated:
        errors.append(f"{len(duplicated)} events delivered more than once, e.g. {duplicated[:3]}")
    if missing:
        errors.append(f"{len(missing)} of {len(expected)} events missing, e.g. {missing[:3]}")
    if unexpected:
        errors.append(f"{len(unexpected)} unexpected events, e.g. {unexpected[:3]}")
    for event in got:
        want = expected.get(event.get("event_id"))
        if want is not None and content(event) != want:
            diff = {k: (want.get(k), event.get(k)) for k in set(want) | set(content(event))
                    if want.get(k) != event.get(k)}
            errors.append(f"event {event['event_id']} differs (expected, got): {diff}")
            break
    for error in errors:
        print(f"compare_events: {error}", file=sys.stderr)
    if errors:
        return 1
    print(f"compare_events: all {len(expected)} events exactly once, identical to the embedded run")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
