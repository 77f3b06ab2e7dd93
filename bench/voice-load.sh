#!/usr/bin/env bash
# The voice load benchmark (see docs/voice.md): 200 concurrent simulated callers, each
# completing a booking conversation against one Bella on PostgreSQL with the rule engine.
#   bench/voice-load.sh                               # embedded PostgreSQL, Bella started with -Xmx512m
#   CALLERS=50 THINK_MS=0 bench/voice-load.sh         # fewer callers, no pauses between turns
#   CALLERS=300 RAMP_MS=0 WARMUP_CALLS=0 bench/voice-load.sh  # 300 new calls at once on a just-started instance
#   BELLA_URL=http://host:8000 DATABASE_URL=jdbc:postgresql://host/bella?user=...&password=... \
#     TWILIO_AUTH_TOKEN=... bench/voice-load.sh      # a running instance
# Exits non-zero when a call failed or an appointment was double-booked.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests process-test-classes dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
mkdir -p target/benchmarks
exec java -Xmx1g -Dcallers="${CALLERS:-200}" -DwarmUpCalls="${WARMUP_CALLS:-100}" -DthinkMillis="${THINK_MS:-3000}" -DrampMillis="${RAMP_MS:-2000}" -Dheap="${BELLA_HEAP:-512m}" \
  -Dbenchmark.report=target/benchmarks/voice-load.txt -DbellaJvmArgs="${BELLA_JVM_ARGS:-}" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  io.bella.simulator.VoiceLoadBenchmark
