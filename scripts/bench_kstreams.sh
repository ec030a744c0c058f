#!/usr/bin/env bash
# The Kafka Streams side by side of issue 10 (not run in CI): builds the pass-through app
# in bench/kstreams (Kafka Streams from Maven Central, into a repository under
# ~/.cache/demarche/m2), builds demarche and the latency probe, then runs
# scripts/bench_latency.py over the Kafka Streams modes and demarche's in the same run:
#
#   scripts/bench_kstreams.sh [bench_latency.py options, e.g. --runs 3 --seconds 20 --rate 500]
#
# Default modes: kstreams (three apps, 100 ms commit), kstreams-10ms, kstreams-one-10ms,
# staged, fused. Pass --modes to choose others.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mvn -q -B -Dmaven.repo.local="$HOME/.cache/demarche/m2" -f bench/kstreams/pom.xml package
cargo build --release --bin demarche --example latency_probe
modes=(--modes kstreams,kstreams-10ms,kstreams-one-10ms,staged,fused)
for arg in "$@"; do [[ $arg == --modes* ]] && modes=(); done
exec python3 scripts/bench_latency.py "${modes[@]}" "$@"
