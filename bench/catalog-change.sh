#!/usr/bin/env bash
# What a catalog change costs (CatalogChangeBench): the time of one POST /EntityField at the catalog's size and
# at about 100 entities, and the longest read and write of a 1,000,000-row product table (HTTP and plain JDBC)
# while a field is added to it, also with a transaction holding the table meanwhile. PostgreSQL
# (127.0.0.1:5432, user postgres, trust auth; a fresh database atrium_bench_catalog). Needs
# `mvn -B -q package -DskipTests` done.
set -euo pipefail
ROWS=${ROWS:-1000000}
JVM_ARGS=${JVM_ARGS:--Xmx512m}
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

# the bench classes and the libraries the WAR ships (no local Maven repository involved)
unzip -q app/target/atrium.war 'WEB-INF/lib/*' 'WEB-INF/lib-launcher/*' -d "$WORK/war"
CP="app/target/test-classes:$WORK/war/WEB-INF/lib/*:$WORK/war/WEB-INF/lib-launcher/*"
wait_for() { for _ in $(seq 240); do curl -s -o /dev/null "$1" && return 0; sleep 0.5; done; echo "no answer from $1" >&2; exit 1; }

URL="jdbc:postgresql://127.0.0.1:5432/atrium_bench_catalog"
psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS atrium_bench_catalog" postgres
psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE atrium_bench_catalog" postgres
ATRIUM_PORT=18094 ATRIUM_DATA_DIR="$WORK/atrium" ATRIUM_DB_URL="$URL" ATRIUM_DB_USER=postgres \
  ATRIUM_ADMIN_PASSWORD=bench-admin-pass java $JVM_ARGS -jar app/target/atrium.war >> "$WORK/atrium.log" 2>&1 &
wait_for http://127.0.0.1:18094/health
java -cp "$CP" dev.atrium.app.bench.ProductSeeder "$URL" postgres "" "$ROWS"
psql -q -h 127.0.0.1 -U postgres -c "VACUUM ANALYZE product" atrium_bench_catalog
java -cp "$CP" dev.atrium.app.bench.CatalogChangeBench http://127.0.0.1:18094 bench-admin-pass "$URL" postgres "" "$ROWS"
grep -h "Catalog change\|Schema of catalog" "$WORK/atrium.log" | tail -3
