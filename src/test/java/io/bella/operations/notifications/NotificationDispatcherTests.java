package io.bella.operations.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.bella.MutableClock;
import io.bella.operations.H2Database;
import io.bella.operations.alerts.Alert;
import io.bella.operations.alerts.AlertNotifier.Delivery;
import io.bella.operations.alerts.AlertNotifier.Notice;
import io.bella.operations.alerts.AlertState;
import io.bella.operations.alerts.Condition;
import io.bella.operations.alerts.Severity;
import io.bella.system.InstanceId;
import io.bella.voice.TwilioProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The outbox and its channels against a fake Slack webhook (WireMock) and a real SMTP
 * server (GreenMail), with a clock the tests move: routing, retries at 30 s, 2 min and 10
 * min with every attempt logged, one channel failing while the others go.
 */
class NotificationDispatcherTests {

	static final String WEBHOOK = "/services/T0001/B0001/secret-webhook-token";

	static final Instant NINE = Instant.parse("2026-03-02T14:00:00Z");

	static final WireMockServer slack = new WireMockServer(options().dynamicPort());

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	MutableClock clock = new MutableClock(NINE);

	JdbcClient jdbc;

	Outbox outbox;

	NotificationDispatcher dispatcher;

	OutboxNotifier notifier;

	NotificationChannels channels;

	@BeforeAll
	static void start() {
		slack.start();
	}

	@AfterAll
	static void stop() {
		slack.stop();
	}

	@BeforeEach
	void setUp() {
		slack.resetAll();
		slack.stubFor(post(WEBHOOK).willReturn(aResponse().withStatus(200).withBody("ok")));
		DataSource dataSource = H2Database.migrated();
		this.jdbc = JdbcClient.create(dataSource);
		this.outbox = new Outbox(this.jdbc);
		NotificationProperties properties = properties(Map.of());
		CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
		this.channels = new NotificationChannels(
				List.of(new SlackChannel(properties, breakers), new EmailChannel(properties, breakers),
						new SmsChannel(properties, twilio(),
								new StaticListableBeanFactory().getBeanProvider(io.bella.messaging.TwilioClient.class),
								breakers)),
				properties, () -> Optional.of(ZoneId.of("America/Toronto")));
		// the dispatch a new notice triggers runs at once, on the test's thread
		this.dispatcher = new NotificationDispatcher(this.outbox, this.channels, properties, new InstanceId("a"),
				this.clock, Runnable::run);
		this.notifier = new OutboxNotifier(this.outbox, this.channels, this.dispatcher, this.clock);
	}

	@Test
	void aHighAlertGoesToSlackAndByEmailAtOnceAndOnce() throws Exception {
		Alert alert = alert(Severity.HIGH, "llm");

		this.notifier.notify(alert, Notice.FIRING);

		assertThat(this.dispatcher.dispatchDue()).as("sent at once, and only once").isZero();
		slack.verify(1, postRequestedFor(urlEqualTo(WEBHOOK))
			.withRequestBody(containing("FIRING HIGH: Circuit breaker llm is open")));
		MimeMessage[] mails = smtp.getReceivedMessages();
		assertThat(mails).hasSize(1);
		assertThat(mails[0].getSubject()).isEqualTo("[Bella] FIRING HIGH: Circuit breaker llm is open");
		assertThat(mails[0].getAllRecipients()).extracting(Object::toString).containsExactly("oncall@clinic.test");
		assertThat(GreenMailUtil.getBody(mails[0])).contains("Component:   llm")
			.contains("/api/unified/alerts/" + alert.id() + "/acknowledge");
		assertThat(this.outbox.deliveries(List.of(alert.id())).get(alert.id())).extracting(Delivery::status)
			.containsExactly("sent", "sent");
	}

	@Test
	void eachSeverityGoesWhereItIsRoutedAndAChannelThatIsOffIsSkipped() {
		Alert critical = alert(Severity.CRITICAL, "database");
		Alert medium = alert(Severity.MEDIUM, "whisper");
		Alert low = alert(Severity.LOW, "twilio");

		this.notifier.notify(critical, Notice.FIRING);
		this.notifier.notify(medium, Notice.FIRING);
		this.notifier.notify(low, Notice.FIRING);

		Map<Long, List<Delivery>> deliveries = this.outbox.deliveries(List.of(critical.id(), medium.id(), low.id()));
		// SMS is routed for CRITICAL but has no number here: skipped, not failed
		assertThat(deliveries.get(critical.id())).extracting(Delivery::channel).containsExactly("slack", "email");
		assertThat(deliveries.get(medium.id())).extracting(Delivery::channel).containsExactly("slack");
		assertThat(deliveries).doesNotContainKey(low.id());
		assertThat(this.channels.get(Channel.SMS)).isEmpty();
	}

	@Test
	void whileSlackIsDownTheEmailStillGoesAndSlackIsRetriedAfter30sThen2minThen10minThenGivenUp() {
		slack.stubFor(post(WEBHOOK).willReturn(aResponse().withStatus(500).withBody("internal_error")));
		Alert alert = alert(Severity.HIGH, "llm");
		this.notifier.notify(alert, Notice.FIRING);

		this.dispatcher.dispatchDue();

		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(slack.countRequestsMatching(postRequestedFor(urlEqualTo(WEBHOOK)).build()).getCount()).isEqualTo(1);
		for (Duration wait : List.of(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10))) {
			this.clock.advance(wait.minusSeconds(1));
			assertThat(this.dispatcher.dispatchDue()).isZero();
			this.clock.advance(Duration.ofSeconds(1));
			this.dispatcher.dispatchDue();
		}
		this.clock.advance(Duration.ofHours(1));
		this.dispatcher.dispatchDue();

		assertThat(slack.countRequestsMatching(postRequestedFor(urlEqualTo(WEBHOOK)).build()).getCount()).isEqualTo(4);
		Delivery slackDelivery = this.outbox.deliveries(List.of(alert.id())).get(alert.id()).get(0);
		assertThat(slackDelivery.status()).isEqualTo("failed");
		assertThat(slackDelivery.attempts()).hasSize(4).allSatisfy((attempt) -> {
			assertThat(attempt.status()).isEqualTo("failed");
			assertThat(attempt.error()).isEqualTo("Slack answered 500 internal_error");
		});
		assertThat(slackDelivery.attempts()).extracting((attempt) -> attempt.at())
			.containsExactly(NINE, NINE.plusSeconds(30), NINE.plusSeconds(150), NINE.plusSeconds(750));
	}

	@Test
	void aSlackNoticeRetriedAfterSlackIsBackGoesOnceAndTheChannelRuleClears() {
		slack.stubFor(post(WEBHOOK).willReturn(aResponse().withStatus(503)));
		Alert alert = alert(Severity.MEDIUM, "whisper");
		this.notifier.notify(alert, Notice.FIRING);
		this.dispatcher.dispatchDue();
		this.clock.advance(Duration.ofSeconds(30));
		this.dispatcher.dispatchDue();
		ChannelFailingRule rule = new ChannelFailingRule(this.outbox, this.channels);

		List<Condition> failing = rule.evaluate(this.clock.instant());

		assertThat(failing).singleElement().satisfies((condition) -> {
			assertThat(condition.fingerprint()).isEqualTo("notification-channel-failing{channel=slack}");
			assertThat(condition.severity()).isEqualTo(Severity.HIGH);
		});

		slack.stubFor(post(WEBHOOK).willReturn(aResponse().withStatus(200).withBody("ok")));
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.dispatcher.dispatchDue()).isEqualTo(1);
		assertThat(this.dispatcher.dispatchDue()).isZero();

		assertThat(rule.evaluate(this.clock.instant())).isEmpty();
		assertThat(this.outbox.deliveries(List.of(alert.id())).get(alert.id()).get(0).attempts())
			.extracting((attempt) -> attempt.status())
			.containsExactly("failed", "failed", "sent");
	}

	@Test
	void twoDispatchersNeverSendTheSameNotice() {
		// a second instance's dispatcher; notices queued through it are left for the poll
		NotificationDispatcher other = new NotificationDispatcher(this.outbox, this.channels, properties(Map.of()),
				new InstanceId("b"), this.clock, (task) -> {
				});
		OutboxNotifier queueOnly = new OutboxNotifier(this.outbox, this.channels, other, this.clock);
		for (int i = 0; i < 5; i++) {
			queueOnly.notify(alert(Severity.MEDIUM, "component-" + i), Notice.FIRING);
		}

		int sent = other.dispatchDue() + this.dispatcher.dispatchDue() + other.dispatchDue();

		assertThat(sent).isEqualTo(5);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM alert_notification_attempt").query(Long.class).single())
			.isEqualTo(5);
		assertThat(slack.getAllServeEvents()).hasSize(5);
	}

	@Test
	void aSlackThatDoesNotAnswerIsLoggedWithoutTheWebhookUrl() {
		NotificationProperties unreachable = new NotificationProperties(Map.of(), List.of(Duration.ofSeconds(30)),
				Duration.ofSeconds(10), Duration.ofMinutes(2),
				new NotificationProperties.Slack("http://localhost:1" + WEBHOOK, Duration.ofSeconds(1)), null, null);
		SlackChannel channel = new SlackChannel(unreachable, CircuitBreakerRegistry.ofDefaults());

		Throwable thrown = catchThrowable(() -> channel.send(null, new AlertText("subject", "body")));

		assertThat(thrown).isInstanceOf(NotificationFailedException.class)
			.hasMessageStartingWith("Slack did not answer")
			.hasMessageNotContaining("secret-webhook-token");
	}

	private Alert alert(Severity severity, String component) {
		Condition condition = new Condition("breaker-open", Map.of("breaker", component), severity, component,
				"Circuit breaker " + component + " is open", "Callers get the rules.");
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO alert (fingerprint, open_fingerprint, rule, labels, severity, state, component, summary,
				                   started_at, last_seen_at)
				VALUES (?, ?, ?, '{}', ?, 'FIRING', ?, ?, ?, ?)""")
			.params(condition.fingerprint(), condition.fingerprint(), condition.rule(), severity.name(), component,
					condition.summary(), NINE.atOffset(ZoneOffset.UTC), NINE.atOffset(ZoneOffset.UTC))
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		return new Alert(id, condition.fingerprint(), condition.rule(), condition.labels(), severity, AlertState.FIRING,
				component, condition.summary(), condition.details(), NINE, NINE, null, 1, null, null, null, null, null,
				null, null, null);
	}

	private static NotificationProperties properties(Map<Severity, List<Channel>> routing) {
		return new NotificationProperties(routing,
				List.of(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10)), Duration.ofSeconds(10),
				Duration.ofMinutes(2),
				new NotificationProperties.Slack(slack.baseUrl() + WEBHOOK, Duration.ofSeconds(2)),
				new NotificationProperties.Email("localhost", smtp.getSmtp().getPort(), null, null,
						"oncall@clinic.test", "bella@clinic.test", Duration.ofSeconds(5)),
				new NotificationProperties.Sms(List.of()));
	}

	private static TwilioProperties twilio() {
		return new TwilioProperties(null, null, null, true, null, Duration.ofSeconds(2));
	}

}
