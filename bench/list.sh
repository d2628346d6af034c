#!/usr/bin/env bash
# List scenarios against the raw SQL of the same queries, measured in the same run: a filtered + sorted
# page of 50 by index, the same with the exact total (as AtroCore clients ask by default), a keyset page
# deep in the table, and the count alone; prints the ratios. DB=postgresql (default; 127.0.0.1:5432, user
# postgres, trust auth; ROWS products seeded over JDBC into a fresh database atrium_bench_<ROWS>) or DB=h2
# (the raw baseline reads a copy of Atrium's H2 file). Needs wrk and `mvn -B -q package -DskipTests` done.
set -euo pipefail
ROWS=${ROWS:-1000000}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-360}
JVM_ARGS=${JVM_ARGS:--Xmx512m}
DB=${DB:-postgresql}
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

# the bench classes and the libraries the WAR ships (no local Maven repository involved)
unzip -q app/target/atrium.war 'WEB-INF/lib/*' 'WEB-INF/lib-launcher/*' -d "$WORK/war"
CP="app/target/test-classes:$WORK/war/WEB-INF/lib/*:$WORK/war/WEB-INF/lib-launcher/*"
wait_for() { for _ in $(seq 240); do curl -s -o /dev/null "$1" && return 0; sleep 0.5; done; echo "no answer from $1" >&2; exit 1; }

source bench/server.sh
ensure_class_archive app/target/atrium.war
start_atrium() {
  ATRIUM_PORT=18092 ATRIUM_DATA_DIR="$WORK/atrium" ATRIUM_DB_URL="$URL" ATRIUM_DB_USER=$USER \
    ATRIUM_ADMIN_PASSWORD=bench-admin-pass java $JVM_ARGS -jar app/target/atrium.war >> "$WORK/atrium.log" 2>&1 &
  ATRIUM_PID=$!
  wait_for http://127.0.0.1:18092/health
  # java -jar serves from a second JVM (the class-data launch, ADR 18): the JIT and CPU figures are that one's
  SERVER_PID=$(ss -ltnp "sport = :18092" | grep -oP 'pid=\K[0-9]+' | head -1)
}
case "$DB" in
  postgresql)
    DBNAME=atrium_bench_$ROWS; URL="jdbc:postgresql://127.0.0.1:5432/$DBNAME"; USER=postgres; RAW_URL="$URL"
    psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DBNAME" postgres
    psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $DBNAME" postgres
    start_atrium
    java -cp "$CP" dev.atrium.app.bench.ProductSeeder "$URL" postgres "" "$ROWS" ;;
  h2)
    URL="jdbc:h2:file:$WORK/atrium/atrium"; USER=sa; RAW_URL="jdbc:h2:file:$WORK/raw/atrium"
    start_atrium
    kill "$ATRIUM_PID"; wait "$ATRIUM_PID" || true
    java -cp "$CP" dev.atrium.app.bench.ProductSeeder "$URL" sa "" "$ROWS"
    mkdir -p "$WORK/raw" && cp "$WORK/atrium/atrium.mv.db" "$WORK/raw/"
    start_atrium ;;
  *) echo "DB must be postgresql or h2" >&2; exit 2 ;;
esac
TOKEN=$(curl -s -u admin:bench-admin-pass -H 'Authorization-Token-Only: true' http://127.0.0.1:18092/api/v1/App/user \
  | python3 -c 'import sys,json; print(json.load(sys.stdin)["authorizationToken"])')
java $JVM_ARGS -cp "$CP" dev.atrium.app.bench.RawListBaseline "$RAW_URL" "$USER" "" 18093 > "$WORK/raw.log" 2>&1 &
RAW_PID=$!
wait_for http://127.0.0.1:18093/count?status=draft

DEEP=$(( ROWS * 9 / 10 ))
position=$(curl -s -H "Authorization-Token: $TOKEN" "http://127.0.0.1:18092/api/v1/Product?sortBy=name&asc=true&maxSize=1&count=none&offset=$((DEEP - 1))&select=name")
CURSOR=$(echo "$position" | python3 -c "import sys,json; print(json.load(sys.stdin)['next'])")
NAME=$(echo "$position" | python3 -c "import sys,json,urllib.parse; print(urllib.parse.quote(json.load(sys.stdin)['list'][0]['name']))")
ID=$(echo "$position" | python3 -c "import sys,json; print(json.load(sys.stdin)['list'][0]['id'])")
FILTER='where%5B0%5D%5Btype%5D=equals&where%5B0%5D%5Battribute%5D=status&where%5B0%5D%5Bvalue%5D={status}'

measure() { # label port path-template key
  PATH_TEMPLATE=$3 wrk -t2 -c16 -d"$DURATION" --latency -H "Authorization-Token: $TOKEN" -s bench/random-status.lua \
    "http://127.0.0.1:$2" > "$WORK/out"
  echo "$4 $(awk '/Requests\/sec/ {print $2}' "$WORK/out")" >> "$WORK/rates"
  printf "| %s | %s req/s | p50 %s | p99 %s | non-2xx %s |\n" "$1" "$(awk '/Requests\/sec/ {print $2}' "$WORK/out")" \
    "$(awk '$1=="50%" {print $2}' "$WORK/out")" "$(awk '$1=="99%" {print $2}' "$WORK/out")" \
    "$(awk '/Non-2xx/ {print $4}' "$WORK/out" | grep . || echo 0)"
}
# Both servers are measured warm. The JIT compiler works on a Jersey + Hibernate request path for
# minutes on two shared cores, taking one of them while it does, so each path is loaded in 10-second
# windows until the compiler spent under half a second of a window (jstat) and two windows in a row
# agree within 10 % (at most WARMUP seconds per path); the raw SQL paths the same way.
warm() { # port path-template seconds
  PATH_TEMPLATE=$2 wrk -t2 -c16 -d"$3" -H "Authorization-Token: $TOKEN" -s bench/random-status.lua \
    "http://127.0.0.1:$1" | awk '/Requests\/sec/ {print int($2)}'
}
warm_until_steady() { # port pid path-template
  local previous=0 rate before
  for _ in $(seq $(( WARMUP / 10 ))); do
    before=$(jit_ms "$2")
    rate=$(warm "$1" "$3" 10s)
    if [ $(( $(jit_ms "$2") - before )) -lt 500 ] && [ "$previous" -gt 0 ] \
        && [ $(( rate * 10 )) -ge $(( previous * 9 )) ] && [ $(( rate * 9 )) -le $(( previous * 10 )) ]; then
      return
    fi
    previous=$rate
  done
}
warm_until_steady 18092 $SERVER_PID "/api/v1/Product?$FILTER&sortBy=name&maxSize=50&count=none"
warm_until_steady 18092 $SERVER_PID "/api/v1/Product?sortBy=name&maxSize=50&count=none&cursor=$CURSOR"
warm_until_steady 18093 $RAW_PID "/page?status={status}"
warm_until_steady 18093 $RAW_PID "/after?name=$NAME&id=$ID"
warm_until_steady 18092 $SERVER_PID "/api/v1/Product?$FILTER&sortBy=name&maxSize=50"
warm_until_steady 18093 $RAW_PID "/pagetotal?status={status}"
echo "| $ROWS rows, $DB, $JVM_ARGS | throughput | latency p50 | p99 | errors |"
echo "|---|---|---|---|---|"
measure "Atrium page of 50, status filter, sorted by name, count=none" 18092 "/api/v1/Product?$FILTER&sortBy=name&maxSize=50&count=none" page
measure "raw SQL page of 50 (same query)" 18093 "/page?status={status}" rawpage
measure "Atrium same page with the total (AtroCore's default)" 18092 "/api/v1/Product?$FILTER&sortBy=name&maxSize=50" total
measure "raw SQL page and exact count" 18093 "/pagetotal?status={status}" rawtotal
measure "Atrium keyset page of 50 at row $DEEP (cursor)" 18092 "/api/v1/Product?sortBy=name&maxSize=50&count=none&cursor=$CURSOR" keyset
measure "raw SQL keyset page of 50 at row $DEEP" 18093 "/after?name=$NAME&id=$ID" rawkeyset
measure "Atrium count only (totalOnly)" 18092 "/api/v1/Product?$FILTER&totalOnly=true" count
measure "raw SQL exact count" 18093 "/count?status={status}" rawcount
awk '{rate[$1]=$2} END {
  printf "ratio page: %.0f %%; page with total: %.0f %%; keyset page: %.0f %%; count: %.0f %%\n",
    100*rate["page"]/rate["rawpage"], 100*rate["total"]/rate["rawtotal"], 100*rate["keyset"]/rate["rawkeyset"],
    100*rate["count"]/rate["rawcount"] }' "$WORK/rates"
