package io.bella.operations.notifications;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.bella.FakeRemoteSystems;
import io.bella.MutableClock;
import io.bella.RemoteSystemsIntegrationTest;
import io.bella.TestClockConfiguration;
import io.bella.operations.alerts.AlertNotifier.Notice;
import io.bella.operations.alerts.Alerting;
import io.bella.operations.alerts.Condition;
import io.bella.operations.alerts.Severity;
import io.bella.system.InstanceId;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three instances' dispatchers (this context's and two more) racing for the same notices
 * on PostgreSQL: each notice reaches Slack exactly once.
 */
@RemoteSystemsIntegrationTest
class OutboxConcurrencyIntegrationTests {

	static final WireMockServer slack = FakeRemoteSystems.slack();

	@Autowired
	Outbox outbox;

	@Autowired
	NotificationChannels channels;

	@Autowired
	NotificationProperties properties;

	@Autowired
	OutboxNotifier notifier;

	@Autowired
	Alerting alerting;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	CircuitBreakerRegistry breakers;

	@BeforeEach
	void setUp() {
		this.clock.set(TestClockConfiguration.MONDAY_8AM_TORONTO);
		// other classes of this context leave the fake without a stub, and Slack's
		// breaker
		// may have opened on its 404s
		this.breakers.circuitBreaker("slack").reset();
		slack.resetAll();
		slack.stubFor(post(FakeRemoteSystems.SLACK_WEBHOOK).willReturn(aResponse().withStatus(200).withBody("ok")));
	}

	@Test
	void dispatchersOfSeveralInstancesSendEachNoticeExactlyOnce() throws Exception {
		List<Long> alerts = new ArrayList<>();
		for (int i = 0; i < 15; i++) {
			// MEDIUM: Slack only
			alerts.add(this.alerting
				.raise(new Condition("ops-race", Map.of("n", "race-" + i), Severity.MEDIUM, "ops-race",
						"Raced notice " + i, null), null)
				.alert()
				.id());
		}
		for (long id : alerts) {
			// more notices for the same alerts, queued without a kick
			this.jdbc.sql("""
					INSERT INTO alert_notification (alert_id, notice, channel, subject, body, status, attempts,
					                                created_at, next_attempt_at)
					VALUES (?, 'repeat', 'slack', 'Raced', ?, 'pending', 0, ?, ?)""")
				.params(id, "Raced repeat " + id, this.clock.instant().atOffset(ZoneOffset.UTC),
						this.clock.instant().atOffset(ZoneOffset.UTC))
				.update();
		}

		List<NotificationDispatcher> instances = List.of(dispatcher("instance-b", this.clock),
				dispatcher("instance-c", this.clock));
		ExecutorService threads = Executors.newFixedThreadPool(instances.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> sent = new ArrayList<>();
			for (NotificationDispatcher instance : instances) {
				sent.add(threads.submit(() -> {
					start.await();
					return instance.dispatchDue();
				}));
			}
			start.countDown();
			for (Future<Integer> future : sent) {
				future.get();
			}
		}
		finally {
			threads.shutdown();
		}
		await().until(() -> this.jdbc.sql("""
				SELECT COUNT(*) FROM alert_notification n JOIN alert a ON a.id = n.alert_id
				WHERE a.rule = 'ops-race' AND n.status <> 'sent'""").query(Long.class).single() == 0);

		assertThat(slack.findAll(postRequestedFor(urlEqualTo(FakeRemoteSystems.SLACK_WEBHOOK)))
			.stream()
			.filter((request) -> request.getBodyAsString().contains("Raced"))).hasSize(30);
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM alert_notification_attempt t JOIN alert_notification n ON n.id = t.notification_id
				JOIN alert a ON a.id = n.alert_id WHERE a.rule = 'ops-race'""").query(Long.class).single())
			.isEqualTo(30);
		this.notifier.deliveries(alerts)
			.values()
			.forEach((deliveries) -> assertThat(deliveries).extracting((delivery) -> delivery.notice())
				.containsExactly(Notice.FIRING.value(), Notice.REPEAT.value()));
	}

	private NotificationDispatcher dispatcher(String instance, Clock clock) {
		return new NotificationDispatcher(this.outbox, this.channels, this.properties, new InstanceId(instance), clock,
				(task) -> {
				});
	}

}
