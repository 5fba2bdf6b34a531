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

# CPU time, in clock ticks, of one process, of PostgreSQL (its live processes plus the backends that
# have exited, which the postmaster's children counters hold), and of the whole machine (busy: user,
# system, interrupts; steal: taken by the host): read before and after each measured run, so the
# script can say where the CPU went per accepted request.
ticks_of() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
postgres_ticks() {
  local sum postmaster
  postmaster=$(pgrep -u postgres -o postgres)
  sum=$(awk '{print $16 + $17}' "/proc/$postmaster/stat")
  for pid in $(pgrep -u postgres postgres); do sum=$((sum + $(ticks_of "$pid"))); done
  echo "$sum"
}
machine_busy_ticks() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
machine_steal_ticks() { awk '/^cpu /{print $9}' /proc/stat; }
machine_all_ticks() { awk '/^cpu /{print $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat; }
# "busy B %, steal S %" between two readings: machine_share BUSY0 BUSY1 STEAL0 STEAL1 ALL0 ALL1
machine_share() {
  awk -v b=$(($2 - $1)) -v s=$(($4 - $3)) -v a=$(($6 - $5)) 'BEGIN{printf "machine busy %.0f %%, stolen by the host %.0f %%", 100 * b / a, 100 * s / a}'
}
HZ=$(getconf CLK_TCK)
# ms of CPU per unit of work: per_unit TICKS UNITS
per_unit() { awk -v t="$1" -v n="$2" -v hz="$HZ" 'BEGIN{printf "%.2f", t * 1000 / hz / n}'; }

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
before=("$(ticks_of "${pids[1]}")" "$(ticks_of "${pids[0]}")" "$(postgres_ticks)" "$(machine_busy_ticks)" "$(machine_steal_ticks)" "$(machine_all_ticks)")
wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s -s "$ROOT/benchmarks/feedback-ingest.lua" \
  "http://127.0.0.1:$PORT/api/v1/evaluations" >"$WORK/wrk.out" &
wrk_pid=$!
wrk_ticks=0
while kill -0 "$wrk_pid" 2>/dev/null; do wrk_ticks=$(ticks_of "$wrk_pid"); sleep 0.5; done
wait "$wrk_pid"
after=("$(ticks_of "${pids[1]}")" "$(ticks_of "${pids[0]}")" "$(postgres_ticks)" "$(machine_busy_ticks)" "$(machine_steal_ticks)" "$(machine_all_ticks)")
service=$(grep -E "^(accepted|latency_ms)" "$WORK/wrk.out")
echo "$service"
accepted=$(echo "$service" | sed -n 's/^accepted=\([0-9]*\).*/\1/p')
# Everything but the service's JVM, per request: what the service's run costs the machine even if
# the JVM cost nothing (used below for the ratio's ceiling).
outside_jvm=$(per_unit $((after[2] - before[2] + after[1] - before[1] + wrk_ticks)) "$accepted")
echo "CPU per accepted evaluation (ms): service JVM $(per_unit $((after[0] - before[0])) "$accepted")," \
  "PostgreSQL $(per_unit $((after[2] - before[2])) "$accepted"), Kafka broker $(per_unit $((after[1] - before[1])) "$accepted")," \
  "wrk $(per_unit "$wrk_ticks" "$accepted"); $(machine_share "${before[3]}" "${after[3]}" "${before[4]}" "${after[4]}" "${before[5]}" "${after[5]}")"
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
before=("$(postgres_ticks)" "$(machine_busy_ticks)" "$(machine_steal_ticks)" "$(machine_all_ticks)")
pgbench -h 127.0.0.1 -U postgres -n -c "$CONNECTIONS" -j $THREADS -T "$DURATION" \
  -f "$ROOT/benchmarks/feedback-ingest.sql" bench_feedback >"$WORK/pgbench.out" 2>&1 &
pgbench_pid=$!
pgbench_ticks=0
while kill -0 "$pgbench_pid" 2>/dev/null; do pgbench_ticks=$(ticks_of "$pgbench_pid"); sleep 0.5; done
wait "$pgbench_pid" || true
after=("$(postgres_ticks)" "$(machine_busy_ticks)" "$(machine_steal_ticks)" "$(machine_all_ticks)")
pgbench_output=$(cat "$WORK/pgbench.out")
physical=$(echo "$pgbench_output" | grep -E "^(tps|latency average)" || true)
if [[ -z "$physical" ]]; then # e.g. the SQL no longer matches the schema the service migrated
  echo "pgbench failed:"; echo "$pgbench_output" | tail -20; exit 1
fi
echo "$physical"
transactions=$(echo "$pgbench_output" | sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p')
echo "CPU per transaction (ms): PostgreSQL $(per_unit $((after[0] - before[0])) "$transactions")," \
  "pgbench $(per_unit "$pgbench_ticks" "$transactions"); $(machine_share "${before[1]}" "${after[1]}" "${before[2]}" "${after[2]}" "${before[3]}" "${after[3]}")"

service_rate=$(echo "$service" | sed -n 's/.*accepted_per_s=\([0-9.]*\).*/\1/p')
physical_rate=$(echo "$physical" | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
# Both runs keep the machine busy, so rates go as the inverse of the CPU per unit of work: a service
# whose JVM used no CPU at all would reach at most this ratio on this machine.
pgbench_side=$(per_unit $((after[0] - before[0] + pgbench_ticks)) "$transactions")
echo "ratio ceiling if the service JVM cost nothing: $(awk -v p="$pgbench_side" -v o="$outside_jvm" 'BEGIN{printf "%.2f", p / o}')" \
  "(pgbench side $pgbench_side ms per transaction / PostgreSQL, broker and wrk $outside_jvm ms per accepted evaluation)"
echo "== ratio service / pgbench: $(awk -v s="$service_rate" -v p="$physical_rate" 'BEGIN{printf "%.2f", s/p}') (goal >= 0.60)"
