// chrono-node on the same corpus as ExtractionCorpusTests, scored with the same rules:
// a date or time counts only when the parser was certain of it (chrono fills unknown parts
// with the reference day, which would be inventing a value), and null == null is a hit.
// Usage: node chrono-bench.mjs [corpus.jsonl] [seconds]
import * as chrono from 'chrono-node';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const corpusPath = process.argv[2] ?? join(here, '../../src/test/resources/extraction/corpus.jsonl');
const seconds = Number(process.argv[3] ?? 5);
const lines = readFileSync(corpusPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

const pad = (n) => String(n).padStart(2, '0');

function reading(result) {
  const s = result.start;
  const date = (s.isCertain('day') || s.isCertain('weekday'))
    ? `${s.get('year')}-${pad(s.get('month'))}-${pad(s.get('day'))}` : null;
  const time = s.isCertain('hour') ? `${pad(s.get('hour'))}:${pad(s.get('minute') ?? 0)}` : null;
  return { date, time };
}

// chrono returns several results per text; score both "first" (what parseDate returns) and
// "last mention wins" (Bella's rule), and report the better of the two for chrono
function predict(results, strategy) {
  let date = null;
  let time = null;
  const ordered = strategy === 'first' ? results : [...results].reverse();
  for (const r of ordered) {
    const { date: d, time: t } = reading(r);
    if (date === null && d !== null) date = d;
    if (time === null && t !== null) time = t;
  }
  return { date, time };
}

const score = { first: { date: [0, 0], time: [0, 0] }, last: { date: [0, 0], time: [0, 0] } };
for (const line of lines) {
  process.env.TZ = line.timezone; // chrono reads and writes wall-clock time in the process zone
  const ref = new Date(line.reference_time);
  const results = chrono.parse(line.text, ref, { forwardDate: true });
  for (const strategy of ['first', 'last']) {
    const p = predict(results, strategy);
    for (const field of ['date', 'time']) {
      if (!(field in line.expected)) continue;
      score[strategy][field][0]++;
      if ((line.expected[field] ?? null) === p[field]) score[strategy][field][1]++;
    }
  }
}
const acc = (s, f) => s[f][1] / s[f][0];
const best = acc(score.first, 'date') + acc(score.first, 'time') >= acc(score.last, 'date') + acc(score.last, 'time')
  ? 'first' : 'last';

// throughput on one thread: the same utterances, one parse per utterance, zone fixed
process.env.TZ = 'America/Toronto';
const texts = lines.map((l) => l.text);
const refs = lines.map((l) => new Date(l.reference_time));
const run = (ms) => {
  let n = 0;
  const end = performance.now() + ms;
  while (performance.now() < end) {
    for (let i = 0; i < texts.length; i++) chrono.parse(texts[i], refs[i], { forwardDate: true });
    n += texts.length;
  }
  return n;
};
run(5000); // warm-up
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const n = run(seconds * 1000);
const cpu = process.cpuUsage(cpu0);
const perSecond = n / ((performance.now() - t0) / 1000);
// the machine may be shared: utterances per second of CPU actually used is the fair rate
const perCpuSecond = n / ((cpu.user + cpu.system) / 1e6);

console.log(JSON.stringify({
  engine: 'chrono-node 2.10.3',
  utterances: lines.length,
  strategy: best,
  date_accuracy: acc(score[best], 'date'),
  time_accuracy: acc(score[best], 'time'),
  date_labelled: score[best].date[0],
  time_labelled: score[best].time[0],
  first: { date: acc(score.first, 'date'), time: acc(score.first, 'time') },
  last: { date: acc(score.last, 'date'), time: acc(score.last, 'time') },
  utterances_per_second: Math.round(perSecond),
  utterances_per_cpu_second: Math.round(perCpuSecond),
}));
