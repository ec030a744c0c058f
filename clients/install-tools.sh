#!/usr/bin/env bash
# Installs the pinned tools the clients need, once, into ~/.cache/demarche (DEMARCHE_CACHE):
#   clients-venv/   Python venv: grpcio-tools (protoc for Python and Go), protobuf,
#                   confluent-kafka, pytest (from PyPI)
#   bin/protoc-gen-go             from the Go module proxy
#   bin/protoc-java-<version>     protoc from Maven Central (grpcio-tools' protoc has no
#                                 Java generator), same protoc release as grpcio-tools'
#   m2/                           Maven's local repository (the Java client's builds use it)
# Needs python3 (with venv), go and mvn; .ci/run installs them on a fresh Debian machine.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly CACHE=${DEMARCHE_CACHE:-$HOME/.cache/demarche}
# Go's official tarball location, where CI's Go lives when it is not on PATH.
[[ -x /usr/local/go/bin/go ]] && PATH=$PATH:/usr/local/go/bin
# grpcio-tools 1.85.1 ships protoc 35.1 (Python gencode 7.35.1, Java gencode 4.35.1).
readonly GRPCIO_TOOLS=1.85.1 PROTOBUF_PY=7.36.2 CONFLUENT_KAFKA=2.16.1 PYTEST=9.2.0
readonly PROTOC_GEN_GO=v1.36.12 PROTOC_JAVA=4.35.1

venv=$CACHE/clients-venv
want="grpcio-tools==$GRPCIO_TOOLS protobuf==$PROTOBUF_PY confluent-kafka==$CONFLUENT_KAFKA pytest==$PYTEST"
if [[ $(cat "$venv/.pins" 2>/dev/null) != "$want" ]]; then
  echo "==> pip install $want (venv $venv)"
  python3 -m venv "$venv"
  # shellcheck disable=SC2086
  "$venv/bin/pip" install -q $want
  echo "$want" >"$venv/.pins"
fi

mkdir -p "$CACHE/bin"
if [[ $(cat "$CACHE/bin/.protoc-gen-go" 2>/dev/null) != "$PROTOC_GEN_GO" ]]; then
  echo "==> go install protoc-gen-go@$PROTOC_GEN_GO"
  GOBIN=$CACHE/bin go install "google.golang.org/protobuf/cmd/protoc-gen-go@$PROTOC_GEN_GO"
  echo "$PROTOC_GEN_GO" >"$CACHE/bin/.protoc-gen-go"
fi

protoc_java=$CACHE/bin/protoc-java-$PROTOC_JAVA
if [[ ! -x $protoc_java ]]; then
  case $(uname -m) in
    x86_64) arch=x86_64 ;;
    aarch64 | arm64) arch=aarch_64 ;;
    *) echo "error: no protoc on Maven Central for $(uname -m)" >&2; exit 1 ;;
  esac
  echo "==> mvn dependency:copy com.google.protobuf:protoc:$PROTOC_JAVA:exe:linux-$arch"
  tmp=$(mktemp -d)
  mvn -B -q --strict-checksums -Dmaven.repo.local="$CACHE/m2" \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="com.google.protobuf:protoc:$PROTOC_JAVA:exe:linux-$arch" \
    -DoutputDirectory="$tmp" </dev/null
  install -m 0755 "$tmp"/protoc-*.exe "$protoc_java"
  rm -rf "$tmp"
fi

