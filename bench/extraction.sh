#!/usr/bin/env bash
# Rule engine vs chrono-node on the same corpus: date/time accuracy (same scoring rules),
# utterances per second on one core (wall clock and per CPU second) and our latency p50/p99.
# Usage: bench/extraction.sh [chrono-seconds]   (needs Java 17+, Node 18+, npm)
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=src/test/resources/extraction/corpus.jsonl
OUT=bench/results
mkdir -p "$OUT"
PIN=""
if command -v taskset >/dev/null 2>&1; then PIN="taskset -c 0"; fi

echo "== compiling (tests and bench/java)"
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"

echo "== chrono-node"
(cd bench/chrono && { [ -d node_modules/chrono-node ] || npm install --no-audit --no-fund --silent; })
$PIN node bench/chrono/chrono-bench.mjs "$CORPUS" "${1:-5}" | tee "$OUT/chrono.json"

echo "== Bella rule engine (JMH, one thread)"
$PIN java -cp "$CP" io.bella.extraction.RuleEngineBenchmark | tee "$OUT/jmh.log" | grep -E "^(Benchmark|RuleEngine)|BELLA_RESULT" || true
grep '^BELLA_RESULT' "$OUT/jmh.log" | sed 's/^BELLA_RESULT //' > "$OUT/bella.json"

node - "$OUT/bella.json" "$OUT/chrono.json" <<'JS'
const fs = require('fs');
const [ours, chrono] = process.argv.slice(2).map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
const pct = (x) => (100 * x).toFixed(1) + ' %';
const num = (x) => Math.round(x).toLocaleString('en-CA');
const rows = [
  ['', 'Bella rules', 'chrono-node', 'ratio'],
  ['date accuracy', pct(ours.date_accuracy), pct(chrono.date_accuracy), ''],
  ['time accuracy', pct(ours.time_accuracy), pct(chrono.time_accuracy), ''],
  ['utterances/s (wall, 1 core)', num(ours.utterances_per_second), num(chrono.utterances_per_second),
    (ours.utterances_per_second / chrono.utterances_per_second).toFixed(1) + ' x'],
  ['utterances/s (per CPU second)', num(ours.utterances_per_cpu_second), num(chrono.utterances_per_cpu_second),
    (ours.utterances_per_cpu_second / chrono.utterances_per_cpu_second).toFixed(1) + ' x'],
  ['latency p50 / p99 / p99.9', `${ours.p50_us.toFixed(1)} / ${ours.p99_us.toFixed(1)} / ${ours.p999_us.toFixed(1)} µs`, '', ''],
];
const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
console.log(`\nExtraction benchmark: ${ours.utterances} corpus utterances\n`);
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('   '));
const ok = ours.utterances_per_cpu_second >= 3 * chrono.utterances_per_cpu_second && ours.p99_us < 1000;
console.log(`\ntargets (>= 3x chrono per CPU second, p99 < 1 ms): ${ok ? 'met' : 'NOT met'}`);
JS
