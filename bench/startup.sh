#!/usr/bin/env bash
# Start-up time of the packaged service: the plain jar, the extracted jar with a
# class-data-sharing archive, and, when a Java 25 is installed (JAVA25, default Temurin's
# path), the extracted jar with an ahead-of-time cache (the production launches, see
# docs/operations.md).
# Each variant starts RUNS times on a fresh embedded database; prints Spring's "Started in" times.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-5}"
PORT="${PORT:-8099}"
./mvnw -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -Djarmode=tools -jar target/bella.jar extract --destination "$work/app" >/dev/null
( cd "$work/app" && BELLA_DATA_DIR="$work/train" java -XX:ArchiveClassesAtExit=application.jsa \
    -Dspring.context.exit=onRefresh -jar bella.jar >"$work/train.log" 2>&1 )

measure() {
  local name=$1; shift
  local times=()
  for i in $(seq "$RUNS"); do
    rm -rf "$work/data"
    BELLA_DATA_DIR="$work/data" SERVER_PORT=$PORT BELLA_API_KEY=startup "$@" >"$work/run.log" 2>&1 &
    local pid=$!
    for _ in $(seq 120); do
      grep -q "Started BellaApplication" "$work/run.log" && break
      sleep 0.5
    done
    times+=("$(grep -o 'Started BellaApplication in [0-9.]*' "$work/run.log" | grep -o '[0-9.]*$')")
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
  printf '%-34s median %s s   (%s)\n' "$name" "$median" "${times[*]}"
}

echo "Start-up (Spring 'Started in', $(nproc) cores, $(java -version 2>&1 | head -1))"
echo "Jar: $(du -m target/bella.jar | cut -f1) MB"
measure "plain jar" java -Xmx512m -jar target/bella.jar
measure "extracted jar + CDS archive" java -Xmx512m -XX:SharedArchiveFile="$work/app/application.jsa" -jar "$work/app/bella.jar"
JAVA25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
if [ -x "$JAVA25" ]; then
  ( cd "$work/app" && rm -rf "$work/train" && BELLA_DATA_DIR="$work/train" "$JAVA25" -XX:AOTCacheOutput=app.aot \
      -Dspring.context.exit=onRefresh -jar bella.jar >"$work/train25.log" 2>&1 )
  measure "extracted jar + AOT cache (Java 25)" "$JAVA25" -Xmx512m -XX:AOTCache="$work/app/app.aot" -jar "$work/app/bella.jar"
fi
