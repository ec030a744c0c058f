"""Typed consumer for demarche's Kafka topics.

Every record a demarche stage writes names its schema in headers; `decode` picks the
generated class from `demarche-message-type`, so one consumer can read any topic.
"""

from .consumer import (
    CONTENT_TYPE,
    MESSAGE_TYPE_HEADER,
    SCHEMA_VERSION,
    SCHEMA_VERSION_HEADER,
    Consumer,
    Record,
    UnknownMessage,
    decode,
    message_class,
)

__all__ = [
    "CONTENT_TYPE",
    "MESSAGE_TYPE_HEADER",
    "SCHEMA_VERSION",
    "SCHEMA_VERSION_HEADER",
    "Consumer",
    "Record",
    "UnknownMessage",
    "decode",
    "message_class",
]
