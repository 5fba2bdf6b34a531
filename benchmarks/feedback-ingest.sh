#!/usr/bin/env bash
# Ingest benchmark for feedback-service, against a naive peer: accepted evaluations per second,
# latency percentiles and the CPU each accepted evaluation costs, for POST /api/v1/evaluations (wrk,
# realistic body), then the same for the naive peer (benchmarks/naive-peer: the shape the Quarkus
# quickstarts teach, without outbox, idempotency, API key or tenant) on the same body, broker and
# PostgreSQL, then pgbench executing the service's SQL transaction alone; the ratios at the end.
#
# It starts its own KRaft broker (port 19092), feedback-service (port 18081, database
# bench_feedback, recreated) and the naive peer (18083, bench_naive, recreated), one at a time,
# so nothing else competes for the CPU. Needs: wrk, pgbench, psql (Debian: wrk, postgresql-client),
# PostgreSQL on 127.0.0.1:5432, and the build (./mvnw package -DskipTests; the naive peer is built
# here when missing, ./mvnw -f benchmarks/naive-peer/pom.xml package rebuilds it).
#
#   benchmarks/feedback-ingest.sh [SECONDS] [CONNECTIONS]     (defaults: 30 s, 16 connections)
#   FEEDBACK_JAVA_OPTS="-XX:+UseParallelGC" benchmarks/feedback-ingest.sh   (extra JVM options, both JVMs)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DURATION=${1:-30}
CONNECTIONS=${2:-16}
THREADS=2
PORT=18081
NAIVE_PORT=18083
# shellcheck source=bench-lib.sh
source "$ROOT/benchmarks/bench-lib.sh"
require_tools wrk pgbench psql java
require_jars feedback-service
[[ -f "$ROOT/benchmarks/naive-peer/target/quarkus-app/quarkus-run.jar" ]] \
  || (cd "$ROOT" && ./mvnw -q -B -f benchmarks/naive-peer/pom.xml package -DskipTests)

# CPU time, in clock ticks, of one process, of PostgreSQL (its live processes plus the backends that
# have exited, which the postmaster's children counters hold), and of the whole machine (busy: user,
# system, interrupts; steal: taken by the host): read before and after each measured run, so the
# script can say where the CPU went per accepted request. PostgreSQL is read only while no
# backend of the benchmark's database is starting or exiting (a backend reaped between the two
# reads would be lost).
ticks_of() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
postgres_ticks() {
  local sum postmaster
  postmaster=$(pgrep -u postgres -o postgres)
  sum=$(awk '{print $16 + $17}' "/proc/$postmaster/stat")
  for pid in $(pgrep -u postgres postgres); do sum=$((sum + $(ticks_of "$pid"))); done
  echo "$sum"
}
bench_backends() { $PG -d postgres -tAc "select count(*) from pg_stat_activity where datname in ('bench_feedback', 'bench_naive')"; }
await_bench_backends() { for _ in $(seq 1 100); do [[ "$(bench_backends)" == "$1" ]] && return 0; sleep 0.1; done; return 1; }
# The whole machine's ticks as one reading, "BUSY STEAL ALL".
machine_ticks() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8, $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat; }
# Between two machine_ticks readings: "machine busy B %, stolen by the host S %"
machine_share() {
  awk -v r0="$1" -v r1="$2" 'BEGIN{split(r0, a); split(r1, b); all = b[3] - a[3]
    printf "machine busy %.0f %%, stolen by the host %.0f %%", 100 * (b[1] - a[1]) / all, 100 * (b[2] - a[2]) / all}'
}
# Between two machine_ticks readings: ms of CPU per second the host left to the machine
machine_unstolen_ms_per_s() {
  awk -v r0="$1" -v r1="$2" -v cores="$(nproc)" 'BEGIN{split(r0, a); split(r1, b); all = b[3] - a[3]
    printf "%.0f", 1000 * cores * (all - (b[2] - a[2])) / all}'
}
HZ=$(getconf CLK_TCK)
# ms of CPU per unit of work: per_unit TICKS UNITS
per_unit() { awk -v t="$1" -v n="$2" -v hz="$HZ" 'BEGIN{printf "%.2f", t * 1000 / hz / n}'; }
# A process's CPU ticks, sampled until it exits (the last readable sample): sample_until_exit PID
sample_until_exit() {
  local ticks=0 now
  while kill -0 "$1" 2>/dev/null; do
    now=$(ticks_of "$1")
    ((now > ticks)) && ticks=$now
    sleep 0.5
  done
  echo "$ticks"
}
pgrep -u postgres -o postgres >/dev/null \
  || { echo "PostgreSQL's processes must be visible here (user postgres): the script measures their CPU" >&2; exit 1; }


$PG -d postgres -c "drop database if exists bench_feedback" -c "create database bench_feedback"
pids+=("$(start_kraft_broker "$WORK/kafka" 19092 19093 "$WORK/kafka.log")")
await_port 19092
# An API key given by configuration (only its SHA-256), and no rate limit: the benchmark
# measures ingestion, not the limiter.
export BENCH_API_KEY="pl_$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
bench_key_hash=$(printf '%s' "$BENCH_API_KEY" | sha256sum | cut -d' ' -f1)
# Required in prod; the benchmark never issues a form link.
export FORM_LINK_SECRET="$(head -c 32 /dev/urandom | base64)" REVIEW_DELEGATION_SECRET="$(head -c 32 /dev/urandom | base64)"
export INTERVIEW_DELEGATION_SECRET="$(head -c 32 /dev/urandom | base64)" AMEND_LINK_SECRET="$(head -c 32 /dev/urandom | base64)"
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

export BODY_JSON="$ROOT/feedback-service/src/test/resources/evaluation.json"
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; wrk $THREADS threads x $CONNECTIONS connections, ${DURATION}s"

# measure NAME JVM_PID PORT: warms up for 10 s, then runs wrk against the JVM and prints its rate,
# latency and the CPU each accepted evaluation cost the JVM, PostgreSQL, the broker and wrk; sets
# RATE[NAME] and JVM_MS[NAME].
declare -A RATE JVM_MS
measure() {
  local name=$1 jvm=$2 url="http://127.0.0.1:$3/api/v1/evaluations" before after wrk_pid wrk_ticks result accepted
  echo "== $name: POST /api/v1/evaluations (after a 10 s warm-up)"
  wrk -t$THREADS -c$CONNECTIONS -d10s -s "$ROOT/benchmarks/post-json.lua" "$url" >/dev/null
  before=("$(ticks_of "$jvm")" "$(ticks_of "${pids[0]}")" "$(postgres_ticks)" "$(machine_ticks)")
  wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s -s "$ROOT/benchmarks/post-json.lua" "$url" >"$WORK/wrk-$name.out" &
  wrk_pid=$!
  wrk_ticks=$(sample_until_exit "$wrk_pid")
  wait "$wrk_pid"
  after=("$(ticks_of "$jvm")" "$(ticks_of "${pids[0]}")" "$(postgres_ticks)" "$(machine_ticks)")
  result=$(grep -E "^(accepted|latency_ms)" "$WORK/wrk-$name.out")
  echo "$result"
  accepted=$(echo "$result" | sed -n 's/^accepted=\([0-9]*\).*/\1/p')
  if [[ -z "$accepted" || "$accepted" == 0 ]]; then
    echo "no evaluation was accepted; the logs: $WORK" >&2; KEEP_WORK=1; exit 1
  fi
  RATE[$name]=$(echo "$result" | sed -n 's/.*accepted_per_s=\([0-9.]*\).*/\1/p')
  JVM_MS[$name]=$(per_unit $((after[0] - before[0])) "$accepted")
  echo "CPU per accepted evaluation (ms): $name JVM ${JVM_MS[$name]}," \
    "PostgreSQL $(per_unit $((after[2] - before[2])) "$accepted"), Kafka broker $(per_unit $((after[1] - before[1])) "$accepted")," \
    "wrk $(per_unit "$wrk_ticks" "$accepted"); $(machine_share "${before[3]}" "${after[3]}")"
  echo "$name RSS after the run: $(($(ps -o rss= -p "$jvm") / 1024)) MiB"
}

measure feedback-service "${pids[1]}" $PORT
pending() { $PG -d bench_feedback -tAc "select count(*) from outbox_message where published_at is null"; }
echo "events not yet published when wrk stopped: $(pending)"
# The next runs go alone: wait until the relay has published the backlog.
drain_start=$(date +%s.%N)
for _ in $(seq 1 600); do [[ "$(pending)" == 0 ]] && break; sleep 0.5; done
echo "outbox drained $(awk -v s="$drain_start" -v e="$(date +%s.%N)" 'BEGIN{printf "%.1f", e-s}') s after the run (pending now: $(pending))"
# The service stops first: its relay would otherwise publish pgbench's outbox rows and take CPU from it.
kill "${pids[1]}" && wait "${pids[1]}" 2>/dev/null || true

# The naive peer (benchmarks/naive-peer): same body, broker and PostgreSQL, its own database.
$PG -d postgres -c "drop database if exists bench_naive" -c "create database bench_naive"
java -Xmx512m ${FEEDBACK_JAVA_OPTS:-} -Dquarkus.http.port=$NAIVE_PORT -Dquarkus.log.level=WARN \
  -jar "$ROOT/benchmarks/naive-peer/target/quarkus-app/quarkus-run.jar" >"$WORK/naive-peer.log" 2>&1 &
pids+=($!)
await_port $NAIVE_PORT || { echo "the naive peer did not start: $WORK/naive-peer.log" >&2; KEEP_WORK=1; exit 1; }
measure naive-peer "${pids[2]}" $NAIVE_PORT
kill "${pids[2]}" && wait "${pids[2]}" 2>/dev/null || true

echo "== pgbench: the same transaction, $CONNECTIONS clients"
await_bench_backends 0 || echo "(the JVMs' connections are still open: PostgreSQL's figure below may be off)"
before=("$(postgres_ticks)" "$(machine_ticks)")
pgbench -h 127.0.0.1 -U postgres -n -c "$CONNECTIONS" -j $THREADS -T "$DURATION" \
  -f "$ROOT/benchmarks/feedback-ingest.sql" bench_feedback >"$WORK/pgbench.out" 2>&1 &
pgbench_pid=$!
pgbench_ticks=$(sample_until_exit "$pgbench_pid")
wait "$pgbench_pid" || true
await_bench_backends 0 || echo "(pgbench's connections are still open: PostgreSQL's figure below may be off)"
after=("$(postgres_ticks)" "$(machine_ticks)")
pgbench_output=$(cat "$WORK/pgbench.out")
physical=$(echo "$pgbench_output" | grep -E "^(tps|latency average)" || true)
if [[ -z "$physical" ]]; then # e.g. the SQL no longer matches the schema the service migrated
  echo "pgbench failed:"; echo "$pgbench_output" | tail -20; exit 1
fi
echo "$physical"
transactions=$(echo "$pgbench_output" | sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p')
echo "CPU per transaction (ms): PostgreSQL $(per_unit $((after[0] - before[0])) "$transactions")," \
  "pgbench $(per_unit "$pgbench_ticks" "$transactions"); $(machine_share "${before[1]}" "${after[1]}")"

physical_rate=$(echo "$physical" | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
echo "== feedback-service / naive peer: accepted/s ${RATE[feedback-service]} / ${RATE[naive-peer]} =" \
  "$(awk -v s="${RATE[feedback-service]}" -v n="${RATE[naive-peer]}" 'BEGIN{printf "%.2f", s/n}') (goal >= 1.20);" \
  "JVM CPU per accepted evaluation ${JVM_MS[feedback-service]} / ${JVM_MS[naive-peer]} ms =" \
  "$(awk -v s="${JVM_MS[feedback-service]}" -v n="${JVM_MS[naive-peer]}" 'BEGIN{printf "%.2f", s/n}')" \
  "(goal: feedback-service <= 1.00 ms)"
echo "== beside them, pgbench: $physical_rate tps (feedback-service / pgbench $(awk -v s="${RATE[feedback-service]}" -v p="$physical_rate" 'BEGIN{printf "%.2f", s/p}'))"
