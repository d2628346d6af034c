#!/usr/bin/env bash
# Two builds of Atrium side by side on PostgreSQL: both servers run at once, each on a database of its own, and
# the bulk upsert's rounds alternate between them (A then B, then B then A, ...), so that both see the machine at
# the same speed; a run of upsert.sh moves with the machine by more than a change of a few per cent does.
# Usage: bench/upsert-ab.sh A.war B.war; PAIRS measured pairs (default 6) after WARMUP_ROUNDS rounds each
# (default 5); ROWS items per round (default 100000, half updates), requests of BATCH (default 1000).
# Prints each round (rate, CPU per item: client, server, PostgreSQL; the server's JIT compiler time) and the mean rate and server CPU per item of each build.
# Needs `mvn -B -q package -DskipTests` done (the load client comes from app/target/test-classes).
set -euo pipefail
A_WAR=$(realpath "$1"); B_WAR=$(realpath "$2")
ROWS=${ROWS:-100000}
BATCH=${BATCH:-1000}
JVM_ARGS=${JVM_ARGS:--Xmx512m}
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

unzip -q "$B_WAR" 'WEB-INF/lib/*' 'WEB-INF/lib-launcher/*' -d "$WORK/war"
CP="app/target/test-classes:$WORK/war/WEB-INF/lib/*:$WORK/war/WEB-INF/lib-launcher/*"
source bench/upsert-lib.sh
ensure_class_archive "$A_WAR"
ensure_class_archive "$B_WAR"
declare -A PORT=([a]=18096 [b]=18097) WAR=([a]="$A_WAR" [b]="$B_WAR") TOKEN PID
for side in a b; do
  psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS atrium_bench_ab_$side" postgres
  psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE atrium_bench_ab_$side" postgres
  mkdir -p "$WORK/$side"
  start_atrium "${PORT[$side]}" "$WORK/$side" "jdbc:postgresql://127.0.0.1:5432/atrium_bench_ab_$side" postgres "${WAR[$side]}"
  TOKEN[$side]=$(atrium_token "${PORT[$side]}")
  PID[$side]=$(atrium_pid "${PORT[$side]}")
done
echo "== A: $A_WAR"
echo "== B: $B_WAR"
echo "== postgresql, $ROWS items (half updates), requests of $BATCH, ${PAIRS:-6} pairs after ${WARMUP_ROUNDS:-5} warm-up rounds each"
round() { # side id-prefix
  upsert_round "${PORT[$1]}" "${TOKEN[$1]}" "${PID[$1]}" "$2" "atrium_bench_ab_$1"
}
for i in $(seq "${WARMUP_ROUNDS:-5}"); do round a "w$i-" > /dev/null; round b "w$i-" > /dev/null; done
for i in $(seq "${PAIRS:-6}"); do
  if [ $((i % 2)) = 1 ]; then order="a b"; else order="b a"; fi
  for side in $order; do round "$side" "p$i-" | sed "s/^/${side^^} /"; done
done | tee "$WORK/rounds"
awk '{ for (i = 1; i <= NF; i++) { if ($i ~ /^items\/s/) rate[$1] += $(i-1); if ($i == "server") { v = $(i+1); sub(/,/, "", v); cpu[$1] += v } } n[$1]++ }
  END { for (s in n) printf "%s: mean %.0f items/s, server CPU %.1f us per item over %d rounds\n", s, rate[s]/n[s], cpu[s]/n[s], n[s]
        printf "B / A: rate %.0f %%, server CPU per item %.0f %%\n", 100*(rate["B"]/n["B"])/(rate["A"]/n["A"]), 100*(cpu["B"]/n["B"])/(cpu["A"]/n["A"]) }' "$WORK/rounds"
