#!/usr/bin/env bash
# Starts a single-node KRaft Kafka broker on 127.0.0.1:$KAFKA_PORT from the Maven Central jars.
# Idempotent: returns at once when the broker already answers. Waits until a kafkajs admin call succeeds.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
ROOT="$(cd "$KAFKA_HOME_DIR/../.." && pwd)"

wait_ready() { node "$KAFKA_HOME_DIR/wait-ready.mjs" "127.0.0.1:$KAFKA_PORT" "${1:-90}"; }

if kafka_running && wait_ready 5 >/dev/null 2>&1; then
  echo "kafka: already running (pid $(cat "$KAFKA_PID_FILE")) on 127.0.0.1:$KAFKA_PORT"
  exit 0
fi
# A broker this checkout did not start (another checkout's, say) already serves the port: use it.
if ! kafka_running && wait_ready 3 >/dev/null 2>&1; then
  echo "kafka: a broker already answers on 127.0.0.1:$KAFKA_PORT (not started from this checkout); using it"
  exit 0
fi

bash "$KAFKA_HOME_DIR/fetch.sh"
mkdir -p "$KAFKA_DATA"
CONFIG="$KAFKA_STATE/server.properties"
sed -e "s#^log.dirs=.*#log.dirs=$KAFKA_DATA#" \
    -e "s#127.0.0.1:9092#127.0.0.1:$KAFKA_PORT#g" \
    -e "s#127.0.0.1:29093#127.0.0.1:$KAFKA_CONTROLLER_PORT#g" \
    "$KAFKA_HOME_DIR/server.properties" > "$CONFIG"

if [ ! -f "$KAFKA_DATA/meta.properties" ]; then
  [ -f "$KAFKA_CLUSTER_ID_FILE" ] || kafka_java kafka.tools.StorageTool random-uuid > "$KAFKA_CLUSTER_ID_FILE"
  kafka_java kafka.tools.StorageTool format -t "$(cat "$KAFKA_CLUSTER_ID_FILE")" -c "$CONFIG" --ignore-formatted >/dev/null
fi

echo "kafka: starting broker (log: $KAFKA_LOG_FILE)"
cd "$ROOT"
nohup bash -c "source '$KAFKA_HOME_DIR/env.sh'; exec java \$KAFKA_HEAP_OPTS -XX:+UseG1GC \
  -Dlog4j.configuration=file:$KAFKA_HOME_DIR/log4j.properties -Dkafka.logs.dir=$KAFKA_STATE \
  -cp '$KAFKA_LIB/*' kafka.Kafka '$CONFIG'" > "$KAFKA_LOG_FILE" 2>&1 &
echo $! > "$KAFKA_PID_FILE"

if ! wait_ready 90; then
  echo "kafka: broker did not become ready; last log lines:" >&2
  tail -n 30 "$KAFKA_LOG_FILE" >&2 || true
  exit 1
fi
echo "kafka: ready on 127.0.0.1:$KAFKA_PORT (pid $(cat "$KAFKA_PID_FILE"))"
