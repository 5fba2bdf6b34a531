#!/usr/bin/env bash
# Starts Practice Loop on this machine without Docker: PostgreSQL (the local server, or an
# embedded one), an Apache Kafka broker in KRaft mode, GreenMail (SMTP + mailbox API) and the
# three services. Ctrl-C, or `deploy/local/start.sh stop` from another terminal, stops
# everything it started.
#
#   deploy/local/start.sh            start, print the URLs, wait (Ctrl-C stops)
#   deploy/local/start.sh --detach   start, print the URLs, return
#   deploy/local/start.sh stop       stop what a previous start started (every instance and broker)
# Options (with or without --detach):
#   --instances N   N instances of each service (default 1): the first on 8081, 8082, 8083, the
#                   next on 8181, 8182, 8183, then 8281…; the instances of a service share its
#                   database and consumer groups, and split the topics' partitions
#   --brokers 3     a three-node KRaft cluster (each node broker and controller, one quorum;
#                   clients on 9092, 9093, 9094, controllers on 9192, 9193, 9194), topics with
#                   3 copies and min.insync.replicas=2; default: one node on 9092 (controller 9192)
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
INSTANCE_PORT_STEP=100
declare -A DATABASE=([feedback-service]=feedback [analysis-service]=analysis [notification-service]=notification)
PG_PORT=5432
KAFKA_PORT=9092
# Controllers sit 100 above their brokers: 9093 and 9094 are the second and third brokers'.
KAFKA_CONTROLLER_PORT_STEP=100
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

stop_process() { # stop_process PIDFILE: SIGTERM, up to 20 s to finish, then SIGKILL
  local pidfile=$1 pid name
  name=$(basename "$pidfile" .pid)
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping $name (pid $pid)"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

stop_all() {
  [[ -d "$PIDS" ]] || return 0
  local pidfile
  # Services first (every instance), then the parts they use (every broker).
  for pidfile in "$PIDS"/*-service*.pid "$PIDS"/greenmail.pid "$PIDS"/kafka*.pid "$PIDS"/postgres.pid; do
    if [[ -f "$pidfile" ]]; then stop_process "$pidfile"; fi
  done
}

DETACH=false
INSTANCES=1
BROKERS=1
while (($#)); do
  case $1 in
    stop) stop_all; exit 0 ;;
    --detach) DETACH=true ;;
    --instances) INSTANCES=${2:-}; shift ;;
    --brokers) BROKERS=${2:-}; shift ;;
    *) echo "unknown option $1 (see the top of $0)" >&2; exit 2 ;;
  esac
  shift
done
[[ $INSTANCES =~ ^[1-9]$ ]] || { echo "--instances takes 1 to 9" >&2; exit 2; }
[[ $BROKERS == 1 || $BROKERS == 3 ]] || { echo "--brokers takes 1 or 3" >&2; exit 2; }
BROKER_PORTS=()
for ((node = 0; node < BROKERS; node++)); do BROKER_PORTS+=($((KAFKA_PORT + node))); done
BOOTSTRAP_SERVERS=$(printf '127.0.0.1:%s,' "${BROKER_PORTS[@]}")
BOOTSTRAP_SERVERS=${BOOTSTRAP_SERVERS%,}
REPLICATION=1
((BROKERS == 1)) || REPLICATION=3

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
  if ((BROKERS == 1)); then
    log "Kafka: starting the KRaft broker on 127.0.0.1:$KAFKA_PORT"
    start_kraft_broker "$DATA/kafka" "$KAFKA_PORT" $((KAFKA_PORT + KAFKA_CONTROLLER_PORT_STEP)) "$LOGS/kafka.log" \
      >"$PIDS/kafka.pid"
  else
    start_kafka_cluster
  fi
  local port
  for port in "${BROKER_PORTS[@]}"; do
    await "Kafka on $port" 60 listening "$port"
  done
}

# The nodes, formatted once with one cluster id, kept in a data folder apart from the single broker's.
start_kafka_cluster() {
  local cluster_id_file="$DATA/kafka-cluster/cluster-id" voters="" node port
  mkdir -p "$DATA/kafka-cluster"
  [[ -s "$cluster_id_file" ]] || kraft_cluster_id >"$cluster_id_file"
  for port in "${BROKER_PORTS[@]}"; do
    voters+="$((port - KAFKA_PORT + 1))@127.0.0.1:$((port + KAFKA_CONTROLLER_PORT_STEP)),"
  done
  log "Kafka: starting a $BROKERS-node KRaft cluster on $BOOTSTRAP_SERVERS"
  for port in "${BROKER_PORTS[@]}"; do
    node=$((port - KAFKA_PORT + 1))
    start_kraft_cluster_node "$DATA/kafka-cluster/node-$node" "$node" "$port" $((port + KAFKA_CONTROLLER_PORT_STEP)) \
      "${voters%,}" "$(cat "$cluster_id_file")" "$LOGS/kafka-$node.log" >"$PIDS/kafka-$node.pid"
  done
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

# The port of instance I (0: the first, on the documented port) of a service.
port_of() { echo $((PORT[$1] + $2 * INSTANCE_PORT_STEP)); }

# The first instance keeps the service's name for its pid and log files; the others get -2, -3…
instance_name() { if (($2 == 0)); then echo "$1"; else echo "$1-$(($2 + 1))"; fi; }

start_service() {
  local name=$1 instance=$2 port
  port=$(port_of "$name" "$instance")
  if listening "$port"; then
    log "$name: something already listens on $port, using it"
    return
  fi
  # A local stack may post webhooks to a plain-HTTP receiver on this machine.
  # The form without a link files under the demo organisation (form links work too).
  QUARKUS_HTTP_PORT=$port KAFKA_BOOTSTRAP_SERVERS="$BOOTSTRAP_SERVERS" \
    PRACTICELOOP_KAFKA_REPLICATION_FACTOR=$REPLICATION PRACTICELOOP_KAFKA_MIN_INSYNC_REPLICAS=$((REPLICATION > 1 ? 2 : 1)) \
    WEBHOOKS_ALLOW_HTTP=true WEBHOOKS_ALLOW_PRIVATE_ADDRESSES=true UNSUBSCRIBE_SECRET="$(secret unsubscribe-secret)" \
    PLAN_LINK_SECRET="$(secret plan-link-secret)" OPERATOR_KEY="$(secret operator-key)" \
    FORM_LINK_SECRET="$(secret form-link-secret)" REVIEW_DELEGATION_SECRET="$(secret review-delegation-secret)" \
    INTERVIEW_DELEGATION_SECRET="$(secret interview-delegation-secret)" AMEND_LINK_SECRET="$(secret amend-link-secret)" \
    FORM_OPEN_ORGANIZATION=demo \
    start_process "$(instance_name "$name" "$instance")" java -Xmx256m -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar"
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
for ((instance = 0; instance < INSTANCES; instance++)); do
  for name in "${SERVICES[@]}"; do
    start_service "$name" "$instance"
  done
done
# Ready includes every consumer holding partitions of its group (the services' properties).
for ((instance = 0; instance < INSTANCES; instance++)); do
  for name in "${SERVICES[@]}"; do
    await "$(instance_name "$name" "$instance")" 180 ready "$(port_of "$name" "$instance")"
  done
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
  Kafka                $BOOTSTRAP_SERVERS        PostgreSQL 127.0.0.1:5432
  Instances            $INSTANCES of each service (the next ones on 8181-8183, 8281-8283, …)
  Logs                 $LOGS
EOF

if $DETACH; then
  echo "Stop with: deploy/local/start.sh stop"
  exit 0
fi
echo "Ctrl-C stops everything."
trap 'echo; stop_all; exit 0' INT TERM
while true; do sleep 1; done
