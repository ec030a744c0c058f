#!/usr/bin/env bash
# The project's test command (README and CI both run it):
#   scripts/test.sh [extra args for cargo test]
#
# Starts a real single-node Kafka broker in a temp dir (see scripts/kafka-broker.sh),
# exports DEMARCHE_TEST_BOOTSTRAP=<host:port> (PLAINTEXT listener) and, for
# tests/secure.rs, DEMARCHE_TEST_SASL_SSL_BOOTSTRAP, DEMARCHE_TEST_CA,
# DEMARCHE_TEST_SCRAM_USER and DEMARCHE_TEST_SCRAM_PASSWORD_FILE (its SASL_SSL
# listener), then runs rustfmt, clippy and the tests. The broker is stopped on every
# exit path. If DEMARCHE_TEST_BOOTSTRAP is already set, that broker is used and none
# is started (set the four SASL_SSL variables too, or tests/secure.rs fails).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
readonly BROKER=scripts/kafka-broker.sh
broker_dir=""

step() { printf '\n==> %s\n' "$*" >&2; }

# Runs on every exit (success, failure, Ctrl-C, TERM): show why a failed run may
# have failed on the broker side, then stop our broker and remove its temp dir.
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n $broker_dir ]]; then
    if ((rc != 0)) && [[ -s $broker_dir/broker.log ]]; then
      step "tests failed (exit $rc): last 80 lines of the Kafka broker log"
      tail -n 80 "$broker_dir/broker.log" >&2 || true
    fi
    "$BROKER" stop "$broker_dir" || true
    rm -rf "$broker_dir"
  fi
  exit "$rc"
}
trap cleanup EXIT
# Turn signals into a normal exit so the EXIT trap above runs with a failing code.
trap 'exit 130' INT
trap 'exit 143' TERM

start_broker() {
  step "fetching Kafka broker jars"
  "$BROKER" fetch
  step "starting Kafka broker"
  broker_dir=$(mktemp -d "${TMPDIR:-/tmp}/demarche-kafka.XXXXXX")
  "$BROKER" start "$broker_dir"
  DEMARCHE_TEST_BOOTSTRAP=$(<"$broker_dir/bootstrap")
  DEMARCHE_TEST_SASL_SSL_BOOTSTRAP=$(<"$broker_dir/bootstrap_sasl_ssl")
  DEMARCHE_TEST_CA=$broker_dir/ca.pem
  DEMARCHE_TEST_SCRAM_USER=$(<"$broker_dir/scram_user")
  DEMARCHE_TEST_SCRAM_PASSWORD_FILE=$broker_dir/scram_password
  export DEMARCHE_TEST_SASL_SSL_BOOTSTRAP DEMARCHE_TEST_CA DEMARCHE_TEST_SCRAM_USER \
    DEMARCHE_TEST_SCRAM_PASSWORD_FILE
}

if [[ -n ${DEMARCHE_TEST_BOOTSTRAP:-} ]]; then
  step "using the broker at DEMARCHE_TEST_BOOTSTRAP=$DEMARCHE_TEST_BOOTSTRAP"
else
  start_broker
fi
export DEMARCHE_TEST_BOOTSTRAP

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy"
cargo clippy --all-targets -- -D warnings

step "cargo clippy + unit tests with the optional 'learned' feature"
cargo clippy --lib --features learned -- -D warnings
cargo test --lib --features learned nlp::learned

step "scorer self-test (scripts/test_eval.py)"
python3 scripts/test_eval.py

step "cargo test (broker at $DEMARCHE_TEST_BOOTSTRAP)"
cargo test --all-targets "$@"
