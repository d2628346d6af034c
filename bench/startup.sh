#!/usr/bin/env bash
# Start to first `GET /health` 200 of `java -jar atrium.war`, RUNS times on a fresh database (migrations
# run) and RUNS times on the existing schema (after a first start that records the class-data archive), with the bare stack's start (BareBaselineServer) beside it.
# DB=postgresql (default; database atrium_bench_start, dropped first) or DB=h2; JAVA=<a java command> (default
# `java`; on Java 25 and later the archive is an AOT cache). Needs `mvn -B -q package -DskipTests`.
set -euo pipefail
RUNS=${RUNS:-5}
DB=${DB:-postgresql}
JVM_ARGS=${JVM_ARGS:--Xmx512m}
JAVA=${JAVA:-java}
WORK=$(mktemp -d)
source bench/server.sh
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

# the bench classes and the libraries the WAR ships (no local Maven repository involved)
unzip -q app/target/atrium.war 'WEB-INF/lib/*' 'WEB-INF/lib-launcher/*' -d "$WORK/war"
CP="app/target/test-classes:$WORK/war/WEB-INF/lib/*:$WORK/war/WEB-INF/lib-launcher/*"
fresh_database() {
  if [ "$DB" = postgresql ]; then
    psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS atrium_bench_start" postgres
    psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE atrium_bench_start" postgres
    URL="jdbc:postgresql://127.0.0.1:5432/atrium_bench_start"; USER=postgres
  else
    rm -rf "$WORK/atrium"; URL="jdbc:h2:file:$WORK/atrium/atrium"; USER=sa
  fi
}
# milliseconds from spawning the JVM to the first answer with the status from the URL, then stops the process
time_to() { # url status command...
  local url=$1 status=$2; shift 2
  local started; started=$(date +%s%N)
  "$@" >> "$WORK/log" 2>&1 &
  local pid=$!
  await_status "$url" "$status" "$pid" "$WORK/log"
  echo $(( ($(date +%s%N) - started) / 1000000 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
atrium() {
  ATRIUM_PORT=18095 ATRIUM_DATA_DIR="$WORK/atrium" ATRIUM_DB_URL="$URL" ATRIUM_DB_USER=$USER \
    ATRIUM_ADMIN_PASSWORD=bench-admin-pass exec "$JAVA" $JVM_ARGS -jar app/target/atrium.war
}
echo "== start to first /health 200, $DB, $("$JAVA" -version 2>&1 | head -1), $JVM_ARGS (ms)"
fresh_database
echo "first start of this WAR on this machine, fresh database (records the class-data archive as it stops):" \
  "$(time_to http://127.0.0.1:18095/health 200 atrium)"
for run in $(seq "$RUNS"); do
  fresh_database
  fresh=$(time_to http://127.0.0.1:18095/health 200 atrium)
  existing=$(time_to http://127.0.0.1:18095/health 200 atrium)
  bare=$(time_to http://127.0.0.1:18096/product/none 404 "$JAVA" $JVM_ARGS -cp "$CP" dev.atrium.app.bench.BareBaselineServer \
    "$URL" "$USER" "" 18096)
  echo "run $run: fresh database $fresh, existing schema $existing, bare stack $bare"
done
grep -h "Atrium started\|Start-up" "$WORK/log" | tail -3
