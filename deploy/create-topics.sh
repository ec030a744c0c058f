#!/usr/bin/env bash
# Creates demarche's topics with Kafka's own tool. Partitions bound the parallelism of
# each stage (one consumer per partition); the DLQ keeps messages for 30 days.
#   deploy/create-topics.sh <bootstrap> [partitions] [replication]
set -euo pipefail
bootstrap=${1:?usage: create-topics.sh <bootstrap> [partitions] [replication]}
partitions=${2:-12}
replication=${3:-3}
kafka_topics=${KAFKA_TOPICS:-kafka-topics.sh}

for topic in articles.raw articles.entities articles.stance events.diplomatic; do
  "$kafka_topics" --bootstrap-server "$bootstrap" --create --if-not-exists \
    --topic "$topic" --partitions "$partitions" --replication-factor "$replication"
done
"$kafka_topics" --bootstrap-server "$bootstrap" --create --if-not-exists \
  --topic articles.dlq --partitions 1 --replication-factor "$replication" \
  --config retention.ms=2592000000
