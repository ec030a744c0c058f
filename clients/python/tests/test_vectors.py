"""Shared test vectors (clients/testdata, written by demarche's Rust code): every binary
decodes to the message its JSON describes and re-encodes to the same bytes."""

import json
from pathlib import Path

import pytest
from google.protobuf import json_format

from demarche_client import message_class

TESTDATA = Path(__file__).resolve().parents[2] / "testdata"
VECTORS = json.loads((TESTDATA / "vectors.json").read_text(encoding="utf-8"))


def test_the_set_covers_the_public_event():
    types = {v["type"] for v in VECTORS}
    assert "demarche.v1.DiplomaticEvent" in types
    assert len(VECTORS) >= len(types) > 10


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_vector(vector):
    cls = message_class(vector["type"])
    binary = (TESTDATA / f"{vector['name']}.binpb").read_bytes()
    text = (TESTDATA / f"{vector['name']}.json").read_text(encoding="utf-8")

    decoded = cls.FromString(binary)
    from_json = json_format.Parse(text, cls())
    assert decoded == from_json
    assert json.loads(json_format.MessageToJson(decoded)) == json.loads(text)
    assert decoded.SerializeToString() == binary
