# Sourced by deploy/local/start.sh and benchmarks/: runs an Apache Kafka broker in KRaft mode
# from the Kafka jars on Maven Central (laid out in deploy/local/target/kafka by the build).
#   start_kraft_broker DATA_DIR PORT CONTROLLER_PORT LOG_FILE [ADVERTISED_PORT]  -> prints the broker's pid
# ADVERTISED_PORT (default PORT): where clients are told to connect, e.g. a proxy in front of the broker.

KAFKA_LIBS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/target/kafka"
KAFKA_LOG4J="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/kafka-log4j2.properties"

start_kraft_broker() {
  local dir=$1 port=$2 controller_port=$3 log=$4 advertised_port=${5:-$2}
  local config="$dir/server.properties"
  mkdir -p "$dir"
  cat >"$config" <<CONF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller_port
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$advertised_port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$dir/logs
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
group.initial.rebalance.delay.ms=0
CONF
  if [[ ! -f "$dir/logs/meta.properties" ]]; then
    local cluster_id
    cluster_id=$(java -cp "$KAFKA_LIBS/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)
    java -cp "$KAFKA_LIBS/*" kafka.tools.StorageTool format -t "$cluster_id" -c "$config" >>"$log" 2>&1
  fi
  java -Xms256m -Xmx512m -Dlog4j2.configurationFile="$KAFKA_LOG4J" -cp "$KAFKA_LIBS/*" kafka.Kafka "$config" \
    >>"$log" 2>&1 &
  echo $!
}
