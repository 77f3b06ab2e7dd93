package io.bella.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.bella.EmbeddedPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every {@code GET /api/unified/*} endpoint against twelve months of data (100,000 calls,
 * 1,000,000 turns, their appointments, booking changes, cost lines and alerts) on
 * embedded PostgreSQL: Bella started as a separate JVM, the data loaded with
 * {@code COPY}, the endpoints found in {@code /v3/api-docs} (so that each new one is
 * measured), each asked a number of times one after another after a warm-up; p50, p95
 * and p99 of the round trip written to a report, with longer periods of the endpoints
 * that take one for information. Exits non-zero when an endpoint's p95 with its defaults
 * reaches the budget or an answer is not 200.
 *
 * <pre>
 * bench/unified-endpoints.sh   # REQUESTS=200 CALLS=100000 TURNS_PER_CALL=10 BUDGET_MS=150
 * </pre>
 */
public final class UnifiedEndpointsBenchmark {

	private static final String API_KEY = "unified-endpoints-benchmark";

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private UnifiedEndpointsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int requests = Integer.getInteger("requests", 200);
		int calls = Integer.getInteger("calls", 100_000);
		int turnsPerCall = Integer.getInteger("turnsPerCall", 10);
		long budgetMillis = Long.getLong("budgetMillis", 150);
		System.out.println("Starting an embedded PostgreSQL ...");
		String databaseUrl = EmbeddedPostgres.newDatabase();
		boolean failed;
		StringBuilder report = new StringBuilder();
		try (BellaProcess bella = BellaProcess.start("unified-endpoints", databaseUrl, API_KEY,
				System.getProperty("heap", "512m"), Map.of())) {
			long loadStart = System.nanoTime();
			List<String> rows;
			try (Connection db = DriverManager.getConnection(databaseUrl, "postgres", "")) {
				rows = new TwelveMonthsOfOperations(calls, turnsPerCall, Instant.now()).load(db);
			}
			long loadSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - loadStart);
			report.append(String.format("Unified endpoints, %d requests each after %d warm-up, one at a time; "
					+ "Bella -Xmx%s on embedded PostgreSQL, %d cores%n", requests, requests / 4,
					System.getProperty("heap", "512m"), Runtime.getRuntime().availableProcessors()));
			report.append(String.format("Loaded in %d s (COPY, then VACUUM ANALYZE): %s%n%n", loadSeconds,
					String.join(", ", rows)));
			report.append(String.format("%-60s %6s %8s %8s %8s %8s%n", "endpoint", "status", "p50 ms", "p95 ms",
					"p99 ms", "max ms"));
			failed = measureAll(bella.url(), requests, budgetMillis, report);
		}
		report.append(failed ? String.format("%nFAILED: an endpoint's p95 reached %d ms or it did not answer 200%n",
				budgetMillis) : String.format("%nAll p95 under %d ms%n", budgetMillis));
		System.out.print(report);
		String file = System.getProperty("benchmark.report");
		if (file != null) {
			Files.writeString(Path.of(file), report.toString());
		}
		System.exit(failed ? 1 : 0);
	}

	private static boolean measureAll(String bellaUrl, int requests, long budgetMillis, StringBuilder report)
			throws Exception {
		boolean failed = false;
		List<String> endpoints = endpoints(bellaUrl);
		if (endpoints.isEmpty()) {
			throw new IllegalStateException("No GET /api/unified/* endpoint in /v3/api-docs");
		}
		List<String> fullMonth = fullMonthOfCost(endpoints);
		List<String> heavier = heavierQueries(endpoints);
		endpoints.addAll(fullMonth);
		endpoints.addAll(heavier);
		for (String endpoint : endpoints) {
			int status = 0;
			for (int i = 0; i < requests / 4; i++) {
				status = get(bellaUrl + endpoint).statusCode();
			}
			long[] micros = new long[requests];
			for (int i = 0; i < requests; i++) {
				long start = System.nanoTime();
				status = Math.max(status, get(bellaUrl + endpoint).statusCode());
				micros[i] = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start);
			}
			Arrays.sort(micros);
			double p95 = percentile(micros, 95);
			boolean budgeted = !heavier.contains(endpoint);
			failed |= status != 200 || (budgeted && p95 >= budgetMillis);
			report.append(String.format("%-60s %6d %8.1f %8.1f %8.1f %8.1f%s%n", endpoint, status,
					percentile(micros, 50), p95, percentile(micros, 99), micros[micros.length - 1] / 1000.0,
					budgeted ? "" : "  (informational)"));
		}
		return failed;
	}

	/** The GET operations under /api/unified without path variables, in path order. */
	static List<String> endpoints(String bellaUrl) throws Exception {
		JsonNode paths = JsonMapper.builder().build().readTree(get(bellaUrl + "/v3/api-docs").body()).get("paths");
		List<String> endpoints = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			if (path.getKey().startsWith("/api/unified") && !path.getKey().contains("{")
					&& path.getValue().has("get")) {
				endpoints.add(path.getKey());
			}
		}
		endpoints.sort(null);
		return endpoints;
	}

	/**
	 * A whole past month of cost, held to the budget: the current month, the endpoint's
	 * default, may have just begun, and at its end it holds as much.
	 */
	static List<String> fullMonthOfCost(List<String> endpoints) {
		return endpoints.contains("/api/unified/cost-optimization") ? List.of("/api/unified/cost-optimization?month="
				+ YearMonth.now(TwelveMonthsOfOperations.TORONTO).minusMonths(1)) : List.of();
	}

	/**
	 * The business metrics asked for longer periods than their default: 31 days by the
	 * hour and a year by day.
	 * Reported, but outside the budget, which is for the endpoints as a dashboard asks
	 * them (their defaults).
	 */
	static List<String> heavierQueries(List<String> endpoints) {
		List<String> queries = new ArrayList<>();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		if (endpoints.contains("/api/unified/business-metrics")) {
			queries.add("/api/unified/business-metrics?granularity=hour&from=" + now.minus(Duration.ofDays(31)) + "&to="
					+ now);
			queries.add("/api/unified/business-metrics?from=" + now.minus(Duration.ofDays(365)) + "&to=" + now);
		}
		return queries;
	}

	static double percentile(long[] sortedMicros, int percentile) {
		int rank = (int) Math.ceil(percentile / 100.0 * sortedMicros.length);
		return sortedMicros[Math.max(rank, 1) - 1] / 1000.0;
	}

	private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url))
			.header("X-API-Key", API_KEY)
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
