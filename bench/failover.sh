#!/usr/bin/env bash
# Failover benchmark (see docs/operations.md#scale-out-and-failover-benchmarks): two Bella instances
# (java -jar target/bella.jar) on ONE PostgreSQL (127.0.0.1:5432, user postgres, trust auth; scratch
# database bella_failover, dropped and created) and ONE Redis (REDIS_URL), texts going to a fake Twilio
# Messages API inside the harness (BELLA_TWILIO_API_BASE_URL). 50 concurrent booking calls spread over
# both, turn by turn; one instance is killed with SIGKILL in the middle, every later turn goes to the
# survivor and a turn the dead one never answered is retried there (as Twilio retries it). Checks that
# every call booked and heard so or ended on the safe path (apology, then transfer or message), that no
# booking is lost or doubled, no slot double-booked and no text sent twice.
#   bench/failover.sh                                # 50 calls
#   CALLERS=20 KILL_AFTER_TURNS=40 bench/failover.sh # kill after 40 answered turns (default 3 per call)
#   REDIS_URL=redis://host:6379 JAR=/path/to/bella.jar bench/failover.sh
# Report in target/benchmarks/failover.txt. Exits non-zero on any violation.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${JAR:-}" ] || ./mvnw -q -DskipTests package
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
mkdir -p target/benchmarks
CALLERS="${CALLERS:-50}"
exec java -Xmx512m -Dcallers="$CALLERS" -DkillAfterTurns="${KILL_AFTER_TURNS:-$((CALLERS * 3))}" \
  -DthinkMillis="${THINK_MS:-2000}" -DrampMillis="${RAMP_MS:-3000}" -DtextWaitSeconds="${TEXT_WAIT_S:-60}" \
  -Dheap="${BELLA_HEAP:-512m}" -Dpool="${POOL:-20}" -Djar="${JAR:-target/bella.jar}" \
  -DredisUrl="${REDIS_URL:-redis://127.0.0.1:6379}" -Dbenchmark.report=target/benchmarks/failover.txt -DstartTimeoutSeconds="${START_TIMEOUT_S:-600}" \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  io.bella.bench.FailoverBenchmark
