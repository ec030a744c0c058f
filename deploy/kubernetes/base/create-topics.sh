#!/usr/bin/env bash
# Creates demarche's topics with Kafka's own tool (idempotent: existing topics are kept).
# Partitions bound the parallelism of each stage (one consumer per partition); the DLQ
# keeps messages for 30 days.
#   deploy/kubernetes/base/create-topics.sh <bootstrap> [partitions] [replication]
# Environment:
#   KAFKA_TOPICS            the kafka-topics command (default: kafka-topics.sh on PATH)
#   KAFKA_COMMAND_CONFIG    a client properties file for secured brokers (SASL/TLS)
#   DEMARCHE_TOPICS_RAW, _ENTITIES, _STANCE, _EVENTS, _ALERTS, _ALERTS_CHANGELOG, _DLQ
#                           topic names, as for the workers
set -euo pipefail
bootstrap=${1:?usage: create-topics.sh <bootstrap> [partitions] [replication]}
partitions=${2:-12}
replication=${3:-3}
kafka_topics=${KAFKA_TOPICS:-kafka-topics.sh}
extra=()
[[ -z ${KAFKA_COMMAND_CONFIG:-} ]] || extra=(--command-config "$KAFKA_COMMAND_CONFIG")

create() {
  "$kafka_topics" --bootstrap-server "$bootstrap" "${extra[@]}" --create --if-not-exists \
    --replication-factor "$replication" --topic "$@"
}

for topic in "${DEMARCHE_TOPICS_RAW:-articles.raw}" "${DEMARCHE_TOPICS_ENTITIES:-articles.entities}" \
  "${DEMARCHE_TOPICS_STANCE:-articles.stance}" "${DEMARCHE_TOPICS_EVENTS:-events.diplomatic}" \
  "${DEMARCHE_TOPICS_STATEMENTS:-events.statements}" "${DEMARCHE_TOPICS_ALERTS:-alerts.diplomatic}"; do
  create "$topic" --partitions "$partitions"
done
# The alerts stage's window state: one partition per events partition, compacted (only
# the latest state of each window is needed to restore it).
create "${DEMARCHE_TOPICS_ALERTS_CHANGELOG:-alerts.changelog}" --partitions "$partitions" \
  --config cleanup.policy=compact
create "${DEMARCHE_TOPICS_DLQ:-articles.dlq}" --partitions 1 --config retention.ms=2592000000
