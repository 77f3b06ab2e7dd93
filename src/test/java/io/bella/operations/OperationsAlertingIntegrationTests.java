package io.bella.operations;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import io.bella.ApiClient;
import io.bella.BellaIntegrationTest;
import io.bella.FakeRemoteSystems;
import io.bella.MutableClock;
import io.bella.RemoteSystemsIntegrationTest;
import io.bella.TestClockConfiguration;
import io.bella.extraction.AppointmentExtractor;
import io.bella.extraction.ExtractionRequest;
import io.bella.extraction.OpenAiStub;
import io.bella.operations.notifications.NotificationDispatcher;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Alerts reaching people end to end, against the protocol fakes of the remote systems:
 * the language model becoming unreachable opens the {@code llm} breaker, which raises a
 * HIGH alert that arrives in Slack (a WireMock webhook) and by e-mail (GreenMail); the
 * model coming back closes the breaker, resolves the alert and both channels get the
 * recovery notice. With Slack down the e-mail still goes and Slack is retried, every
 * attempt logged.
 */
@RemoteSystemsIntegrationTest
class OperationsAlertingIntegrationTests {

	static final WireMockServer model = FakeRemoteSystems.openAi();

	static final WireMockServer slack = FakeRemoteSystems.slack();

	static final GreenMail smtp = FakeRemoteSystems.smtp();

	static final String RECOVERED_MODEL = """
			{"intent":"book","date_phrase":"tomorrow","time_phrase":"2 pm","duration_phrase":null,"name":null,
			 "phone_digits":null,"service":"cleaning","confidence":0.9}""";

	@LocalServerPort
	int port;

	@Autowired
	CircuitBreakerRegistry breakers;

	@Autowired
	AppointmentExtractor extractor;

	@Autowired
	NotificationDispatcher dispatcher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	ApiClient api;

	@BeforeEach
	void setUp() throws Exception {
		this.api = new ApiClient(this.port, BellaIntegrationTest.API_KEY);
		this.clock.set(TestClockConfiguration.MONDAY_8AM_TORONTO);
		// other classes of this context open the model's breaker: start from a closed one
		// and no alert about it
		this.breakers.circuitBreaker("llm").reset();
		await().atMost(Duration.ofSeconds(30)).until(() -> openAlerts("llm") == 0 && noticesInFlight() == 0);
		List.of("slack", "email").forEach((name) -> this.breakers.circuitBreaker(name).reset());
		this.jdbc.sql("DELETE FROM alert WHERE component IN ('llm', 'ops-e2e')").update();
		// notices other classes left to retry would fall due with this test's clock
		this.jdbc.sql("DELETE FROM alert_notification WHERE status IN ('pending', 'sending')").update();
		model.resetAll();
		slack.resetAll();
		slack.stubFor(post(FakeRemoteSystems.SLACK_WEBHOOK).willReturn(aResponse().withStatus(200).withBody("ok")));
		smtp.purgeEmailFromAllMailboxes();
	}

	@Test
	void theModelGoingAwayReachesSlackAndEmailAndItsReturnSendsTheRecoveryNoticeToBoth() throws Exception {
		model.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		CircuitBreaker llm = this.breakers.circuitBreaker("llm");

		for (int i = 0; i < 6; i++) {
			this.extractor.extract(request());
		}

		assertThat(llm.getState()).isEqualTo(CircuitBreaker.State.OPEN);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> slackMessages("FIRING HIGH: Circuit breaker llm is open").size() == 1
					&& mails("[Bella] FIRING HIGH: Circuit breaker llm is open").size() == 1);
		JsonNode alert = this.api.get("/api/unified/alerts?component=llm&state=FIRING").json().get("items").get(0);
		assertThat(alert.get("severity").asString()).isEqualTo("HIGH");
		assertThat(alert.get("rule").asString()).isEqualTo("breaker-open");
		assertThat(alert.get("details").asString()).contains("rule-based extraction");
		assertThat(mails("[Bella] FIRING HIGH: Circuit breaker llm is open").get(0).getAllRecipients())
			.extracting(Object::toString)
			.containsExactly(FakeRemoteSystems.ALERT_EMAIL);

		OpenAiStub.answer(model, OpenAiStub.completion(RECOVERED_MODEL));
		llm.transitionToHalfOpenState();
		for (int i = 0; i < 3; i++) {
			this.extractor.extract(request());
		}

		assertThat(llm.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> slackMessages("RESOLVED HIGH: Circuit breaker llm is open").size() == 1
					&& mails("[Bella] RESOLVED HIGH: Circuit breaker llm is open").size() == 1);
		JsonNode resolved = this.api.get("/api/unified/alerts/" + alert.get("id").asLong()).json();
		assertThat(resolved.get("state").asString()).isEqualTo("RESOLVED");
		assertThat(resolved.get("resolution").asString()).isEqualTo("auto");
		assertThat(resolved.get("notifications"))
			.extracting((notice) -> notice.get("notice").asString() + " " + notice.get("channel").asString() + " "
					+ notice.get("status").asString())
			.containsExactly("firing slack sent", "firing email sent", "resolved slack sent", "resolved email sent");
		assertThat(slackMessages("· alert " + alert.get("id").asLong() + " ·")).hasSize(2);
	}

	@Test
	void whileSlackIsDownTheEmailStillGoesAndSlackIsRetriedWithEveryAttemptLogged() throws Exception {
		slack.stubFor(post(FakeRemoteSystems.SLACK_WEBHOOK).willReturn(aResponse().withStatus(503)));

		long id = this.api
			.post("/api/unified/alerts",
					"{\"severity\": \"HIGH\", \"component\": \"ops-e2e\", \"summary\": \"Front desk phones are down\"}")
			.json()
			.get("id")
			.asLong();

		await().atMost(Duration.ofSeconds(20))
			.until(() -> mails("[Bella] FIRING HIGH: Front desk phones are down").size() == 1
					&& slackMessages("Front desk phones are down").size() == 1);
		// the retry is due 30 s later; this instance's poll may pick it up before the
		// call below
		this.clock.advance(Duration.ofSeconds(30));
		this.dispatcher.dispatchDue();
		await().atMost(Duration.ofSeconds(20)).until(() -> slackMessages("Front desk phones are down").size() == 2);

		slack.stubFor(post(FakeRemoteSystems.SLACK_WEBHOOK).willReturn(aResponse().withStatus(200).withBody("ok")));
		this.clock.advance(Duration.ofMinutes(2));
		this.dispatcher.dispatchDue();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> "sent".equals(this.api.get("/api/unified/alerts/" + id)
				.json()
				.get("notifications")
				.get(0)
				.get("status")
				.asString()));

		JsonNode notices = this.api.get("/api/unified/alerts/" + id).json().get("notifications");
		JsonNode slackNotice = notices.get(0);
		assertThat(slackNotice.get("channel").asString()).isEqualTo("slack");
		assertThat(slackNotice.get("status").asString()).isEqualTo("sent");
		assertThat(slackNotice.get("attempts"))
			.extracting((attempt) -> attempt.get("status").asString() + " " + attempt.get("error").asString(null) + " "
					+ attempt.get("at").asString())
			.containsExactly("failed Slack answered 503 2026-03-02T08:00:00-05:00",
					"failed Slack answered 503 2026-03-02T08:00:30-05:00", "sent null 2026-03-02T08:02:30-05:00");
		assertThat(notices.get(1).get("channel").asString()).isEqualTo("email");
		assertThat(notices.get(1).get("attempts")).hasSize(1);
		assertThat(slackMessages("Front desk phones are down")).hasSize(3);
		assertThat(mails("[Bella] FIRING HIGH: Front desk phones are down")).hasSize(1);
	}

	private ExtractionRequest request() {
		return new ExtractionRequest("I'd like to book a cleaning tomorrow at 2 pm", Instant.now(),
				ZoneId.of("America/Toronto"));
	}

	private long noticesInFlight() {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM alert_notification
				WHERE status = 'sending' OR (status = 'pending' AND next_attempt_at <= ?)""")
			.param(this.clock.instant().atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	private long openAlerts(String component) {
		return this.jdbc.sql("SELECT COUNT(*) FROM alert WHERE component = ? AND state <> 'RESOLVED'")
			.param(component)
			.query(Long.class)
			.single();
	}

	private static List<LoggedRequest> slackMessages(String containing) {
		return slack.findAll(postRequestedFor(urlEqualTo(FakeRemoteSystems.SLACK_WEBHOOK)))
			.stream()
			.filter((request) -> request.getBodyAsString().contains(containing))
			.toList();
	}

	private static List<MimeMessage> mails(String subject) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((mail) -> {
			try {
				return subject.equals(mail.getSubject());
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
