#!/usr/bin/env bash
# Command 1 of the README: builds the application, provisions and configures WildFly, then starts
# the platform with demo data at http://localhost:8080 (and https://localhost:8443). The server stays
# in the foreground; Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")"

mvn -B -q install -DskipTests -pl ear -am

server="ear/target/wildfly-39.0.1.Final"
cp ear/target/cci-business.ear "$server/standalone/deployments/"

# A region's worth of data (bench/generate-data.sh) wants more heap than WildFly's default 512 MB
# (exports, dashboards); the directory's Lucene index is memory-mapped, outside the heap.
# JBOSS_JAVA_SIZING set outside wins.
export JBOSS_JAVA_SIZING="${JBOSS_JAVA_SIZING:--Xms256m -Xmx1g}"
exec "$server/bin/standalone.sh" -Dcci.demo=true "$@"
