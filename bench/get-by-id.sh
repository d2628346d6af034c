#!/usr/bin/env bash
# GET-by-id throughput of Atrium against the bare baseline (a Jetty handler doing the same reads in one
# hand-written statement over JDBC, written with Jackson), on the same rows, measured in the same run
# with the same wrk line, alternating; prints each round and the ratios.
# DB=postgresql (default; 127.0.0.1:5432, user postgres, database atrium_bench_get dropped first) or DB=h2
# (the baseline reads a copy of Atrium's H2 file, as an embedded H2 file has one process).
# Needs wrk, psql (for PostgreSQL) and `mvn -B -q package -DskipTests` done.
set -euo pipefail
ROWS=${ROWS:-150000}
DURATION=${DURATION:-15s}
ROUNDS=${ROUNDS:-3}
DB=${DB:-postgresql}
JVM_ARGS=${JVM_ARGS:--Xmx512m}
WARMUP=${WARMUP:-300}  # most seconds each server is warmed
WARMUP=${WARMUP%s}
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

# the bench classes and the libraries the WAR ships (no local Maven repository involved)
unzip -q app/target/atrium.war 'WEB-INF/lib/*' 'WEB-INF/lib-launcher/*' -d "$WORK/war"
CP="app/target/test-classes:$WORK/war/WEB-INF/lib/*:$WORK/war/WEB-INF/lib-launcher/*"
wait_for() { for _ in $(seq 240); do curl -s -o /dev/null "$1" && return 0; sleep 0.25; done; echo "no answer from $1" >&2; exit 1; }
source bench/server.sh
ensure_class_archive app/target/atrium.war
start_atrium() {
  ATRIUM_PORT=18090 ATRIUM_DATA_DIR="$WORK/atrium" ATRIUM_DB_URL="$URL" ATRIUM_DB_USER=$USER \
    ATRIUM_ADMIN_PASSWORD=bench-admin-pass java $JVM_ARGS -jar app/target/atrium.war >> "$WORK/atrium.log" 2>&1 &
  ATRIUM_PID=$!
  wait_for http://127.0.0.1:18090/health
  # java -jar serves from a second JVM (the class-data launch, ADR 18): the JIT and CPU figures are that one's
  SERVER_PID=$(ss -ltnp "sport = :18090" | grep -oP 'pid=\K[0-9]+' | head -1)
}
case "$DB" in
  postgresql)
    URL="jdbc:postgresql://127.0.0.1:5432/atrium_bench_get"; USER=postgres; BASE_URL="$URL"
    psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS atrium_bench_get" postgres
    psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE atrium_bench_get" postgres
    start_atrium
    java -cp "$CP" dev.atrium.app.bench.ProductSeeder "$URL" postgres "" "$ROWS" ;;
  h2)
    URL="jdbc:h2:file:$WORK/atrium/atrium"; USER=sa; BASE_URL="jdbc:h2:file:$WORK/baseline/atrium"
    start_atrium
    kill "$ATRIUM_PID"; wait "$ATRIUM_PID" || true
    java -cp "$CP" dev.atrium.app.bench.ProductSeeder "$URL" sa "" "$ROWS"
    mkdir -p "$WORK/baseline" && cp "$WORK/atrium/atrium.mv.db" "$WORK/baseline/"
    start_atrium ;;
  *) echo "DB must be postgresql or h2" >&2; exit 2 ;;
esac
java $JVM_ARGS -cp "$CP" dev.atrium.app.bench.BareBaselineServer "$BASE_URL" "$USER" "" 18091 > "$WORK/baseline.log" 2>&1 &
BASE_PID=$!
wait_for http://127.0.0.1:18091/product/p-0000001
TOKEN=$(curl -s -u admin:bench-admin-pass -H 'Authorization-Token-Only: true' http://127.0.0.1:18090/api/v1/App/user \
  | python3 -c 'import sys,json; print(json.load(sys.stdin)["authorizationToken"])')
curl -sf -o /dev/null -H "Authorization-Token: $TOKEN" http://127.0.0.1:18090/api/v1/Product/p-0000001
echo "== GET by id, $DB, $ROWS products, $JVM_ARGS, wrk -t2 -c32"

run() { # port prefix duration
  ROWS=$ROWS PATH_PREFIX=$2 wrk -t2 -c32 -d"$3" --latency -H "Authorization-Token: $TOKEN" -s bench/random-id.lua \
    "http://127.0.0.1:$1"
}
# Warm until steady: the JIT compiler works on Atrium's request path for minutes on shared cores, so each
# server is loaded in 10-second windows until the compiler spent under half a second of a window
# (jstat) and two windows in a row agree within 10 % (at most WARMUP seconds).
warm_until_steady() { # port prefix pid
  local previous=0 rate before
  for _ in $(seq $(( WARMUP / 10 ))); do
    before=$(jit_ms "$3")
    rate=$(run "$1" "$2" 10s | awk '/Requests\/sec/ {print int($2)}')
    if [ $(( $(jit_ms "$3") - before )) -lt 500 ] && [ "$previous" -gt 0 ] \
        && [ $(( rate * 10 )) -ge $(( previous * 9 )) ] && [ $(( rate * 9 )) -le $(( previous * 10 )) ]; then
      return
    fi
    previous=$rate
  done
}
warm_until_steady 18090 /api/v1/Product "$SERVER_PID"
warm_until_steady 18091 /product "$BASE_PID"
# CPU time the server process spent (user + system, clock ticks), to report CPU per request: on shared
# cores throughput depends on what else runs, the work per request much less
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
for round in $(seq "$ROUNDS"); do
  for target in "atrium 18090 /api/v1/Product $SERVER_PID" "baseline 18091 /product $BASE_PID"; do
    set -- $target
    before=$(cpu_ticks "$4")
    out=$(run "$2" "$3" "$DURATION")
    ticks=$(( $(cpu_ticks "$4") - before ))
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    requests=$(echo "$out" | awk '/requests in/ {print $1}')
    echo "round $round $1: $rps req/s, p50 $(echo "$out" | awk '$1=="50%" {print $2}'), p99 $(echo "$out" | awk '$1=="99%" {print $2}'), non-2xx $(echo "$out" | awk '/Non-2xx/ {print $NF}' | grep . || echo 0), server CPU $(( ticks * 1000000 / $(getconf CLK_TCK) / requests )) µs per request"
    echo "$round $1 $rps" >> "$WORK/rates"
  done
done
awk '{rate[$1" "$2]=$3} END {for (r=1; rate[r" atrium"]!=""; r++) printf "round %d ratio Atrium / bare: %.0f %%\n", r, 100*rate[r" atrium"]/rate[r" baseline"]}' "$WORK/rates"
