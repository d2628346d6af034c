#!/usr/bin/env bash
# Two builds' starts side by side: `java -jar` of A and of B alternate (A then B, then B then A, ...), each on an
# existing schema of its own, RUNS pairs (default 8) after two starts each (the first records the WAR's
# class-data archive as it stops). Prints, per start, the milliseconds from spawning `java -jar` to the first
# `GET /health` 200 and the CPU that the launcher and the server had used by then (from /proc), then each
# build's means. A start moves with the machine by more than a change of a few per cent does; the pairs do not.
# Usage: bench/startup-ab.sh A.war B.war; DB=h2 (default) or DB=postgresql (databases atrium_bench_start_a and
# _b, dropped first); JVM_ARGS (default -Xmx512m) for both; JAVA=<a java command> (default `java`).
set -euo pipefail
A_WAR=$(realpath "$1"); B_WAR=$(realpath "$2")
RUNS=${RUNS:-8}
DB=${DB:-h2}
JVM_ARGS=${JVM_ARGS:--Xmx512m}
JAVA=${JAVA:-java}
WORK=$(mktemp -d)
source bench/server.sh
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
declare -A WAR=([a]="$A_WAR" [b]="$B_WAR") URL USER
for side in a b; do
  if [ "$DB" = postgresql ]; then
    psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS atrium_bench_start_$side" postgres
    psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE atrium_bench_start_$side" postgres
    URL[$side]="jdbc:postgresql://127.0.0.1:5432/atrium_bench_start_$side"; USER[$side]=postgres
  else
    URL[$side]="jdbc:h2:file:$WORK/$side/atrium"; USER[$side]=sa
  fi
done

cpu_ms() { # pids: their user and system time so far
  local total=0 pid
  for pid in "$@"; do total=$(( total + $(awk '{print $14 + $15}' "/proc/$pid/stat") )); done
  echo $(( total * 1000 / $(getconf CLK_TCK) ))
}
start() { # side: prints "<ms> <cpu ms>", then stops the server
  local side=$1 started pid
  started=$(date +%s%N)
  ATRIUM_PORT=18095 ATRIUM_DATA_DIR="$WORK/$side" ATRIUM_DB_URL="${URL[$side]}" ATRIUM_DB_USER="${USER[$side]}" \
    ATRIUM_ADMIN_PASSWORD=bench-admin-pass "$JAVA" $JVM_ARGS -jar "${WAR[$side]}" >> "$WORK/$side.log" 2>&1 &
  pid=$!
  await_status http://127.0.0.1:18095/health 200 "$pid" "$WORK/$side.log"
  echo "$(( ($(date +%s%N) - started) / 1000000 )) $(cpu_ms "$pid" $(pgrep -P "$pid"))"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
echo "== $DB, $("$JAVA" -version 2>&1 | head -1), $JVM_ARGS; A: $A_WAR; B: $B_WAR"
for side in a b a b; do start "$side" > /dev/null; done
for run in $(seq "$RUNS"); do
  if [ $((run % 2)) = 1 ]; then a=$(start a); b=$(start b); else b=$(start b); a=$(start a); fi
  echo "pair $run: A ${a% *} ms (CPU ${a#* } ms), B ${b% *} ms (CPU ${b#* } ms)" | tee -a "$WORK/pairs"
done
awk '{a += $4; ac += $7; b += $10; bc += $13; if ($10 < $4) faster++; n++}
  END {printf "mean: A %d ms (CPU %d ms), B %d ms (CPU %d ms); B / A %.0f %%; B faster in %d of %d pairs\n",
    a / n, ac / n, b / n, bc / n, 100 * b / a, faster, n}' "$WORK/pairs"
