# Sourced by the benches that measure a running server.

# A WAR's first `java -jar` start on a machine runs while its JVM records the class-data archive that it writes as
# it stops (ADR 18); every later start maps that archive instead. ensure_class_archive starts and stops the WAR
# once on a throwaway H2 database, with the bench's JVM options (an archive fits one set of them), so that the
# measured server is such a later start.
ensure_class_archive() { # war
  local dir pid
  dir=$(mktemp -d)
  ATRIUM_PORT=0 ATRIUM_DATA_DIR="$dir" ATRIUM_ADMIN_PASSWORD=bench-admin-pass java $JVM_ARGS -jar "$1" > "$dir/log" 2>&1 &
  pid=$!
  until grep -q "Atrium started" "$dir/log"; do
    kill -0 "$pid" 2>/dev/null || { echo "the archive's start failed:" >&2; tail -20 "$dir/log" >&2; return 1; }
    sleep 0.2
  done
  kill "$pid"; wait "$pid" || true
  rm -rf "$dir"
}

# Waits until URL answers with STATUS; if PID exits first, prints the end of LOG and fails.
await_status() { # url status pid log
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = "$2" ]; do
    kill -0 "$3" 2>/dev/null || { echo "exited before it answered:" >&2; tail -20 "$4" >&2; exit 1; }
    sleep 0.02
  done
}

# The JIT compilers' time so far, in milliseconds, in the JVM of PID.
jit_ms() { # pid
  jstat -compiler "$1" | awk 'NR == 2 {print int($4 * 1000)}'
}
