#!/usr/bin/env bash
# Every GET /api/unified/* endpoint (found in /v3/api-docs) against twelve months of data on
# embedded PostgreSQL: 100,000 calls with 1,000,000 turns, their appointments and booking changes,
# cost lines and alerts, loaded with COPY into a Bella started with -Xmx512m (see docs/operations.md).
#   bench/unified-endpoints.sh                           # 200 requests per endpoint, budget p95 < 150 ms
#   REQUESTS=500 BUDGET_MS=100 bench/unified-endpoints.sh
#   CALLS=10000 bench/unified-endpoints.sh               # a smaller year, for a quick look
# Writes target/benchmarks/unified-endpoints.txt; exits non-zero when a p95 reaches the budget.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests process-test-classes dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
mkdir -p target/benchmarks
exec java -Xmx1g -Drequests="${REQUESTS:-200}" -Dcalls="${CALLS:-100000}" -DturnsPerCall="${TURNS_PER_CALL:-10}" \
  -DbudgetMillis="${BUDGET_MS:-150}" -Dheap="${BELLA_HEAP:-512m}" \
  -Dbenchmark.report=target/benchmarks/unified-endpoints.txt \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  io.bella.bench.UnifiedEndpointsBenchmark
