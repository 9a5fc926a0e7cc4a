#!/usr/bin/env bash
# Validates docker-compose.yml without a Docker engine: `docker compose config -q` where the Compose plugin is
# installed, else Debian's Compose (`docker-compose`, installed here when missing). Both parse and interpolate the
# whole file and fail on any error.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if docker compose version >/dev/null 2>&1; then
  docker compose config -q
elif command -v docker-compose >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq docker-compose >/dev/null; }; then
  docker-compose config -q
else
  echo "compose-check: neither the docker compose plugin nor docker-compose could be found or installed" >&2
  exit 1
fi
echo "docker-compose.yml: valid"
