package io.bella.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import io.bella.EmbeddedPostgres;

/**
 * Every dashboard page's server time and first-load weight against twelve months of a busy
 * clinic (100,000 calls with their turns, 100,000 appointments; {@link
 * TwelveMonthsOfOperations}) on embedded PostgreSQL, Bella as a separate JVM with a 512
 * MiB heap. An administrator signs in through the form like a browser (session cookie,
 * CSRF token); the pages are those the navigation links to, plus the week view, a
 * patient's and a call's page found through their lists. Each page is asked a number of
 * times one after another after a warm-up; p50/p95/p99 of the round trip are reported.
 * The first load is the page with every style sheet and script it names, gzip-compressed
 * as a browser receives them. Exits non-zero when a p95 reaches the budget, a first load
 * reaches its budget or a page does not answer 200.
 *
 * <pre>
 * bench/dashboard-pages.sh   # REQUESTS=200 CALLS=100000 BUDGET_MS=150 BUDGET_KB=300
 * </pre>
 */
public final class DashboardPagesBenchmark {

	private static final String API_KEY = "dashboard-pages-benchmark";

	private static final String EMAIL = "bench@clinic.example";

	private static final String PASSWORD = "dashboard pages benchmark";

	private static final Pattern NAVIGATION = Pattern.compile("<nav[^>]*aria-label=\"Main\"[^>]*>(.*?)</nav>",
			Pattern.DOTALL);

	private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");

	private static final Pattern ASSET = Pattern.compile("(?:<link[^>]+href|<script[^>]+src)=\"(/[^\"]+)\"");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String bellaUrl;

	private DashboardPagesBenchmark(String bellaUrl) {
		this.bellaUrl = bellaUrl;
	}

	public static void main(String[] args) throws Exception {
		int requests = Integer.getInteger("requests", 200);
		int calls = Integer.getInteger("calls", 100_000);
		int appointments = Integer.getInteger("appointments", 100_000);
		long budgetMillis = Long.getLong("budgetMillis", 150);
		long budgetKilobytes = Long.getLong("budgetKilobytes", 300);
		String heap = System.getProperty("heap", "512m");
		System.out.println("Starting an embedded PostgreSQL ...");
		String databaseUrl = EmbeddedPostgres.newDatabase();
		StringBuilder report = new StringBuilder();
		boolean failed;
		try (BellaProcess bella = BellaProcess.start("dashboard-pages", databaseUrl, API_KEY, heap,
				Map.of("BELLA_ADMIN_EMAIL", EMAIL, "BELLA_ADMIN_PASSWORD", PASSWORD))) {
			long loadStart = System.nanoTime();
			List<String> rows;
			try (Connection db = DriverManager.getConnection(databaseUrl, "postgres", "")) {
				rows = new TwelveMonthsOfOperations(calls, 10, Instant.now()).withAtLeastAppointments(appointments)
					.load(db);
			}
			report.append(String.format("Dashboard pages, %d requests each after %d warm-up, one at a time, signed in "
					+ "as an administrator; Bella -Xmx%s on embedded PostgreSQL, %d cores%n", requests, requests / 4,
					heap, Runtime.getRuntime().availableProcessors()));
			report.append(String.format("Loaded in %d s: %s%n%n",
					TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - loadStart), String.join(", ", rows)));
			report.append(String.format("%-48s %6s %8s %8s %8s %8s %14s%n", "page", "status", "p50 ms", "p95 ms",
					"p99 ms", "max ms", "first load KB"));
			DashboardPagesBenchmark benchmark = new DashboardPagesBenchmark(bella.url());
			benchmark.signIn();
			failed = benchmark.measureAll(benchmark.pages(), requests, budgetMillis, budgetKilobytes, report);
		}
		report.append(failed ? String.format(
				"%nFAILED: a page's p95 reached %d ms, its first load %d KB, or it did not answer 200%n", budgetMillis,
				budgetKilobytes) : String.format("%nAll p95 under %d ms, every first load under %d KB%n", budgetMillis,
						budgetKilobytes));
		System.out.print(report);
		String file = System.getProperty("benchmark.report");
		if (file != null) {
			Files.writeString(Path.of(file), report.toString());
		}
		System.exit(failed ? 1 : 0);
	}

	private void signIn() throws IOException, InterruptedException {
		Matcher token = CSRF.matcher(get("/login").body());
		if (!token.find()) {
			throw new IllegalStateException("No CSRF token on /login");
		}
		String form = "email=" + encode(EMAIL) + "&password=" + encode(PASSWORD) + "&_csrf=" + encode(token.group(1));
		HttpResponse<String> signedIn = this.http.send(HttpRequest.newBuilder(URI.create(this.bellaUrl + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("/login")) {
			throw new IllegalStateException("Signing in failed: " + signedIn.statusCode() + " to " + location);
		}
	}

	/**
	 * The navigation's pages, the schedule's week view, and the first patient's and call's
	 * pages their lists link to.
	 */
	private List<String> pages() throws IOException, InterruptedException {
		Set<String> pages = new LinkedHashSet<>();
		pages.add("/");
		Matcher navigation = NAVIGATION.matcher(get("/").body());
		if (!navigation.find()) {
			throw new IllegalStateException("No main navigation on /");
		}
		Matcher links = HREF.matcher(navigation.group(1));
		while (links.find()) {
			pages.add(links.group(1));
		}
		pages.add("/schedule?view=week");
		firstLink("/patients", Pattern.compile("href=\"(/patients/\\d+)\"")).ifPresent(pages::add);
		firstLink("/patients?q=" + encode("416 777"), Pattern.compile("href=\"(/patients/\\d+)\""))
			.ifPresent(pages::add);
		firstLink("/calls", Pattern.compile("href=\"(/calls/[A-Za-z0-9]+)\"")).ifPresent(pages::add);
		return new ArrayList<>(pages);
	}

	private Optional<String> firstLink(String page, Pattern link) throws IOException, InterruptedException {
		Matcher matcher = link.matcher(get(page).body());
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	private boolean measureAll(List<String> pages, int requests, long budgetMillis, long budgetKilobytes,
			StringBuilder report) throws IOException, InterruptedException {
		boolean failed = false;
		for (String page : pages) {
			int status = 0;
			for (int i = 0; i < requests / 4; i++) {
				status = get(page).statusCode();
			}
			long[] micros = new long[requests];
			for (int i = 0; i < requests; i++) {
				long start = System.nanoTime();
				status = Math.max(status, get(page).statusCode());
				micros[i] = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start);
			}
			Arrays.sort(micros);
			double p95 = UnifiedEndpointsBenchmark.percentile(micros, 95);
			double kilobytes = firstLoadBytes(page) / 1024.0;
			failed |= status != 200 || p95 >= budgetMillis || kilobytes >= budgetKilobytes;
			report.append(String.format("%-48s %6d %8.1f %8.1f %8.1f %8.1f %14.1f%n", page, status,
					UnifiedEndpointsBenchmark.percentile(micros, 50), p95,
					UnifiedEndpointsBenchmark.percentile(micros, 99), micros[micros.length - 1] / 1000.0, kilobytes));
		}
		return failed;
	}

	/** The page and every style sheet and script it names, as received with gzip. */
	private long firstLoadBytes(String page) throws IOException, InterruptedException {
		HttpResponse<byte[]> html = gzipped(page);
		long bytes = html.body().length;
		String text = new String(unzip(html), StandardCharsets.UTF_8);
		Matcher assets = ASSET.matcher(text);
		Set<String> seen = new LinkedHashSet<>();
		while (assets.find()) {
			if (seen.add(assets.group(1))) {
				bytes += gzipped(assets.group(1)).body().length;
			}
		}
		return bytes;
	}

	private HttpResponse<byte[]> gzipped(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.bellaUrl + path))
			.header("Accept-Encoding", "gzip")
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static byte[] unzip(HttpResponse<byte[]> response) throws IOException {
		if (!"gzip".equals(response.headers().firstValue("Content-Encoding").orElse(""))) {
			return response.body();
		}
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
			return in.readAllBytes();
		}
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.bellaUrl + path))
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
