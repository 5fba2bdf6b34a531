# Sourced by the benchmark scripts that start their own broker and services: a work folder removed
# at exit (KEEP_WORK=1 keeps it), the processes in "pids" stopped at exit, psql, the Kafka helpers.
# shellcheck shell=bash
WORK=$(mktemp -d)
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
# shellcheck source=../deploy/local/kafka.sh
source "$ROOT/deploy/local/kafka.sh"

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [[ -n "${KEEP_WORK:-}" ]] && echo "work dir kept: $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT

# require_tools TOOL...: each on the PATH, or a hint what to install.
require_tools() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install wrk postgresql-client)" >&2; exit 1; }
  done
}
# require_jars SERVICE...: the packaged services and the Kafka jars, built if missing.
require_jars() {
  local missing=""
  for service in "$@"; do [[ -f "$ROOT/$service/target/quarkus-app/quarkus-run.jar" ]] || missing=1; done
  [[ -z "$missing" && -d "$KAFKA_LIBS" ]] || (cd "$ROOT" && ./mvnw -q -B package -DskipTests)
}
await_port() { for _ in $(seq 1 300); do (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.2; done; return 1; }
