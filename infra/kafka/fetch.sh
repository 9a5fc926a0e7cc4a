#!/usr/bin/env bash
# Downloads the Kafka broker jars from Maven Central into infra/kafka/lib (once; idempotent).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
if compgen -G "$KAFKA_LIB/kafka_2.13-*.jar" >/dev/null; then exit 0; fi
echo "kafka: fetching broker jars from Maven Central into $KAFKA_LIB"
mvn -q -B -f "$KAFKA_HOME_DIR/pom.xml" dependency:copy-dependencies
