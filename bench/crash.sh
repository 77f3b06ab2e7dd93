#!/usr/bin/env bash
# Crash durability: are bookings answered 201 still there after kill -9? Starts the packaged
# service on a fresh database each round, books over HTTP from concurrent clients, kills the
# JVM with SIGKILL mid-load, restarts it and counts the acknowledged appointments it finds.
#   bench/crash.sh --db=h2 --rounds=5
#   bench/crash.sh --db=postgres      # the local server at 127.0.0.1:5432, user postgres, trust
#                                     # auth; it drops and creates the scratch database bella_crash
#   bench/crash.sh --jar=/path/to/other/bella.jar   # measure another build
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests package
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
exec java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  io.bella.bench.CrashBenchmark "$@"
