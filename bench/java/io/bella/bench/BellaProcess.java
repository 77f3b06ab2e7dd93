package io.bella.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Bella started as a separate JVM on a free port against a benchmark's database, with the
 * settings every benchmark needs (an API key, rules extraction, no Redis, no model), and
 * stopped when the benchmark closes it (or killed, for a fault benchmark).
 */
final class BellaProcess implements AutoCloseable {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Process process;

	private final String url;

	private BellaProcess(Process process, String url) {
		this.process = process;
		this.url = url;
	}

	/**
	 * Starts Bella with {@code -Xmx} of {@code heap} and the extra environment, and waits
	 * until it is ready (three minutes at most, or {@code -DstartTimeoutSeconds}).
	 */
	static BellaProcess start(String name, String databaseUrl, String apiKey, String heap, Map<String, String> extra)
			throws IOException, InterruptedException {
		return start(name, null, databaseUrl, apiKey, heap, extra);
	}

	/**
	 * Starts the packaged service ({@code java -jar}) or, without a jar, the classes on this
	 * JVM's class path, and waits until it is ready (three minutes at most, or {@code -DstartTimeoutSeconds}).
	 */
	static BellaProcess start(String name, Path jar, String databaseUrl, String apiKey, String heap,
			Map<String, String> extra) throws IOException, InterruptedException {
		int port = freePort();
		Path log = Files.createTempFile("bella-" + name, ".log");
		Path dataDir = Files.createTempDirectory("bella-" + name);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = (jar != null) ? new ProcessBuilder(java, "-Xmx" + heap, "-jar", jar.toString())
				: new ProcessBuilder(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
						"io.bella.BellaApplication");
		Map<String, String> env = builder.environment();
		env.put("SERVER_PORT", String.valueOf(port));
		env.put("DATABASE_URL", databaseUrl);
		env.put("BELLA_PUBLIC_URL", "http://localhost:" + port);
		env.put("BELLA_API_KEY", apiKey);
		env.put("TWILIO_AUTH_TOKEN", apiKey);
		env.put("BELLA_DATA_DIR", dataDir.toString());
		env.put("BELLA_EXTRACTION_MODE", "rules");
		env.remove("REDIS_URL");
		env.remove("OPENAI_API_KEY");
		env.putAll(extra);
		builder.redirectErrorStream(true).redirectOutput(log.toFile());
		System.out.println("Starting Bella " + name + " (-Xmx" + heap + ") on http://localhost:" + port
				+ "; its log: " + log);
		BellaProcess bella = new BellaProcess(builder.start(), "http://localhost:" + port);
		try {
			bella.awaitReady();
		}
		catch (RuntimeException | InterruptedException ex) {
			bella.close();
			throw ex;
		}
		return bella;
	}

	String url() {
		return this.url;
	}

	/**
	 * The CPU time the process used so far (user and system), zero once it ended.
	 */
	Duration cpu() {
		return this.process.info().totalCpuDuration().orElse(Duration.ZERO);
	}

	/**
	 * Kills the process with SIGKILL, as {@code kill -9} does: no shutdown hook, no drain.
	 */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	private void awaitReady() throws InterruptedException {
		// a busy machine starts more slowly: -DstartTimeoutSeconds gives it longer
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Integer.getInteger("startTimeoutSeconds", 180));
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Bella exited with " + this.process.exitValue() + " (see its log)");
			}
			try {
				HttpResponse<Void> readiness = http.send(
						HttpRequest.newBuilder(URI.create(this.url + "/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (readiness.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("Bella did not become ready within "
				+ Integer.getInteger("startTimeoutSeconds", 180) + " s (see its log)");
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
