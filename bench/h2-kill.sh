#!/usr/bin/env bash
# Whether an H2 release keeps a transaction cut off by SIGKILL out of its file (ADR 17), with no Atrium
# in the way: TRIALS times, bench/H2Kill.java writes rounds of one transaction each into one file, is
# killed at a random moment after its first round is committed, and the file is checked. H2=2.5.252 bench/h2-kill.sh tries a version.
set -euo pipefail
H2=${H2:-$(sed -n 's:.*<h2.version>\(.*\)</h2.version>.*:\1:p' pom.xml)}
TRIALS=${TRIALS:-12}
JAR="$HOME/.m2/repository/com/h2database/h2/$H2/h2-$H2.jar"
[ -f "$JAR" ] || mvn -B -q dependency:get -Dartifact="com.h2database:h2:$H2" -Dtransitive=false
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
URL="jdbc:h2:file:$WORK/kill${SETTINGS:-}"
for trial in $(seq "$TRIALS"); do
  java -cp "$JAR" bench/H2Kill.java write "$URL" > "$WORK/writer.log" 2>&1 &
  until grep -q committed "$WORK/writer.log"; do sleep 0.1; done
  sleep "$(awk -v seed="$RANDOM" 'BEGIN { srand(seed); printf "%.2f", 4 * rand() }')"
  kill -9 $! && wait $! 2>/dev/null || true
  echo "H2 $H2, kill $trial: $(java -cp "$JAR" bench/H2Kill.java check "$URL")"
done
