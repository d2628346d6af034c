#!/usr/bin/env bash
# Bulk upsert throughput of Atrium against raw JDBC batched upserts of the same rows, in the same run:
# ROWS products (half updates of seeded rows, half new, interleaved) in requests of BATCH items,
# CLIENTS requests at a time (default 1; the raw baseline then writes with as many connections);
# then the peak heap while Atrium takes one request of 10,000 items.
# DB=postgresql (default; 127.0.0.1:5432, user postgres) or DB=h2; ROUNDS pairs of measured runs (default 2);
# prints each pair's ratio, of rates and of CPU per item (client or raw JVM, server and PostgreSQL, from /proc),
# and the ratio of the best rates.
# Needs `mvn -B -q package -DskipTests` done.
set -euo pipefail
ROWS=${ROWS:-100000}
BATCH=${BATCH:-1000}
CLIENTS=${CLIENTS:-1}  # requests in flight at once; the raw baseline writes with as many connections
DB=${DB:-postgresql}
JVM_ARGS=${JVM_ARGS:--Xmx512m}
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

# the bench classes and the libraries the WAR ships (no local Maven repository involved)
unzip -q app/target/atrium.war 'WEB-INF/lib/*' 'WEB-INF/lib-launcher/*' -d "$WORK/war"
CP="app/target/test-classes:$WORK/war/WEB-INF/lib/*:$WORK/war/WEB-INF/lib-launcher/*"
case "$DB" in
  h2) URL="jdbc:h2:file:$WORK/atrium/atrium"; USER=sa; RAW_URL="jdbc:h2:file:$WORK/raw/raw" ;;
  postgresql)
    URL="jdbc:postgresql://127.0.0.1:5432/atrium_bench_upsert?reWriteBatchedInserts=true"; USER=postgres; RAW_URL="$URL"
    psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS atrium_bench_upsert" postgres
    psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE atrium_bench_upsert" postgres ;;
  *) echo "DB must be h2 or postgresql" >&2; exit 2 ;;
esac

source bench/upsert-lib.sh
ensure_class_archive app/target/atrium.war
start_atrium 18094 "$WORK" "$URL" "$USER" app/target/atrium.war
TOKEN=$(atrium_token 18094)
PID=$(atrium_pid 18094)

echo "== $DB, $ROWS items (half updates), requests of $BATCH, $CLIENTS at a time"
# Warm-up rounds on products of their own (ids w1-..., w2-...) until the JIT compiler spent under half a
# second of a round (jstat; at most WARMUP_ROUNDS), as it works on the request path for the first two
# or three hundred thousand items and takes one of the two cores while it does; then the measured
# round. Each round first seeds the half it updates, through Atrium itself (not timed).
# On PostgreSQL each measured run starts on a vacuumed table (this server may run without autovacuum) right
# after a checkpoint (the first change of a page after one writes the whole page to the log), as the raw
# baseline's does.
PG_DATABASE=$([ "$DB" = postgresql ] && echo atrium_bench_upsert || true)
round() { # id prefix
  upsert_round 18094 "$TOKEN" "$PID" "$1" "$PG_DATABASE"
}
for i in $(seq "${WARMUP_ROUNDS:-5}"); do
  [ "$(round "w$i-" | sed 's/.*JIT compiler \([0-9]*\) ms$/\1/')" -lt 500 ] && break
done
# ROUNDS pairs (default 2), each Atrium's measured round then the raw baseline: the machine's speed moves
# between minutes, and each pair is measured close together; the ratio of the best rates is printed last.
for r in $(seq "${ROUNDS:-2}"); do
  round "p$r-" | tee "$WORK/atrium-$r.rate"
  # the raw table holds as many rows as Atrium's did: the warm-up rounds' rows too
  TOTAL=$(curl -s -H "Authorization-Token: $TOKEN" "http://127.0.0.1:18094/api/v1/Product?maxSize=1&select=id" \
    | python3 -c 'import sys,json; print(json.load(sys.stdin)["total"])')
  echo "Product rows after the measured run: $TOTAL"
  java $JVM_ARGS -Dclients="$CLIENTS" -cp "$CP" dev.atrium.app.bench.RawUpsertBaseline "$RAW_URL" "$USER" "" "$ROWS" "$BATCH" \
    $((TOTAL - ROWS)) | tee "$WORK/raw-$r.rate"
done
# the CPU per item (client or raw JVM, server, PostgreSQL) moves less with the machine's speed than the rates do
awk '/items\/s/ {for (i = 1; i <= NF; i++) { if ($i ~ /^items\/s/) rate[FILENAME] = $(i-1); if ($i == "item:") cpu[FILENAME] = $(i+1) }} END {
  for (f in rate) { n = f; sub(/.*-/, "", n); sub(/\.rate/, "", n)
    if (f ~ /atrium-/) { a[n] = rate[f]; ac[n] = cpu[f]; if (rate[f] > ba) ba = rate[f] } else { r[n] = rate[f]; rc[n] = cpu[f]; if (rate[f] > br) br = rate[f] } }
  for (n in a) printf "pair %s: Atrium / raw JDBC %.0f %%; CPU per item, raw JDBC / Atrium: %.0f %%\n", n, 100*a[n]/r[n], 100*rc[n]/ac[n]
  printf "ratio of the best rates, Atrium / raw JDBC: %.0f %%\n", 100*ba/br }' "$WORK"/atrium-*.rate "$WORK"/raw-*.rate

# peak heap during one request of 10,000 items (jstat samples every 50 ms)
jstat -gc "$PID" 50 > "$WORK/gc.txt" &
JSTAT=$!
java -Dserver.pid="$PID" -cp "$CP" dev.atrium.app.bench.UpsertLoad http://127.0.0.1:18094 "$TOKEN" 10000 10000 | sed "s/^/one request of 10,000: /"
kill $JSTAT 2>/dev/null || true
awk 'NR>1 {used=$3+$4+$6+$8; if (used>max) max=used} END {printf "peak heap during one 10,000-item request: %.0f MB\n", max/1024}' "$WORK/gc.txt"
