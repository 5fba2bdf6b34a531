# Sourced by deploy/local/start.sh and benchmarks/: runs Apache Kafka in KRaft mode from the Kafka
# jars on Maven Central (laid out in deploy/local/target/kafka by the build).
#   start_kraft_broker DATA_DIR PORT CONTROLLER_PORT LOG_FILE [ADVERTISED_PORT]  -> prints the broker's pid
#     one node that is broker and controller; ADVERTISED_PORT (default PORT): where clients are
#     told to connect, e.g. a proxy in front of the broker.
#   start_kraft_cluster_node DATA_DIR NODE_ID PORT CONTROLLER_PORT VOTERS CLUSTER_ID LOG_FILE  -> prints its pid
#     one of three nodes (each broker and controller; VOTERS: 1@127.0.0.1:9192,2@…) of a cluster
#     that keeps 3 copies of everything and acknowledges a write once 2 have it.

KAFKA_LIBS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/target/kafka"
KAFKA_LOG4J="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/kafka-log4j2.properties"

kraft_cluster_id() {
  java -cp "$KAFKA_LIBS/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1
}

# run_kraft_node DATA_DIR NODE_ID PORT CONTROLLER_PORT VOTERS ADVERTISED_PORT REPLICAS CLUSTER_ID LOG_FILE
run_kraft_node() {
  local dir=$1 node=$2 port=$3 controller_port=$4 voters=$5 advertised_port=$6 replicas=$7 cluster_id=$8 log=$9
  local config="$dir/server.properties" min_isr=$((replicas > 1 ? 2 : 1))
  mkdir -p "$dir"
  cat >"$config" <<CONF
process.roles=broker,controller
node.id=$node
controller.quorum.voters=$voters
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$advertised_port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$dir/logs
num.partitions=3
default.replication.factor=$replicas
min.insync.replicas=$min_isr
offsets.topic.replication.factor=$replicas
transaction.state.log.replication.factor=$replicas
transaction.state.log.min.isr=$min_isr
share.coordinator.state.topic.replication.factor=$replicas
group.initial.rebalance.delay.ms=0
CONF
  if [[ ! -f "$dir/logs/meta.properties" ]]; then
    java -cp "$KAFKA_LIBS/*" kafka.tools.StorageTool format -t "$cluster_id" -c "$config" >>"$log" 2>&1
  fi
  java -Xms256m -Xmx512m -Dlog4j2.configurationFile="$KAFKA_LOG4J" -cp "$KAFKA_LIBS/*" kafka.Kafka "$config" \
    >>"$log" 2>&1 &
  echo $!
}

start_kraft_broker() {
  local dir=$1 port=$2 controller_port=$3 log=$4 advertised_port=${5:-$2} cluster_id=""
  [[ -f "$dir/logs/meta.properties" ]] || cluster_id=$(kraft_cluster_id)
  run_kraft_node "$dir" 1 "$port" "$controller_port" "1@127.0.0.1:$controller_port" "$advertised_port" 1 \
    "$cluster_id" "$log"
}

start_kraft_cluster_node() {
  local dir=$1 node=$2 port=$3 controller_port=$4 voters=$5 cluster_id=$6 log=$7
  run_kraft_node "$dir" "$node" "$port" "$controller_port" "$voters" "$port" 3 "$cluster_id" "$log"
}
