#!/usr/bin/env bash
# Starts Practice Loop on this machine without Docker: PostgreSQL (the local server, or an
# embedded one), an Apache Kafka broker in KRaft mode, GreenMail (SMTP + mailbox API) and the
# three services. Ctrl-C, or `deploy/local/start.sh stop` from another terminal, stops
# everything it started.
#
#   deploy/local/start.sh            start, print the URLs, wait (Ctrl-C stops)
#   deploy/local/start.sh --detach   start, print the URLs, return
#   deploy/local/start.sh stop       stop what a previous start started
set -Eeuo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL="$ROOT/deploy/local"
DATA="${PRACTICELOOP_DATA:-$LOCAL/.data}"
PIDS="$DATA/pids"
LOGS="$DATA/logs"
# shellcheck source=deploy/local/kafka.sh
source "$LOCAL/kafka.sh"
SERVICES=(feedback-service analysis-service notification-service)
declare -A PORT=([feedback-service]=8081 [analysis-service]=8082 [notification-service]=8083)
declare -A DATABASE=([feedback-service]=feedback [analysis-service]=analysis [notification-service]=notification)
PG_PORT=5432
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
SMTP_PORT=3025
MAIL_API_PORT=8025

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }

listening() { (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

await() { # await DESCRIPTION SECONDS COMMAND...
  local what=$1 seconds=$2
  shift 2
  local deadline=$((SECONDS + seconds))
  until "$@"; do
    if ((SECONDS >= deadline)); then
      log "$what did not become ready within ${seconds}s; logs are in $LOGS"
      return 1
    fi
    sleep 0.2
  done
}

stop_all() {
  [[ -d "$PIDS" ]] || return 0
  local pidfile pid
  # Services first, then the parts they use.
  for name in "${SERVICES[@]}" greenmail kafka postgres; do
    pidfile="$PIDS/$name.pid"
    [[ -f "$pidfile" ]] || continue
    pid=$(cat "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then
      log "stopping $name (pid $pid)"
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
  done
}

if [[ "${1:-}" == "stop" ]]; then
  stop_all
  exit 0
fi
DETACH=false
[[ "${1:-}" == "--detach" ]] && DETACH=true

command -v java >/dev/null || { echo "Java 17 or later is needed on the PATH" >&2; exit 1; }
mkdir -p "$PIDS" "$LOGS"

start_process() { # start_process NAME COMMAND...
  local name=$1
  shift
  "$@" >"$LOGS/$name.log" 2>&1 &
  echo $! >"$PIDS/$name.pid"
}

build_if_missing() {
  local missing=false
  for name in "${SERVICES[@]}"; do
    [[ -f "$ROOT/$name/target/quarkus-app/quarkus-run.jar" ]] || missing=true
  done
  [[ -d "$LOCAL/target/kafka" && -f "$LOCAL/target/greenmail/greenmail-standalone.jar" ]] || missing=true
  if $missing; then
    log "building (first start): ./mvnw package -DskipTests"
    (cd "$ROOT" && ./mvnw -q -B package -DskipTests)
  fi
}

start_postgres() {
  local classpath
  classpath="$(cat "$LOCAL/target/postgres-launcher.classpath")"
  if listening "$PG_PORT"; then
    log "PostgreSQL: using the server on 127.0.0.1:$PG_PORT"
    java -cp "$classpath" org.practiceloop.devinfra.LocalPostgres --existing "$PG_PORT" \
      "${DATABASE[@]}" >>"$LOGS/postgres.log" 2>&1
  else
    log "PostgreSQL: nothing on 127.0.0.1:$PG_PORT, starting an embedded one (data in $DATA/postgres)"
    start_process postgres java -Xmx128m -cp "$classpath" org.practiceloop.devinfra.LocalPostgres \
      "$DATA/postgres" "$PG_PORT" "${DATABASE[@]}"
    await "PostgreSQL" 60 grep -q "ready" "$LOGS/postgres.log"
  fi
}

start_kafka() {
  if listening "$KAFKA_PORT"; then
    log "Kafka: something already listens on 127.0.0.1:$KAFKA_PORT, using it"
    return
  fi
  log "Kafka: starting the KRaft broker on 127.0.0.1:$KAFKA_PORT"
  start_kraft_broker "$DATA/kafka" "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$LOGS/kafka.log" >"$PIDS/kafka.pid"
  await "Kafka" 60 listening "$KAFKA_PORT"
}

start_greenmail() {
  if listening "$SMTP_PORT"; then
    log "SMTP: something already listens on 127.0.0.1:$SMTP_PORT, using it"
    return
  fi
  log "SMTP: starting GreenMail (SMTP 127.0.0.1:$SMTP_PORT, mailbox API 127.0.0.1:$MAIL_API_PORT)"
  start_process greenmail java -Xmx128m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port=$SMTP_PORT \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=$MAIL_API_PORT -Dgreenmail.auth.disabled \
    -jar "$LOCAL/target/greenmail/greenmail-standalone.jar"
  await "GreenMail" 30 listening "$MAIL_API_PORT"
}

# The key of the unsubscribe links: made once per data folder, so links in sent emails keep working.
# A random signing key per data folder, kept so that links in emails sent earlier keep working.
secret() {
  local file="$DATA/$1"
  [[ -s "$file" ]] || (umask 077 && head -c 32 /dev/urandom | base64 | tr -d '\n=' >"$file")
  cat "$file"
}

start_service() {
  local name=$1
  if listening "${PORT[$name]}"; then
    log "$name: something already listens on ${PORT[$name]}, using it"
    return
  fi
  # A local stack may post webhooks to a plain-HTTP receiver on this machine.
  # The form without a link files under the demo organisation (form links work too).
  WEBHOOKS_ALLOW_HTTP=true WEBHOOKS_ALLOW_PRIVATE_ADDRESSES=true UNSUBSCRIBE_SECRET="$(secret unsubscribe-secret)" \
    PLAN_LINK_SECRET="$(secret plan-link-secret)" OPERATOR_KEY="$(secret operator-key)" \
    FORM_LINK_SECRET="$(secret form-link-secret)" REVIEW_DELEGATION_SECRET="$(secret review-delegation-secret)" \
    FORM_OPEN_ORGANIZATION=demo start_process "$name" java -Xmx256m \
    -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar"
}

ready() { curl -fs -o /dev/null "http://127.0.0.1:$1/q/health/ready"; }

# The demo organisation and its key, through the operator's admin API. The key is DEMO_API_KEY
# when set, else one generated for this data folder; starting again keeps it (409 = exists).
demo_key() {
  local key="${DEMO_API_KEY:-}"
  if [[ -z "$key" ]]; then
    local file="$DATA/demo-api-key"
    [[ -s "$file" ]] || (umask 077 && printf 'pl_%s_%s' "$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
      "$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')" >"$file")
    key="$(cat "$file")"
  fi
  local admin=(-s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(secret operator-key)"
    -H 'content-type: application/json')
  local status
  status=$(curl "${admin[@]}" -d '{"id":"demo","name":"Demo organisation"}' \
    http://127.0.0.1:8081/api/v1/admin/organizations)
  [[ $status == 201 || $status == 409 ]] || { log "creating the demo organisation failed: HTTP $status"; return 1; }
  status=$(curl "${admin[@]}" -d "{\"name\":\"demo\",\"key\":\"$key\",\"scopes\":[\"evaluations:write\",\"evaluations:read\",\"plans:read\",\"webhooks:manage\"]}" \
    http://127.0.0.1:8081/api/v1/admin/organizations/demo/keys)
  [[ $status == 201 || $status == 409 ]] \
    || { log "issuing the demo key failed: HTTP $status (DEMO_API_KEY must look like pl_<12 hex>_<43 base64url>)"; return 1; }
  DEMO_KEY="$key"
}

started=$SECONDS
trap 'stop_all' ERR
build_if_missing
start_postgres &
pg_job=$!
start_greenmail &
mail_job=$!
start_kafka
wait "$pg_job"
wait "$mail_job"
for name in "${SERVICES[@]}"; do
  start_service "$name"
done
for name in "${SERVICES[@]}"; do
  await "$name" 120 ready "${PORT[$name]}"
done
demo_key
trap - ERR

cat <<EOF

Practice Loop is up ($((SECONDS - started)) s).
  Submit evaluations   POST http://127.0.0.1:8081/api/v1/evaluations  (or the form: http://127.0.0.1:8081/form)
  Demo API key         $DEMO_KEY
                       (organisation "demo"; send it as Authorization: Bearer <key>)
  feedback-service     http://127.0.0.1:8081/q/swagger-ui
  analysis-service     http://127.0.0.1:8082/q/swagger-ui
  notification-service http://127.0.0.1:8083/q/swagger-ui
  Mailbox (GreenMail)  http://127.0.0.1:8025  (e.g. GET /api/user/ada@example.com/messages/INBOX)
  Kafka                127.0.0.1:9092        PostgreSQL 127.0.0.1:5432
  Logs                 $LOGS
EOF

if $DETACH; then
  echo "Stop with: deploy/local/start.sh stop"
  exit 0
fi
echo "Ctrl-C stops everything."
trap 'echo; stop_all; exit 0' INT TERM
while true; do sleep 1; done
