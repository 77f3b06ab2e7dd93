#!/usr/bin/env bash
# Booking core benchmark: bookings/s with concurrent clients and availability latency with
# 100,000 appointments, on embedded PostgreSQL (default) or H2.
#   bench/booking.sh --db=postgres --clients=8
#   bench/booking.sh --db=h2
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests process-test-classes   # compiles, and copies the embedded PostgreSQL binaries
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  io.bella.bench.BookingBenchmark "$@"
