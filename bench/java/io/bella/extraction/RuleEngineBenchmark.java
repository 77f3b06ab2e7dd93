package io.bella.extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Throughput and latency of the rule engine on the corpus utterances, one thread: each
 * operation reads the next utterance of the corpus. {@code main} runs both benchmarks and
 * prints one JSON line with ops/s, p50/p99, utterances per CPU second and date/time
 * accuracy, for bench/extraction.sh.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = { "-Xms256m", "-Xmx256m" })
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class RuleEngineBenchmark {

	private final RuleBasedAppointmentExtractor extractor = new RuleBasedAppointmentExtractor();

	private ExtractionRequest[] requests;

	private int next;

	@Setup
	public void load() {
		this.requests = ExtractionCorpus.load().stream().map(ExtractionCorpus.Case::request).toArray(ExtractionRequest[]::new);
	}

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public Extraction throughput() {
		return extractNext();
	}

	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public Extraction latency() {
		return extractNext();
	}

	private Extraction extractNext() {
		ExtractionRequest request = this.requests[this.next];
		this.next = (this.next + 1 == this.requests.length) ? 0 : this.next + 1;
		return this.extractor.extract(request);
	}

	public static void main(String[] args) throws Exception {
		Options options = new OptionsBuilder().include(RuleEngineBenchmark.class.getName() + "\\.").build();
		Collection<RunResult> results = new Runner(options).run();
		double opsPerSecond = 0;
		double p50 = 0;
		double p99 = 0;
		double p999 = 0;
		for (RunResult result : results) {
			String label = result.getPrimaryResult().getLabel();
			if (label.equals("throughput")) {
				opsPerSecond = result.getPrimaryResult().getScore();
			}
			else if (label.equals("latency")) {
				Statistics stats = result.getPrimaryResult().getStatistics();
				p50 = stats.getPercentile(50);
				p99 = stats.getPercentile(99);
				p999 = stats.getPercentile(99.9);
			}
		}
		List<ExtractionCorpus.Case> cases = ExtractionCorpus.load();
		Map<String, ExtractionCorpus.Score> scores = ExtractionCorpus.score(new RuleBasedAppointmentExtractor(), cases,
				(miss) -> {
				});
		System.out.printf(Locale.ROOT,
				"BELLA_RESULT {\"engine\":\"bella rules\",\"utterances\":%d,\"date_accuracy\":%.4f,\"time_accuracy\":%.4f,"
						+ "\"utterances_per_second\":%.0f,\"utterances_per_cpu_second\":%.0f,"
						+ "\"p50_us\":%.2f,\"p99_us\":%.2f,\"p999_us\":%.2f}%n",
				cases.size(), scores.get("date").accuracy(), scores.get("time").accuracy(), opsPerSecond,
				perCpuSecond(cases, 5), p50, p99, p999);
	}

	/** Utterances per second of this thread's CPU time: fair on a machine other jobs share. */
	static double perCpuSecond(List<ExtractionCorpus.Case> cases, int seconds) {
		ExtractionRequest[] requests = cases.stream().map(ExtractionCorpus.Case::request).toArray(ExtractionRequest[]::new);
		RuleBasedAppointmentExtractor extractor = new RuleBasedAppointmentExtractor();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long sink = 0;
		// the engine's large methods need several seconds of C2 compilation before they are at speed
		long warm = System.nanoTime() + 10_000_000_000L;
		while (System.nanoTime() < warm) {
			for (ExtractionRequest r : requests) {
				sink += extractor.extract(r).normalizedText().length();
			}
		}
		long cpuStart = threads.getCurrentThreadCpuTime();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		long n = 0;
		while (System.nanoTime() < end) {
			for (ExtractionRequest r : requests) {
				sink += extractor.extract(r).normalizedText().length();
			}
			n += requests.length;
		}
		long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
		if (sink == 42) {
			System.out.print("");
		}
		return n / (cpu / 1e9);
	}

}
