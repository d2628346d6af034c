# Sourced by bench/upsert.sh and bench/upsert-ab.sh: a server of a WAR, its token and process, and one round of the
# bulk upsert against it. Needs CP (the load client's class path), ROWS, BATCH and JVM_ARGS set.
source bench/server.sh

# Starts WAR on PORT over the database at URL (user USER), data and log under DIR; waits for /health.
start_atrium() { # port dir url user war
  ATRIUM_PORT=$1 ATRIUM_DATA_DIR="$2/atrium" ATRIUM_DB_URL="$3" ATRIUM_DB_USER=$4 \
    ATRIUM_ADMIN_PASSWORD=bench-admin-pass ATRIUM_UPSERT_MAX_ITEMS=10000 \
    java $JVM_ARGS -jar "$5" > "$2/atrium.log" 2>&1 &
  for _ in $(seq 240); do curl -s -o /dev/null "http://127.0.0.1:$1/health" && break; sleep 0.5; done
}

# The admin's token on the server at PORT.
atrium_token() { # port
  curl -s -u admin:bench-admin-pass -H 'Authorization-Token-Only: true' "http://127.0.0.1:$1/api/v1/App/user" \
    | python3 -c 'import sys,json; print(json.load(sys.stdin)["authorizationToken"])'
}

# The process listening on PORT.
atrium_pid() { # port
  ss -ltnp "sport = :$1" | grep -oP 'pid=\K[0-9]+' | head -1
}

# One round: seeds the half it updates (not timed), then, on PostgreSQL (a database name given), vacuums the
# table and checkpoints (the first change of a page after one writes the whole page to the log), then the
# measured run, which prints its rate and CPU per item; the line ends with the server's JIT compiler time over the
# round (a round in which it worked long took its time from one of the two cores).
upsert_round() { # port token pid id-prefix [postgresql database]
  local before measured
  before=$(jit_ms "$3")
  java -Dprefix="$4" -cp "$CP" dev.atrium.app.bench.UpsertLoad "http://127.0.0.1:$1" "$2" "$ROWS" "$BATCH" seed > /dev/null
  if [ -n "${5:-}" ]; then
    psql -q -h 127.0.0.1 -U postgres -c "VACUUM ANALYZE product" -c CHECKPOINT "$5"
  fi
  measured=$(java -Dprefix="$4" -Dclients="${CLIENTS:-1}" -Dserver.pid="$3" -cp "$CP" dev.atrium.app.bench.UpsertLoad \
    "http://127.0.0.1:$1" "$2" "$ROWS" "$BATCH")
  echo "$measured; JIT compiler $(( $(jit_ms "$3") - before )) ms"
}
