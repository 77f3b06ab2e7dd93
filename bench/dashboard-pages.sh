#!/usr/bin/env bash
# Every dashboard page (those the navigation links to, the week view, a patient's and a call's page)
# signed in as an administrator, against twelve months of a busy clinic on embedded PostgreSQL:
# 100,000 calls with 1,000,000 turns and 100,000 appointments, in a Bella started with -Xmx512m.
#   bench/dashboard-pages.sh                        # 200 requests per page, p95 < 150 ms, first load < 300 KB
#   REQUESTS=50 CALLS=10000 bench/dashboard-pages.sh  # a quick look
# Writes target/benchmarks/dashboard-pages.txt; exits non-zero when a budget is reached.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests process-test-classes dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
mkdir -p target/benchmarks
exec java -Xmx1g -Drequests="${REQUESTS:-200}" -Dcalls="${CALLS:-100000}" -Dappointments="${APPOINTMENTS:-100000}" \
  -DbudgetMillis="${BUDGET_MS:-150}" -DbudgetKilobytes="${BUDGET_KB:-300}" -Dheap="${BELLA_HEAP:-512m}" \
  -Dbenchmark.report=target/benchmarks/dashboard-pages.txt \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  io.bella.bench.DashboardPagesBenchmark
