#!/usr/bin/env bash
# Stops what up.sh started for the project (the Kafka broker). PostgreSQL and Redis are the machine's services
# and are left running.
set -euo pipefail
bash "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/../kafka/stop.sh" "$@"
