# Shared settings of the local Kafka scripts. KAFKA_HOME_DIR holds the jars (lib/), data and pid files.
KAFKA_HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
KAFKA_LIB="$KAFKA_HOME_DIR/lib"
KAFKA_STATE="${KAFKA_STATE_DIR:-$KAFKA_HOME_DIR/run}"
KAFKA_DATA="$KAFKA_STATE/data"
KAFKA_PID_FILE="$KAFKA_STATE/kafka.pid"
KAFKA_LOG_FILE="$KAFKA_STATE/kafka.log"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-29093}"
KAFKA_CLUSTER_ID_FILE="$KAFKA_STATE/cluster-id"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx1g}"

kafka_running() {
  [ -f "$KAFKA_PID_FILE" ] && kill -0 "$(cat "$KAFKA_PID_FILE")" 2>/dev/null
}

kafka_java() {
  java $KAFKA_HEAP_OPTS -Dlog4j.configuration="file:$KAFKA_HOME_DIR/log4j.properties" \
    -Dkafka.logs.dir="$KAFKA_STATE" -cp "$KAFKA_LIB/*" "$@"
}
