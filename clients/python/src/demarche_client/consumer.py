"""A read_committed Kafka consumer that decodes demarche records by their headers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Optional, Sequence

from confluent_kafka import Consumer as KafkaConsumer
from confluent_kafka import KafkaException
from google.protobuf.message import DecodeError, Message

from demarche.v1 import demarche_pb2

CONTENT_TYPE = "application/x-protobuf"
MESSAGE_TYPE_HEADER = "demarche-message-type"
SCHEMA_VERSION_HEADER = "demarche-schema-version"
# The major version this code was generated for: the N of the package demarche.vN.
SCHEMA_VERSION = "1"
_PACKAGE = demarche_pb2.DESCRIPTOR.package


class UnknownMessage(ValueError):
    """A record this client cannot decode: no or unknown message type, or bad bytes."""


def message_class(full_name: str) -> type:
    """The generated class of a full message name, e.g. `demarche.v1.DiplomaticEvent`."""
    package, _, name = full_name.rpartition(".")
    descriptor = demarche_pb2.DESCRIPTOR.message_types_by_name.get(name)
    if package != _PACKAGE or descriptor is None:
        raise UnknownMessage(f"unknown message type {full_name!r} (this client reads {_PACKAGE})")
    return getattr(demarche_pb2, name)


def _header(headers: Sequence[tuple[str, Optional[bytes]]], name: str) -> Optional[str]:
    for key, value in headers or ():
        if key == name and value is not None:
            return value.decode("utf-8", "replace")
    return None


def decode(headers: Sequence[tuple[str, Optional[bytes]]], payload: bytes) -> Message:
    """Decodes a record's payload as the type its `demarche-message-type` header names."""
    full_name = _header(headers, MESSAGE_TYPE_HEADER)
    if full_name is None:
        raise UnknownMessage(f"record has no {MESSAGE_TYPE_HEADER} header")
    version = _header(headers, SCHEMA_VERSION_HEADER)
    if version not in (None, SCHEMA_VERSION):
        raise UnknownMessage(f"schema version {version}, this client reads {SCHEMA_VERSION}")
    message = message_class(full_name)()
    try:
        message.ParseFromString(payload or b"")
    except DecodeError as e:
        raise UnknownMessage(f"payload is not a {full_name}: {e}") from e
    return message


@dataclass
class Record:
    topic: str
    partition: int
    offset: int
    key: Optional[bytes]
    message_type: str
    message: Message


class Consumer:
    """Subscribes to demarche topics with `isolation.level=read_committed`, so records of
    aborted or open transactions are never seen, and yields decoded `Record`s.

    Offsets are committed automatically after records are handed out (at-least-once for
    the caller); pass `{"enable.auto.commit": False}` in `config` and call `commit()` to
    commit only after your own processing.
    """

    def __init__(self, bootstrap_servers: str, group_id: str, topics: Sequence[str], config=None):
        settings = {
            "bootstrap.servers": bootstrap_servers,
            "group.id": group_id,
            "isolation.level": "read_committed",
            "auto.offset.reset": "earliest",
        }
        settings.update(config or {})
        self._consumer = KafkaConsumer(settings)
        self._consumer.subscribe(list(topics))

    def poll(self, timeout: float = 1.0) -> Optional[Record]:
        """The next record, or None if none arrived within `timeout` seconds. Raises
        `UnknownMessage` for a record without a known type (its offset still advances)."""
        msg = self._consumer.poll(timeout)
        if msg is None:
            return None
        if msg.error():
            raise KafkaException(msg.error())
        headers = msg.headers() or []
        message = decode(headers, msg.value())
        return Record(
            topic=msg.topic(),
            partition=msg.partition(),
            offset=msg.offset(),
            key=msg.key(),
            message_type=_header(headers, MESSAGE_TYPE_HEADER) or "",
            message=message,
        )

    def __iter__(self) -> Iterator[Record]:
        while True:
            record = self.poll()
            if record is not None:
                yield record

    def commit(self) -> None:
        self._consumer.commit(asynchronous=False)

    def close(self) -> None:
        self._consumer.close()

    def __enter__(self) -> "Consumer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
