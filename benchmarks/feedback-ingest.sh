#!/usr/bin/env bash
# Ingest benchmark for feedback-service: accepted evaluations per second and latency
# percentiles for POST /api/v1/evaluations (wrk, realistic body), and in the same run pgbench
# executing the same SQL transaction on the same PostgreSQL, with the ratio of the two.
#
# It starts its own KRaft broker (port 19092) and feedback-service (port 18081, database
# bench_feedback, recreated), so the rest of the system does not compete for the CPU.
# Needs: wrk, pgbench, psql (Debian: wrk, postgresql-client), PostgreSQL on 127.0.0.1:5432,
# and the build (./mvnw package -DskipTests).
#
#   benchmarks/feedback-ingest.sh [SECONDS] [CONNECTIONS]     (defaults: 30 s, 16 connections)
#   FEEDBACK_JAVA_OPTS="-XX:+UseParallelGC" benchmarks/feedback-ingest.sh   (extra JVM options to compare)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DURATION=${1:-30}
CONNECTIONS=${2:-16}
THREADS=2
PORT=18081
WORK=$(mktemp -d)
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
# shellcheck source=../deploy/local/kafka.sh
source "$ROOT/deploy/local/kafka.sh"

for tool in wrk pgbench psql java; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install wrk postgresql-client)" >&2; exit 1; }
done
[[ -f "$ROOT/feedback-service/target/quarkus-app/quarkus-run.jar" && -d "$KAFKA_LIBS" ]] \
  || (cd "$ROOT" && ./mvnw -q -B package -DskipTests)

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [[ -n "${KEEP_WORK:-}" ]] && echo "work dir kept: $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT

await_port() { for _ in $(seq 1 300); do (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.2; done; return 1; }

$PG -d postgres -c "drop database if exists bench_feedback" -c "create database bench_feedback"
pids+=("$(start_kraft_broker "$WORK/kafka" 19092 19093 "$WORK/kafka.log")")
await_port 19092
# An API key given by configuration (only its SHA-256), and no rate limit: the benchmark
# measures ingestion, not the limiter.
export BENCH_API_KEY="pl_$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
bench_key_hash=$(printf '%s' "$BENCH_API_KEY" | sha256sum | cut -d' ' -f1)
# Required in prod; the benchmark never issues a form link.
export FORM_LINK_SECRET="$(head -c 32 /dev/urandom | base64)"
# shellcheck disable=SC2086 # FEEDBACK_JAVA_OPTS is a list of options
java -Xmx512m ${FEEDBACK_JAVA_OPTS:-} -Dquarkus.http.port=$PORT -Dquarkus.log.console.json.enabled=false -Dquarkus.log.level=WARN \
  -Dpracticeloop.auth.static-keys.bench.organization=bench -Dpracticeloop.auth.static-keys.bench.hash="$bench_key_hash" \
  -Dpracticeloop.auth.static-keys.bench.scopes=evaluations:write \
  -Dpracticeloop.auth.rate-limit.per-second=1000000 -Dpracticeloop.auth.rate-limit.burst=1000000 \
  -Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/bench_feedback \
  -Dkafka.bootstrap.servers=127.0.0.1:19092 \
  -jar "$ROOT/feedback-service/target/quarkus-app/quarkus-run.jar" >"$WORK/feedback.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break; sleep 0.2; done

export EVALUATION_JSON="$ROOT/feedback-service/src/test/resources/evaluation.json"
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; wrk $THREADS threads x $CONNECTIONS connections, ${DURATION}s"
echo "== warm-up (10 s)"
wrk -t$THREADS -c$CONNECTIONS -d10s -s "$ROOT/benchmarks/feedback-ingest.lua" "http://127.0.0.1:$PORT/api/v1/evaluations" >/dev/null
echo "== feedback-service: POST /api/v1/evaluations"
service=$(wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s -s "$ROOT/benchmarks/feedback-ingest.lua" \
  "http://127.0.0.1:$PORT/api/v1/evaluations" | grep -E "^(accepted|latency_ms)")
echo "$service"
rss=$(ps -o rss= -p "${pids[1]}")
pending() { $PG -d bench_feedback -tAc "select count(*) from outbox_message where published_at is null"; }
echo "feedback-service RSS after the run: $((rss / 1024)) MiB; events not yet published when wrk stopped: $(pending)"
# pgbench runs alone: wait until the relay has published the backlog.
drain_start=$(date +%s.%N)
for _ in $(seq 1 600); do [[ "$(pending)" == 0 ]] && break; sleep 0.5; done
echo "outbox drained $(awk -v s="$drain_start" -v e="$(date +%s.%N)" 'BEGIN{printf "%.1f", e-s}') s after the run (pending now: $(pending))"
# The service stops first: its relay would otherwise publish pgbench's outbox rows and take CPU from it.
kill "${pids[1]}" && wait "${pids[1]}" 2>/dev/null || true

echo "== pgbench: the same transaction, $CONNECTIONS clients"
pgbench_output=$(pgbench -h 127.0.0.1 -U postgres -n -c "$CONNECTIONS" -j $THREADS -T "$DURATION" \
  -f "$ROOT/benchmarks/feedback-ingest.sql" bench_feedback 2>&1 || true)
physical=$(echo "$pgbench_output" | grep -E "^(tps|latency average)" || true)
if [[ -z "$physical" ]]; then # e.g. the SQL no longer matches the schema the service migrated
  echo "pgbench failed:"; echo "$pgbench_output" | tail -20; exit 1
fi
echo "$physical"

service_rate=$(echo "$service" | sed -n 's/.*accepted_per_s=\([0-9.]*\).*/\1/p')
physical_rate=$(echo "$physical" | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
echo "== ratio service / pgbench: $(awk -v s="$service_rate" -v p="$physical_rate" 'BEGIN{printf "%.2f", s/p}') (goal >= 0.60)"
