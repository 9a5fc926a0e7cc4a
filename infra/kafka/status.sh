#!/usr/bin/env bash
# Exit 0 and print the pid when the local broker runs and answers an admin call; exit 1 otherwise.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
if kafka_running && node "$KAFKA_HOME_DIR/wait-ready.mjs" "127.0.0.1:$KAFKA_PORT" 5 >/dev/null 2>&1; then
  echo "kafka: running (pid $(cat "$KAFKA_PID_FILE")) on 127.0.0.1:$KAFKA_PORT"
else
  echo "kafka: not running"; exit 1
fi
