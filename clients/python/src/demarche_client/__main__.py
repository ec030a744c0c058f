"""`python -m demarche_client`: prints a topic's records as JSON lines."""

import argparse
import json
import sys

from google.protobuf import json_format

from . import Consumer, UnknownMessage


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bootstrap-servers", default="localhost:9092")
    parser.add_argument("--group", default="demarche-python-client")
    parser.add_argument("--max-messages", type=int, default=0, help="stop after N (0 = never)")
    parser.add_argument("topics", nargs="*", default=["events.diplomatic"])
    args = parser.parse_args()
    seen = 0
    with Consumer(args.bootstrap_servers, args.group, args.topics) as consumer:
        while not args.max_messages or seen < args.max_messages:
            try:
                record = consumer.poll()
            except UnknownMessage as e:
                print(f"skipped: {e}", file=sys.stderr)
                continue
            if record is None:
                continue
            seen += 1
            body = json_format.MessageToDict(record.message, preserving_proto_field_name=True)
            print(json.dumps({"type": record.message_type, "message": body}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
