package io.bella.scaleout;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.bella.EmbeddedPostgres;
import io.bella.FakeRemoteSystems;

import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Two Bella instances as a load balancer would have them: one embedded PostgreSQL
 * database, the Redis of {@code REDIS_URL}, the same fakes of Twilio, Slack and SMTP
 * ({@link FakeRemoteSystems}), different instance ids, one clock, and their periodic jobs
 * every {@link #JOB_INTERVAL}.
 */
final class TwoInstances implements AutoCloseable {

	static final String API_KEY = "two-instances-key";

	static final String TWILIO_AUTH_TOKEN = "two-instances-auth-token";

	/** How often the periodic jobs that need no remote system run. */
	static final Duration JOB_INTERVAL = Duration.ofSeconds(2);

	static final String MESSAGES = "/2010-04-01/Accounts/" + FakeRemoteSystems.TWILIO_ACCOUNT_SID + "/Messages.json";

	final ShiftingClock clock;

	final List<JobRunLog.Run> runs = Collections.synchronizedList(new ArrayList<>());

	final BellaInstance a;

	final BellaInstance b;

	final JdbcClient jdbc;

	/** When the first instance began to start. */
	final long startedNanos;

	TwoInstances(Instant now) {
		this.clock = new ShiftingClock(now);
		FakeRemoteSystems.twilio().stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(created()));
		Map<String, String> settings = settings(EmbeddedPostgres.newDatabase());
		this.startedNanos = System.nanoTime();
		// one after the other, as a rolling start does: the first migrates the database
		// and gives it the demo clinic
		this.a = BellaInstance.start("twin-a", settings, this.clock, this.runs);
		BellaInstance second = null;
		try {
			second = BellaInstance.start("twin-b", settings, this.clock, this.runs);
		}
		finally {
			if (second == null) {
				this.a.close();
			}
		}
		this.b = second;
		this.jdbc = this.a.bean(JdbcClient.class);
	}

	private static Map<String, String> settings(String databaseUrl) {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("server.port", "0");
		settings.put("spring.datasource.url", databaseUrl);
		settings.put("spring.datasource.username", "postgres");
		settings.put("spring.datasource.password", "");
		settings.put("bella.redis.url", System.getenv("REDIS_URL"));
		settings.put("bella.api.key", API_KEY);
		settings.put("bella.public-url", "");
		settings.put("bella.extraction.mode", "rules");
		settings.put("bella.voice.warm-up.enabled", "false");
		// the first turns of a cold instance on a busy build machine may take longer than
		// Twilio's budget; what is asserted is which instance acts, not how fast
		settings.put("bella.voice.turn-budget", "10s");
		// one call in progress per instance, so that a test can fill one
		settings.put("bella.voice.capacity.max-calls", "1");
		settings.put("bella.twilio.auth-token", TWILIO_AUTH_TOKEN);
		settings.put("bella.twilio.account-sid", FakeRemoteSystems.TWILIO_ACCOUNT_SID);
		settings.put("bella.twilio.from-number", FakeRemoteSystems.TWILIO_FROM_NUMBER);
		settings.put("bella.twilio.api-base-url", "http://localhost:" + FakeRemoteSystems.twilio().port());
		settings.put("bella.operations.notifications.slack.webhook-url",
				FakeRemoteSystems.slack().baseUrl() + FakeRemoteSystems.SLACK_WEBHOOK);
		settings.put("bella.operations.notifications.email.host", "localhost");
		settings.put("bella.operations.notifications.email.port",
				String.valueOf(FakeRemoteSystems.smtp().getSmtp().getPort()));
		settings.put("bella.operations.notifications.email.to", FakeRemoteSystems.ALERT_EMAIL);
		settings.put("bella.operations.notifications.email.from", "bella@maple-dental.test");
		String interval = JOB_INTERVAL.toMillis() + "ms";
		settings.put("bella.reminders.offsets", "24h,2h");
		settings.put("bella.reminders.scan-interval", interval);
		settings.put("bella.messages.retry-interval", interval);
		settings.put("bella.operations.alerts.evaluation-interval", interval);
		settings.put("bella.operations.notifications.poll-interval", interval);
		settings.put("bella.google.push-interval", interval);
		// the jobs that ask Twilio for its recordings and prices, which the fake does not
		// know, and the purge of old words, run hourly: not within the test
		settings.put("bella.messages.reconcile-interval", "1h");
		settings.put("bella.operations.cost.jobs.interval", "1h");
		settings.put("bella.google.reconcile-interval", "1h");
		settings.put("bella.operations.retention.first-run-after", "24h");
		return settings;
	}

	/**
	 * The texts the fake Twilio was asked to send to a number, by either instance.
	 */
	static List<LoggedRequest> textsTo(String phone) {
		return FakeRemoteSystems.twilio()
			.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(phone)));
	}

	/**
	 * The texts to a number whose body contains the words given.
	 */
	static long textsTo(String phone, String words) {
		return textsTo(phone).stream()
			.filter((text) -> text.formParameter("Body").firstValue().contains(words))
			.count();
	}

	/** Slack posts mentioning the words. */
	static int slackPostsWith(String words) {
		return FakeRemoteSystems.slack()
			.findAll(postRequestedFor(urlEqualTo(FakeRemoteSystems.SLACK_WEBHOOK)).withRequestBody(containing(words)))
			.size();
	}

	/** E-mails mentioning the words. */
	static long emailsWith(String words) {
		return Arrays.stream(FakeRemoteSystems.smtp().getReceivedMessages())
			.filter((mail) -> GreenMailUtil.getWholeMessage(mail).contains(words))
			.count();
	}

	private static ResponseDefinitionBuilder created() {
		return aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"sid\": \"SM0123456789abcdef0123456789abcdef\", \"account_sid\": \""
					+ FakeRemoteSystems.TWILIO_ACCOUNT_SID
					+ "\", \"status\": \"queued\", \"direction\": \"outbound-api\"}");
	}

	@Override
	public void close() {
		try {
			this.b.close();
		}
		finally {
			this.a.close();
		}
	}

}
