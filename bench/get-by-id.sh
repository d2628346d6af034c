#!/usr/bin/env bash
# GET-by-id throughput of Atrium against the bare baseline (Jetty handler + JDBC + Jackson), both on
# an H2 file with ROWS products, measured in the same run with the same wrk line.
# Needs wrk and python3; run from the repository root after `mvn -B -q install -DskipTests`.
set -euo pipefail
ROWS=${ROWS:-50000}
DURATION=${DURATION:-15s}
ROUNDS=${ROUNDS:-3}
JVM_ARGS=${JVM_ARGS:--Xmx512m}
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

(cd app && mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null)
CP="app/target/test-classes:app/target/classes:$(cat "$WORK/cp.txt")"

ATRIUM_PORT=18090 ATRIUM_DATA_DIR="$WORK/atrium" ATRIUM_ADMIN_PASSWORD=bench-admin-pass \
  java $JVM_ARGS -jar app/target/atrium.war > "$WORK/atrium.log" 2>&1 &
java $JVM_ARGS -cp "$CP" dev.atrium.app.bench.BareBaselineServer "$WORK/baseline" 18091 "$ROWS" > "$WORK/baseline.log" 2>&1 &
for port in 18090 18091; do
  for _ in $(seq 120); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.5; done
done
grep -h "started" "$WORK/atrium.log" || true
TOKEN=$(curl -s -u admin:bench-admin-pass -H 'Authorization-Token-Only: true' http://127.0.0.1:18090/api/v1/App/user \
  | python3 -c 'import sys,json; print(json.load(sys.stdin)["authorizationToken"])')
python3 bench/seed.py 127.0.0.1 18090 "$ROWS" "$TOKEN"
echo "seeded $ROWS products"

run() { # name port prefix seconds
  ROWS=$ROWS PATH_PREFIX=$3 wrk -t2 -c32 -d"$4" --latency -H "Authorization-Token: $TOKEN" -s bench/random-id.lua \
    "http://127.0.0.1:$2"
}
run atrium 18090 /api/v1/Product 10s > /dev/null
run baseline 18091 /product 10s > /dev/null
for round in $(seq "$ROUNDS"); do
  for target in "atrium 18090 /api/v1/Product" "baseline 18091 /product"; do
    set -- $target
    out=$(run "$1" "$2" "$3" "$DURATION")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1=="50%" {print $2}')
    p99=$(echo "$out" | awk '$1=="99%" {print $2}')
    non2xx=$(echo "$out" | awk '/Non-2xx/ {print $4}')
    echo "round $round $1: $rps req/s, p50 $p50, p99 $p99, non-2xx ${non2xx:-0}"
  done
done
