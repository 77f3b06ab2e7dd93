#!/usr/bin/env bash
# Scale-out benchmark (see docs/operations.md#scale-out-and-failover-benchmarks): 1, 2 and 3 Bella
# instances (java -jar target/bella.jar, -Xmx512m each, own port and BELLA_INSTANCE_ID) on this machine
# against ONE PostgreSQL (the local server at 127.0.0.1:5432, user postgres, trust auth; it drops and
# creates the scratch database bella_scale for each configuration) and ONE Redis (REDIS_URL), with 500
# concurrent simulated callers in total, arriving over RAMP_MS (20 s: 25 new calls a second), whose
# turns go to the instances in turn (no stickiness), signed as Twilio signs them. Prints a table (also
# in target/benchmarks/scale.txt): calls booked / turned away at the door (all lines busy, beyond
# BELLA_VOICE_MAX_CALLS per instance) / failed mid-call, turns/s, p50/p99 per turn, double bookings,
# PostgreSQL connections, CPU of Bella, PostgreSQL and callers.
#   bench/scale.sh                                   # 500 callers; 1, 2 and 3 instances
#   CALLERS=60 INSTANCES=1,2 THINK_MS=1000 bench/scale.sh   # a quick run
#   REDIS_URL=redis://host:6379 POOL=10 BELLA_HEAP=1g MAX_CALLS=300 bench/scale.sh
#   JAR=/path/to/other/bella.jar bench/scale.sh      # measure another build
#   RAMP_MS=5000 bench/scale.sh                      # a rush: 100 new calls a second
# Exits non-zero when a call failed mid-call or a slot was double-booked.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${JAR:-}" ] || ./mvnw -q -DskipTests package
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
mkdir -p target/benchmarks
exec java -Xmx1g -Dcallers="${CALLERS:-500}" -Dinstances="${INSTANCES:-1,2,3}" -DthinkMillis="${THINK_MS:-3000}" \
  -DrampMillis="${RAMP_MS:-20000}" -Dheap="${BELLA_HEAP:-512m}" -Dpool="${POOL:-20}" -DmaxCalls="${MAX_CALLS:-200}" -Djar="${JAR:-target/bella.jar}" \
  -DredisUrl="${REDIS_URL:-redis://127.0.0.1:6379}" -Dbenchmark.report=target/benchmarks/scale.txt -DstartTimeoutSeconds="${START_TIMEOUT_S:-600}" \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  io.bella.bench.ScaleBenchmark
