#!/usr/bin/env bash
# Start and stop a real, single-node Apache Kafka broker (KRaft mode) for the
# integration tests, without Docker and without the Kafka tarball: the broker's
# jars come from Maven Central (the only place this project's machines can reach),
# pinned by version and verified against scripts/kafka-jars.sha256.
#
# Usage:
#   scripts/kafka-broker.sh fetch            download + verify the jars (cached)
#   scripts/kafka-broker.sh start <dir>      start a broker whose state lives in <dir>
#   scripts/kafka-broker.sh stop <dir>       stop the broker started in <dir>
#   scripts/kafka-broker.sh kill <dir>       SIGKILL it (a crash), keeping its state
#   scripts/kafka-broker.sh restart <dir>    start a killed broker again: same ports, same data
#   scripts/kafka-broker.sh tool <class> ... run a Kafka main class with the cached jars,
#                                            e.g. tool org.apache.kafka.tools.TopicCommand --help
#
# After `start`, <dir> holds: bootstrap (host:port of the PLAINTEXT listener),
# bootstrap_sasl_ssl (host:port of a SASL_SSL listener taking SCRAM-SHA-512),
# ca.pem (the test CA that signed the broker's certificate), scram_user and
# scram_password (the SCRAM user created when the storage was formatted),
# broker.pid, broker.log, server.properties, tls/, data/. The certificates and
# the password are made afresh by every start and live only in <dir>.
#
# To bump KAFKA_VERSION: change it below, delete the manifest, run `fetch` (it
# refuses to run without a manifest), then regenerate the manifest from the
# freshly resolved jars:  (cd "$libs" && sha256sum -- *.jar) > scripts/kafka-jars.sha256
# and review the diff before committing.
set -euo pipefail

# 4.x runs its broker on Java 17 (this project's JDK) and is KRaft-only.
readonly KAFKA_VERSION=4.3.1
# Kafka logs through SLF4J 1.7 -> this binding -> log4j-core (which Kafka already
# depends on); keep it at the log4j-core version kafka-server pulls in.
readonly LOG4J_VERSION=2.25.4

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
readonly SCRIPT_DIR
readonly MANIFEST="$SCRIPT_DIR/kafka-jars.sha256"
readonly CACHE_ROOT="${DEMARCHE_CACHE:-$HOME/.cache/demarche}"
readonly KAFKA_HOME="$CACHE_ROOT/kafka-$KAFKA_VERSION"
readonly LIBS="$KAFKA_HOME/libs"
readonly READY_TIMEOUT_S=90
readonly STOP_GRACE_S=30
# A small heap is plenty for a test broker and leaves room for cargo on 2 cores.
readonly BROKER_HEAP="${DEMARCHE_KAFKA_HEAP:--Xms256m -Xmx512m}"

log() { echo "kafka-broker: $*" >&2; }
die() { log "error: $*"; exit 1; }

# ---------------------------------------------------------------- fetch

# True when <dir> holds exactly the jars named in the manifest (a stray jar would
# end up on the classpath), each with the right sha256. Prints why not on stderr.
verify_jars() {
  local dir=$1 expected actual
  expected=$(awk '{print $2}' "$MANIFEST" | sort)
  actual=$(find "$dir" -maxdepth 1 -name '*.jar' -printf '%f\n' | sort)
  if [[ $expected != "$actual" ]]; then
    echo "jar set differs from the manifest (< manifest, > $dir):" >&2
    diff <(echo "$expected") <(echo "$actual") >&2 || true
    return 1
  fi
  (cd "$dir" && sha256sum --quiet --strict -c "$MANIFEST" >&2)
}

libs_verified() { [[ -d $LIBS ]] && verify_jars "$LIBS" 2>/dev/null; }

# A throwaway pom whose runtime dependencies are exactly the broker's classpath.
write_pom() {
  cat >"$1/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>demarche.test</groupId>
  <artifactId>kafka-broker-libs</artifactId>
  <version>0</version>
  <dependencies>
    <!-- the broker itself (kafka.Kafka, kafka.tools.StorageTool) -->
    <dependency>
      <groupId>org.apache.kafka</groupId>
      <artifactId>kafka_2.13</artifactId>
      <version>$KAFKA_VERSION</version>
    </dependency>
    <!-- admin/console tools (TopicCommand, ConsoleProducer, ...) for the readiness
         check and manual debugging; Connect is only needed by the Connect tools. -->
    <dependency>
      <groupId>org.apache.kafka</groupId>
      <artifactId>kafka-tools</artifactId>
      <version>$KAFKA_VERSION</version>
      <exclusions>
        <exclusion><groupId>org.apache.kafka</groupId><artifactId>connect-runtime</artifactId></exclusion>
        <exclusion><groupId>com.fasterxml.jackson.jakarta.rs</groupId><artifactId>*</artifactId></exclusion>
      </exclusions>
    </dependency>
    <!-- without an SLF4J binding the broker logs nothing at all -->
    <dependency>
      <groupId>org.apache.logging.log4j</groupId>
      <artifactId>log4j-slf4j-impl</artifactId>
      <version>$LOG4J_VERSION</version>
    </dependency>
  </dependencies>
</project>
EOF
}

cmd_fetch() {
  [[ -f $MANIFEST ]] || die "missing $MANIFEST"
  if libs_verified; then
    log "jars for Kafka $KAFKA_VERSION already cached and verified in $LIBS"
    return 0
  fi
  command -v mvn >/dev/null || die "mvn not found (apt-get install maven)"

  local work staging
  work=$(mktemp -d)
  # shellcheck disable=SC2064  # expand $work now; EXIT also covers die()
  trap "rm -rf '$work'" EXIT
  staging="$work/libs"
  write_pom "$work"
  log "resolving org.apache.kafka:kafka_2.13:$KAFKA_VERSION from Maven Central"
  # Own local repository under the cache (`rm -rf` of the cache resets everything);
  # --strict-checksums rejects downloads that fail Central's own checksums.
  if ! (cd "$work" && mvn -B -q --strict-checksums \
    -Dmaven.repo.local="$CACHE_ROOT/m2" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$staging") </dev/null >"$work/mvn.log" 2>&1; then
    cat "$work/mvn.log" >&2
    die "maven could not resolve the Kafka jars"
  fi

  # Verify in the staging dir so a bad download never replaces a good cache.
  verify_jars "$staging" || die "resolved jars do not match $MANIFEST"

  mkdir -p "$KAFKA_HOME"
  rm -rf "$LIBS"
  mv "$staging" "$LIBS"
  log "cached $(wc -l <"$MANIFEST") verified jars in $LIBS"
}

# ---------------------------------------------------------------- helpers

require_libs() {
  libs_verified || die "Kafka jars missing or not verified; run: $0 fetch"
}

# Run a Kafka main class with the cached jars. C1-only JIT makes these short-lived
# JVMs start noticeably faster.
run_class() {
  require_libs
  java -Xmx256m -XX:TieredStopAtLevel=1 -Djava.awt.headless=true \
    -cp "$LIBS/*" "$@"
}

# Three distinct free TCP ports on 127.0.0.1, chosen by the kernel. The sockets are
# held open together so the ports differ; a tiny race with other processes
# remains until the broker binds them, which is acceptable for tests.
free_ports() {
  python3 - <<'EOF'
import socket
socks = [socket.socket() for _ in range(3)]
for s in socks:
    s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in socks))
for s in socks:
    s.close()
EOF
}

# A Kafka cluster id: 16 random bytes, URL-safe base64 without padding (the
# format StorageTool random-uuid prints), made here to save a JVM start. Like Kafka's
# own, never starting with '-' (StorageTool would read it as an option: 1 start in 64).
cluster_id() {
  python3 -c 'import base64,os
while (i := base64.urlsafe_b64encode(os.urandom(16)).decode().rstrip("=")).startswith("-"): pass
print(i)'
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# True if the process exists and is not a zombie (exited, not yet reaped).
pid_alive() {
  local state
  state=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
  [[ -n $state && $state != Z ]]
}

# The PID in <dir>/broker.pid if that process is alive and still our broker
# (guards against a stale pid file whose number was reused).
broker_pid() {
  local dir=$1 pid
  [[ -f $dir/broker.pid ]] || return 1
  pid=$(<"$dir/broker.pid")
  [[ $pid =~ ^[0-9]+$ ]] && pid_alive "$pid" || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$dir/server.properties" || return 1
  echo "$pid"
}

log_tail() {
  local dir=$1
  log "last lines of $dir/broker.log:"
  tail -n "${2:-60}" "$dir/broker.log" >&2 2>/dev/null || true
}

# ---------------------------------------------------------------- start

write_config() {
  local dir=$1 port=$2 cport=$3 sport=$4
  cat >"$dir/server.properties" <<EOF
# Single-node KRaft broker for demarche's tests (written by scripts/kafka-broker.sh).
process.roles=broker,controller
node.id=1
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport,SASL_SSL://127.0.0.1:$sport
advertised.listeners=PLAINTEXT://127.0.0.1:$port,SASL_SSL://127.0.0.1:$sport
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SASL_SSL:SASL_SSL
# Clients that authenticate: TLS (certificate from make_certs, PEM keystore) and
# SCRAM-SHA-512 (the user is created by format_storage).
listener.name.sasl_ssl.sasl.enabled.mechanisms=SCRAM-SHA-512
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
listener.name.sasl_ssl.ssl.keystore.type=PEM
listener.name.sasl_ssl.ssl.keystore.location=$dir/tls/broker-keystore.pem
# Kafka 4 dynamic quorum: formatted with --standalone, found through this address.
controller.quorum.bootstrap.servers=127.0.0.1:$cport
log.dirs=$dir/data

# One broker: every internal topic must live with a single replica.
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
default.replication.factor=1
min.insync.replicas=1
# Few partitions for internal topics: the first consumer group / transaction
# then does not wait for 50 partitions to be created.
offsets.topic.num.partitions=1
transaction.state.log.num.partitions=1

num.partitions=1
auto.create.topics.enable=true
# Tests should not wait 3 s for the first consumer-group rebalance.
group.initial.rebalance.delay.ms=0
EOF

  cat >"$dir/log4j2.properties" <<'EOF'
# Broker log -> stdout, which start redirects to broker.log.
status = warn
# Let Kafka's own shutdown hook log to the end (log4j's hook would stop logging first).
shutdownHook = disable
appender.out.type = Console
appender.out.name = OUT
appender.out.layout.type = PatternLayout
appender.out.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.out.ref = OUT
# Per-request and per-partition state logs are noise for tests.
logger.request.name = kafka.request.logger
logger.request.level = WARN
logger.state.name = state.change.logger
logger.state.level = WARN
EOF
}

# A throwaway CA and a broker certificate it signs, valid for 127.0.0.1 and
# localhost (clients verify the host name), plus a fresh SCRAM password. The CA's
# key never leaves <dir>/tls; clients get ca.pem.
make_certs() {
  local dir=$1 tls=$1/tls
  mkdir -p "$tls"
  chmod 700 "$tls"
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=demarche test CA" \
    -keyout "$tls/ca.key" -out "$dir/ca.pem" 2>>"$dir/broker.log"
  openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
    -keyout "$tls/broker.key" -out "$tls/broker.csr" 2>>"$dir/broker.log"
  printf '%s\n' "subjectAltName=IP:127.0.0.1,DNS:localhost" \
    "extendedKeyUsage=serverAuth" >"$tls/broker.ext"
  openssl x509 -req -in "$tls/broker.csr" -CA "$dir/ca.pem" -CAkey "$tls/ca.key" \
    -CAcreateserial -CAserial "$tls/ca.srl" -days 2 -extfile "$tls/broker.ext" -out "$tls/broker.pem" \
    2>>"$dir/broker.log"
  # Kafka's PEM keystore: the PKCS#8 key, then the certificate chain.
  cat "$tls/broker.key" "$tls/broker.pem" "$dir/ca.pem" >"$tls/broker-keystore.pem"
  echo demarche >"$dir/scram_user"
  python3 -c 'import secrets; print(secrets.token_urlsafe(18))' >"$dir/scram_password"
  chmod 600 "$dir/scram_password"
}

format_storage() {
  local dir=$1
  run_class kafka.tools.StorageTool format --standalone \
    -t "$(cluster_id)" -c "$dir/server.properties" \
    --add-scram "SCRAM-SHA-512=[name=$(<"$dir/scram_user"),password=$(<"$dir/scram_password")]" \
    >>"$dir/broker.log" 2>&1 ||
    { log_tail "$dir" 30; die "formatting storage in $dir/data failed"; }
}

# Ready = the port accepts connections AND an admin client completes a metadata
# round-trip (the port opens before the broker has caught up with its metadata).
wait_ready() {
  local dir=$1 bootstrap=$2 port=${2##*:} pid
  local deadline=$((SECONDS + READY_TIMEOUT_S))
  pid=$(<"$dir/broker.pid")
  while ((SECONDS < deadline)); do
    # Only liveness here: just after the fork, /proc/<pid>/cmdline may not show
    # the java command line yet, so broker_pid's identity check would misfire.
    pid_alive "$pid" || { log_tail "$dir"; die "broker exited during start-up"; }
    if port_open "$port" &&
      timeout 30 java -Xmx128m -XX:TieredStopAtLevel=1 -cp "$LIBS/*" \
        org.apache.kafka.tools.TopicCommand --bootstrap-server "$bootstrap" --list \
        >/dev/null 2>>"$dir/ready-check.log"; then
      return 0
    fi
    sleep 0.5
  done
  log_tail "$dir"
  cmd_stop "$dir" # don't leave a half-started broker behind
  die "broker at $bootstrap not ready after ${READY_TIMEOUT_S}s"
}

cmd_start() {
  local dir=${1:?usage: $0 start <dir>}
  require_libs
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd) # absolute: it ends up in the config and the cmdline
  if broker_pid "$dir" >/dev/null; then
    die "a broker is already running in $dir (pid $(broker_pid "$dir"))"
  fi
  rm -rf "$dir/data" "$dir/tls" "$dir/bootstrap" "$dir/bootstrap_sasl_ssl" "$dir/ca.pem" \
    "$dir/scram_user" "$dir/scram_password" "$dir/broker.pid" "$dir/ready-check.log"
  : >"$dir/broker.log"

  local port cport sport started=$SECONDS
  read -r port cport sport < <(free_ports)
  write_config "$dir" "$port" "$cport" "$sport"
  make_certs "$dir"
  format_storage "$dir"

  # exec-style background job: $! is the JVM itself. stdin from /dev/null and
  # output to a file, so the broker never holds a caller's pipe open.
  # shellcheck disable=SC2086  # BROKER_HEAP is a list of JVM flags
  java $BROKER_HEAP -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$dir/log4j2.properties" \
    -cp "$LIBS/*" kafka.Kafka "$dir/server.properties" \
    </dev/null >>"$dir/broker.log" 2>&1 &
  echo $! >"$dir/broker.pid"

  wait_ready "$dir" "127.0.0.1:$port"
  echo "127.0.0.1:$port" >"$dir/bootstrap"
  echo "127.0.0.1:$sport" >"$dir/bootstrap_sasl_ssl"
  log "Kafka $KAFKA_VERSION ready at 127.0.0.1:$port, SASL_SSL at 127.0.0.1:$sport (pid $(<"$dir/broker.pid"), $((SECONDS - started))s, log $dir/broker.log)"
}

# ---------------------------------------------------------------- stop

cmd_stop() {
  local dir=${1:?usage: $0 stop <dir>} pid
  dir=$(cd "$dir" 2>/dev/null && pwd) || { log "no such dir, nothing to stop"; return 0; }
  if ! pid=$(broker_pid "$dir"); then
    log "no broker running in $dir"
    rm -f "$dir/broker.pid"
    return 0
  fi
  # TERM lets the broker shut down cleanly (fast for a single node); KILL if it hangs.
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + STOP_GRACE_S))
  while broker_pid "$dir" >/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
  if broker_pid "$dir" >/dev/null; then
    log "broker pid $pid still up after ${STOP_GRACE_S}s, sending KILL"
    kill -KILL "$pid" 2>/dev/null || true
    while broker_pid "$dir" >/dev/null; do sleep 0.2; done
  fi
  rm -f "$dir/broker.pid"
  log "stopped broker pid $pid"
}

# ---------------------------------------------------------------- kill / restart
# For chaos tests (scripts/chaos.sh): `kill` crashes the broker the hard way and keeps
# its exact command line; `restart` replays it, so the broker comes back on the same
# ports with the same log dir whatever flags `start` used.

cmd_kill() {
  local dir=${1:?usage: $0 kill <dir>} pid
  dir=$(cd "$dir" && pwd)
  pid=$(broker_pid "$dir") || die "no broker running in $dir"
  cp "/proc/$pid/cmdline" "$dir/broker.cmdline"
  kill -KILL "$pid"
  while pid_alive "$pid"; do sleep 0.1; done
  rm -f "$dir/broker.pid"
  log "killed broker pid $pid (SIGKILL)"
}

cmd_restart() {
  local dir=${1:?usage: $0 restart <dir>} started=$SECONDS
  dir=$(cd "$dir" && pwd)
  [[ -s $dir/broker.cmdline && -s $dir/bootstrap ]] || die "no killed broker to restart in $dir"
  broker_pid "$dir" >/dev/null && die "a broker is already running in $dir"
  local -a argv
  mapfile -d '' argv <"$dir/broker.cmdline"
  "${argv[@]}" </dev/null >>"$dir/broker.log" 2>&1 &
  echo $! >"$dir/broker.pid"
  wait_ready "$dir" "$(<"$dir/bootstrap")"
  log "restarted broker at $(<"$dir/bootstrap") (pid $(<"$dir/broker.pid"), $((SECONDS - started))s)"
}

# ---------------------------------------------------------------- main

main() {
  local cmd=${1:-}
  shift || true
  case $cmd in
    fetch) cmd_fetch ;;
    start) cmd_start "$@" ;;
    stop) cmd_stop "$@" ;;
    kill) cmd_kill "$@" ;;
    restart) cmd_restart "$@" ;;
    tool) run_class "$@" ;;
    *) sed -n '2,20p' "$0" >&2; exit 2 ;;
  esac
}

main "$@"
