#!/usr/bin/env bash
# Latency of the review while writing (issue 17): p50/p99 of a review of a 10-item evaluation at 10
# concurrent reviews, through feedback-service (POST /api/v1/evaluations/review, which asks
# analysis-service) and, in the same run, straight to analysis-service (POST /api/v1/reviews with
# the same texts). Goal: p99 < 150 ms through feedback-service.
#
# It starts its own KRaft broker (port 19092), analysis-service (18082, database bench_analysis)
# and feedback-service (18081, database bench_feedback), both databases recreated.
# Needs: wrk, psql, PostgreSQL on 127.0.0.1:5432, and the build (./mvnw package -DskipTests).
#
#   benchmarks/review-latency.sh [SECONDS] [CONCURRENT]     (defaults: 30 s, 10 concurrent reviews)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DURATION=${1:-30}
CONNECTIONS=${2:-10}
THREADS=2
FEEDBACK=18081
ANALYSIS=18082
# shellcheck source=bench-lib.sh
source "$ROOT/benchmarks/bench-lib.sh"
require_tools wrk psql java curl
require_jars feedback-service analysis-service
await_ready() {
  for _ in $(seq 1 450); do curl -fs -o /dev/null "http://127.0.0.1:$1/q/health/ready" && return 0; sleep 0.2; done
  echo "the service on port $1 did not become ready; logs in $WORK" >&2; KEEP_WORK=1; exit 1
}

for db in bench_analysis bench_feedback; do
  $PG -d postgres -c "drop database if exists $db" -c "create database $db"
done
pids+=("$(start_kraft_broker "$WORK/kafka" 19092 19093 "$WORK/kafka.log")")
await_port 19092

# One API key given to both services by configuration (only its SHA-256), no rate limit: the
# benchmark measures the review, not the limiter. The review secret is shared by the two services.
export BENCH_API_KEY="pl_$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
bench_key_hash=$(printf '%s' "$BENCH_API_KEY" | sha256sum | cut -d' ' -f1)
export REVIEW_DELEGATION_SECRET="$(head -c 32 /dev/urandom | base64)" INTERVIEW_DELEGATION_SECRET="$(head -c 32 /dev/urandom | base64)"
export AMEND_LINK_SECRET="$(head -c 32 /dev/urandom | base64)"
export FORM_LINK_SECRET="$(head -c 32 /dev/urandom | base64)" PLAN_LINK_SECRET="$(head -c 32 /dev/urandom | base64)"
common=(-Dquarkus.log.console.json.enabled=false -Dquarkus.log.level=WARN -Dkafka.bootstrap.servers=127.0.0.1:19092
  -Dpracticeloop.auth.static-keys.bench.organization=bench -Dpracticeloop.auth.static-keys.bench.hash="$bench_key_hash"
  -Dpracticeloop.auth.static-keys.bench.scopes=evaluations:write
  -Dpracticeloop.auth.rate-limit.per-second=1000000 -Dpracticeloop.auth.rate-limit.burst=1000000)
java -Xmx512m "${common[@]}" -Dquarkus.http.port=$ANALYSIS \
  -Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/bench_analysis \
  -jar "$ROOT/analysis-service/target/quarkus-app/quarkus-run.jar" >"$WORK/analysis.log" 2>&1 &
pids+=($!)
java -Xmx512m "${common[@]}" -Dquarkus.http.port=$FEEDBACK \
  -Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/bench_feedback \
  -Dquarkus.rest-client.analysis.url=http://127.0.0.1:$ANALYSIS \
  -jar "$ROOT/feedback-service/target/quarkus-app/quarkus-run.jar" >"$WORK/feedback.log" 2>&1 &
pids+=($!)
await_ready $ANALYSIS
await_ready $FEEDBACK

# run NAME URL BODY: warm-up, then the measured run; prints wrk's counts and percentiles.
# "accepted" counts the reviews answered 200.
export EXPECT_STATUS=200
run() {
  export BODY_JSON="$3"
  wrk -t$THREADS -c"$CONNECTIONS" -d10s -s "$ROOT/benchmarks/post-json.lua" "$2" >/dev/null
  echo "== $1"
  wrk -t$THREADS -c"$CONNECTIONS" -d"${DURATION}s" -s "$ROOT/benchmarks/post-json.lua" "$2" | grep -E "^(accepted|latency_ms)"
}
items=$(curl -fs -X POST -H "Authorization: Bearer $BENCH_API_KEY" -H 'Content-Type: application/json' \
  --data @"$ROOT/benchmarks/review-evaluation.json" "http://127.0.0.1:$FEEDBACK/api/v1/evaluations/review" \
  | grep -o '"shownToCandidate"' | wc -l)
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; wrk $THREADS threads x $CONNECTIONS connections, ${DURATION}s each; $items items per review"
[[ "$items" == 10 ]] || { echo "the review answered $items items, not 10; logs in $WORK" >&2; KEEP_WORK=1; exit 1; }
run "through feedback-service: POST /api/v1/evaluations/review" \
  "http://127.0.0.1:$FEEDBACK/api/v1/evaluations/review" "$ROOT/benchmarks/review-evaluation.json"
run "straight to analysis-service: POST /api/v1/reviews" \
  "http://127.0.0.1:$ANALYSIS/api/v1/reviews" "$ROOT/benchmarks/review-texts.json"
