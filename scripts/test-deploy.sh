#!/usr/bin/env bash
# Checks the deployment files without a cluster or an image registry:
#   - promtool: the alert rules (check + unit tests) and the compose Prometheus config;
#   - kustomize: renders every overlay; scripts/check_kubernetes.py checks the objects and
#     loads each secret-free worker configuration with the real binary;
#   - podman-compose config parses deploy/compose.yaml; scripts/check_compose.py checks it;
#   - the Grafana dashboard is valid JSON.
#   scripts/test-deploy.sh [BINARY]      (default target/debug/demarche)
# Tools are looked up on PATH, then in ~/.cache/demarche/bin (where .ci/run installs them).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
readonly BINARY=${1:-target/debug/demarche}
PATH=$PATH:${DEMARCHE_CACHE:-$HOME/.cache/demarche}/bin

step() { printf '\n==> deploy: %s\n' "$*" >&2; }
need() {
  command -v "$1" >/dev/null || { echo "test-deploy: $1 not found ($2; .ci/run installs it)" >&2; exit 1; }
}
need promtool "Debian package prometheus"
need podman-compose "PyPI podman-compose"
command -v kustomize >/dev/null || need kubectl "kustomize from the Go module proxy, or kubectl"

step "promtool: alert rules, their unit tests, the compose Prometheus config"
promtool check rules deploy/prometheus/alerts.yaml
promtool test rules deploy/prometheus/alerts.test.yaml
promtool check config deploy/prometheus/prometheus.yml

step "kustomize: render and check the overlays"
args=()
[[ -x $BINARY ]] && args+=(--binary "$BINARY")
python3 scripts/check_kubernetes.py "${args[@]}"

step "compose file"
podman-compose -f deploy/compose.yaml config >/dev/null
python3 scripts/check_compose.py

step "Grafana dashboard"
python3 -m json.tool deploy/grafana/demarche.json >/dev/null
echo "test-deploy: deploy/grafana/demarche.json is valid JSON" >&2
