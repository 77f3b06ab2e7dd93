package io.bella.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimulateCallTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void helpPrintsTheUsage() {
		assertThat(run(Map.of(), "--help")).isZero();
		assertThat(printed()).startsWith("Usage: bench/simulate-call.sh")
			.contains("--url URL", "BELLA_URL", "--token", "--voicemail", "--script");
		assertThat(errors()).isEmpty();
	}

	@Test
	void aWrongCommandLineSaysSoInOneLine() {
		assertThat(run(Map.of(), "--colour", "blue")).isEqualTo(2);
		assertThat(errors()).isEqualTo("simulate-call: unknown or incomplete option --colour (--help lists the options)"
				+ System.lineSeparator());
	}

	@Test
	void anUnreachableBellaIsOneLineNamingTheUrlAndHowToChangeIt() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		assertThat(run(Map.of("BELLA_URL", "http://127.0.0.1:" + closedPort, "TWILIO_AUTH_TOKEN", "token"), "--script",
				"hello"))
			.isEqualTo(1);
		assertThat(printed())
			.startsWith("Calling Bella at http://127.0.0.1:" + closedPort + " (another address: --url or BELLA_URL)");
		assertThat(errors())
			.startsWith("simulate-call: Could not reach Bella at http://127.0.0.1:" + closedPort + "/twilio/voice")
			.contains("--url or BELLA_URL")
			.doesNotContain("Exception", "\tat ")
			.hasLineCount(1);
	}

	@Test
	void aRefusedSignatureIsOneLineAboutTheToken() throws IOException {
		HttpServer bella = refusingEverySignature();
		try {
			String url = "http://127.0.0.1:" + bella.getAddress().getPort();
			assertThat(run(Map.of(), "--url", url, "--token", "wrong", "--script", "hello")).isEqualTo(1);
			assertThat(errors())
				.startsWith(
						"simulate-call: Bella refused the webhook's signature (HTTP 403 from " + url + "/twilio/voice)")
				.contains("TWILIO_AUTH_TOKEN")
				.hasLineCount(1);
		}
		finally {
			bella.stop(0);
		}
	}

	@Test
	void withoutATokenTheRefusalSaysNoneWasGiven() throws IOException {
		HttpServer bella = refusingEverySignature();
		try {
			assertThat(run(Map.of("BELLA_URL", "http://127.0.0.1:" + bella.getAddress().getPort()), "--script", "hi"))
				.isEqualTo(1);
			assertThat(errors()).contains("(HTTP 403 from ", "): no token was given. Sign with the TWILIO_AUTH_TOKEN")
				.hasLineCount(1);
		}
		finally {
			bella.stop(0);
		}
	}

	// a stand-in for a Bella started with another token
	private static HttpServer refusingEverySignature() throws IOException {
		HttpServer bella = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		bella.createContext("/", (exchange) -> {
			exchange.sendResponseHeaders(403, -1);
			exchange.close();
		});
		bella.start();
		return bella;
	}

	private int run(Map<String, String> env, String... args) {
		return SimulateCall.run(args, env, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String printed() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String errors() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
