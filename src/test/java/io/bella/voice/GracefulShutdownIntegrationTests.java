package io.bella.voice;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

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
		await().atMost(Duration.ofSeconds(20)).until(() -> refused(base, call));
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
	 * Whether a new turn is refused: its connection, or with 503.
	 */
	private static boolean refused(URI base, Map<String, String> call) {
		try {
			return new CallSimulator(base, AUTH_TOKEN, null).send("/twilio/gather?turn=2", speech(call, "tomorrow"))
				.status() == 503;
		}
		catch (RuntimeException ex) {
			return true;
		}
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
				// a turn held up by the database is still within its budget when it ends
				"--bella.voice.turn-budget=30s");
	}

}
