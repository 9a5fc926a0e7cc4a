#!/usr/bin/env bash
# Local infrastructure without Docker: the machine's PostgreSQL and Redis (started when down) and the project's
# Kafka broker from Maven Central jars. Creates the project's databases. Idempotent.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PGHOST="${PGHOST:-127.0.0.1}"; PGPORT="${PGPORT:-5432}"; PGUSER="${PGUSER:-postgres}"
export PGHOST PGPORT PGUSER

if ! pg_isready -q -h "$PGHOST" -p "$PGPORT"; then
  echo "postgres: down, starting the machine's cluster"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
  for _ in $(seq 1 30); do pg_isready -q -h "$PGHOST" -p "$PGPORT" && break; sleep 1; done
fi
pg_isready -h "$PGHOST" -p "$PGPORT"

for db in d06 d06_test; do
  if [ "$(psql -tAc "SELECT 1 FROM pg_database WHERE datname='$db'" postgres)" != "1" ]; then
    createdb "$db" && echo "postgres: created database $db"
  fi
done

if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  echo "redis: down, starting it"
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
  for _ in $(seq 1 30); do redis-cli ping >/dev/null 2>&1 && break; sleep 0.5; done
fi
echo "redis: $(redis-cli -h 127.0.0.1 -p 6379 ping)"

bash "$HERE/../kafka/start.sh"

# the cluster's Unix socket when it has one: each query's round trip costs less than on loopback TCP
DATABASE_URL="postgres://postgres@127.0.0.1:5432/d06"
if [ -S /var/run/postgresql/.s.PGSQL.5432 ]; then
  DATABASE_URL="postgres://postgres@%2Fvar%2Frun%2Fpostgresql/d06"
fi

cat <<ENV
local infrastructure is up; point the services at it with:
  export KAFKA_BROKERS=127.0.0.1:9092
  export DATABASE_URL='$DATABASE_URL'
  export REDIS_URL=redis://127.0.0.1:6379
ENV
