#!/usr/bin/env bash
# Stops the broker started by start.sh (only that process, by its recorded pid). --wipe also deletes its data.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
if kafka_running; then
  pid="$(cat "$KAFKA_PID_FILE")"
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  echo "kafka: stopped (pid $pid)"
else
  echo "kafka: not running"
fi
rm -f "$KAFKA_PID_FILE"
if [ "${1:-}" = "--wipe" ]; then rm -rf "$KAFKA_DATA" "$KAFKA_CLUSTER_ID_FILE"; echo "kafka: data wiped"; fi
