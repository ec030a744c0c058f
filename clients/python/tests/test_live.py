"""Live: consumes what the demarche workers wrote to the test broker (set up by
clients/test.sh) and checks every expected event arrives exactly once, typed by header."""

import json
import os
import time
import uuid

import pytest

from demarche_client import Consumer

LIVE = os.environ.get("DEMARCHE_CLIENTS_LIVE") == "1"
pytestmark = pytest.mark.skipif(not LIVE, reason="run by clients/test.sh (DEMARCHE_CLIENTS_LIVE=1)")


def expected_events():
    with open(os.environ["DEMARCHE_CLIENTS_EXPECTED"], encoding="utf-8") as f:
        return {e["event_id"]: e for e in map(json.loads, f)}


def article_ids():
    with open(os.environ["DEMARCHE_CLIENTS_ARTICLES"], encoding="utf-8") as f:
        return {json.loads(line)["id"] for line in f if line.strip()}


def test_events_and_entities_arrive_once_each_decoded_by_their_header():
    expected = expected_events()
    articles = article_ids()
    events_topic = os.environ["DEMARCHE_CLIENTS_EVENTS_TOPIC"]
    entities_topic = os.environ["DEMARCHE_CLIENTS_ENTITIES_TOPIC"]
    events, entities = [], []
    group = f"python-live-{uuid.uuid4()}"
    bootstrap = os.environ["DEMARCHE_TEST_BOOTSTRAP"]
    with Consumer(bootstrap, group, [events_topic, entities_topic]) as consumer:
        deadline = time.monotonic() + 120
        quiet_until = None
        while time.monotonic() < (quiet_until or deadline):
            record = consumer.poll(0.5)
            if record is not None:
                if record.message_type == "demarche.v1.DiplomaticEvent":
                    assert record.topic == events_topic
                    events.append(record.message)
                else:
                    assert record.message_type == "demarche.v1.ArticleEntities"
                    entities.append(record.message)
            complete = len(events) >= len(expected) and len(entities) >= len(articles)
            if complete and quiet_until is None:
                quiet_until = time.monotonic() + 2  # duplicates would show up here

    got_ids = sorted(e.event_id for e in events)
    assert got_ids == sorted(expected), "every expected event exactly once"
    assert sorted(m.article.id for m in entities) == sorted(articles)
    for event in events:
        want = expected[event.event_id]
        assert event.cameo_code == want["cameo_code"]
        assert event.source.code == want["source"]["code"]
        assert event.target.code == want.get("target", {}).get("code", "")
        assert event.evidence_text == want["evidence_text"]
        quad = event.DESCRIPTOR.fields_by_name["quad_class"].enum_type
        assert quad.values_by_number[event.quad_class].name == want["quad_class"]
