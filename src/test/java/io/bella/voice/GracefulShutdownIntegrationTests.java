package io.bella.voice;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.bella.BellaApplication;
import io.bella.FailingDataSource;
import io.bella.simulator.CallSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An instance told to stop (SIGTERM closes the context) while a turn is running: the turn
 * finishes and stores its answer, and a turn that arrives once shutdown has begun is
 * refused rather than half done. Its own instance, on the embedded default, since the
 * test closes it.
 */
class GracefulShutdownIntegrationTests {

	private static final String AUTH_TOKEN = "shutdown-test-token";

	@TempDir
	Path dataDir;

	@Test
	void aRunningTurnFinishesAndANewOneIsRefused() throws Exception {
		ConfigurableApplicationContext context = start();
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		URI base = URI.create("http://localhost:" + port);
		FailingDataSource database = (FailingDataSource) context.getBean(DataSource.class);
		CallSessions sessions = context.getBean(CallSessions.class);
		TurnAdmission admission = context.getBean(TurnAdmission.class);
		CallSimulator twilio = new CallSimulator(base, AUTH_TOKEN, null);
		Map<String, String> call = Map.of("CallSid", CallSimulator.newCallSid(), "From", "+14165550177", "To",
				"+14165550100");
		assertThat(twilio.send("/twilio/voice", call).body()).contains("<Gather");

		database.hang();
		CompletableFuture<CallSimulator.Response> running = CompletableFuture
			.supplyAsync(() -> twilio.send("/twilio/gather?turn=1", speech(call, "I'd like a cleaning")));
		await().atMost(Duration.ofSeconds(10)).until(() -> admission.running() == 1);
		CompletableFuture<Void> closing = CompletableFuture.runAsync(context::close);
		await().atMost(Duration.ofSeconds(8)).until(() -> refused(base, call));
		assertThat(running).isNotDone();
		database.up();

		CallSimulator.Response answer = running.get();
		closing.get();
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("<Gather").doesNotContain("sorry");
		assertThat(sessions.answer(call.get("CallSid"), 1)).contains(answer.body());
		assertThat(sessions.answer(call.get("CallSid"), 2)).isEmpty();
	}

	/**
	 * Whether a new turn goes unserved: its connection refused or left unanswered (Tomcat
	 * stops accepting; Kubernetes has stopped sending by then), or a 503. The test then
	 * checks it was not run behind the scenes either.
	 */
	private static boolean refused(URI base, Map<String, String> call) {
		Map<String, String> parameters = speech(call, "tomorrow");
		String target = "/twilio/gather?turn=2";
		String body = parameters.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 1000);
			socket.setSoTimeout(2000);
			String request = "POST " + target + " HTTP/1.1\r\nHost: " + base.getAuthority()
					+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nX-Twilio-Signature: "
					+ CallSimulator.sign(AUTH_TOKEN, base.resolve(target).toString(), parameters)
					+ "\r\nConnection: close\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length
					+ "\r\n\r\n" + body;
			socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
			byte[] status = socket.getInputStream().readNBytes(12);
			return status.length < 12 || new String(status, StandardCharsets.US_ASCII).endsWith("503");
		}
		catch (IOException ex) {
			return true;
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static Map<String, String> speech(Map<String, String> call, String said) {
		Map<String, String> speech = new LinkedHashMap<>(call);
		speech.put("SpeechResult", said);
		speech.put("Confidence", "0.9");
		return speech;
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(BellaApplication.class, FailingDataSource.Installer.class).run(
				"--server.port=0", "--bella.data-dir=" + this.dataDir, "--bella.api.key=shutdown-test",
				"--bella.twilio.auth-token=" + AUTH_TOKEN, "--bella.public-url=", "--bella.redis.url=",
				"--bella.voice.warm-up.enabled=false",
				// a turn held up by the database is still within its budget (and the
				// simulator's 15 s) when it ends
				"--bella.voice.turn-budget=12s");
	}

}
