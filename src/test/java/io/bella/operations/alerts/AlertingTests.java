package io.bella.operations.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.bella.MutableClock;
import io.bella.operations.H2Database;
import io.bella.operations.alerts.AlertNotifier.Notice;
import io.bella.system.ClusterJobs;
import io.bella.system.InstanceId;
import io.bella.system.SchedulerLock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The alert lifecycle on the embedded default's database, with a clock the tests move:
 * raise, dedupe, acknowledge, resolve, the rule raising a resolved condition again,
 * inhibition, silences and repeats.
 */
class AlertingTests {

	static final Instant NINE = Instant.parse("2026-03-02T14:00:00Z");

	MutableClock clock = new MutableClock(NINE);

	RecordingNotifier notifier = new RecordingNotifier();

	Silences silences;

	Alerting alerting;

	Alerts alerts;

	SwitchableRule rule = new SwitchableRule();

	RuleEvaluation evaluation;

	@BeforeEach
	void setUp() {
		DataSource dataSource = H2Database.migrated();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		this.alerts = new Alerts(jdbc);
		this.silences = new Silences(jdbc);
		AlertingProperties properties = new AlertingProperties(Duration.ofMinutes(1),
				Map.of(Severity.CRITICAL, Duration.ofHours(1), Severity.HIGH, Duration.ofHours(4)));
		this.alerting = new Alerting(this.alerts, new Mutes(this.silences, this.alerts), this.notifier,
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)), properties, this.clock);
		StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("rule", this.rule));
		this.evaluation = new RuleEvaluation(beans.getBeanProvider(AlertRule.class), this.alerting,
				new ClusterJobs(new SchedulerLock(jdbc, new InstanceId("test"), this.clock), new SimpleMeterRegistry()),
				properties, this.clock);
	}

	@Test
	void raisingStartsAFiringAlertAndQueuesItsFiringNotice() {
		Raised raised = this.alerting.raise(condition(Severity.HIGH, "llm"), null);

		Alert alert = raised.alert();
		assertThat(raised.created()).isTrue();
		assertThat(alert.state()).isEqualTo(AlertState.FIRING);
		assertThat(alert.fingerprint()).isEqualTo("test-rule{target=llm}");
		assertThat(alert.startedAt()).isEqualTo(NINE);
		assertThat(alert.occurrences()).isEqualTo(1);
		assertThat(this.notifier.of(alert.id())).containsExactly(Notice.FIRING);
		assertThat(this.alerts.find(alert.id()).orElseThrow().notifiedAt()).isEqualTo(NINE);
	}

	@Test
	void raisingTheSameConditionAgainCountsAnOccurrenceOfTheSameAlert() {
		long id = this.alerting.raise(condition(Severity.HIGH, "llm"), null).alert().id();
		this.clock.advance(Duration.ofMinutes(1));

		Raised again = this.alerting.raise(condition(Severity.HIGH, "llm"), null);

		assertThat(again.created()).isFalse();
		assertThat(again.alert().id()).isEqualTo(id);
		assertThat(again.alert().occurrences()).isEqualTo(2);
		assertThat(again.alert().startedAt()).isEqualTo(NINE);
		assertThat(again.alert().lastSeenAt()).isEqualTo(NINE.plus(Duration.ofMinutes(1)));
		assertThat(this.notifier.of(id)).containsExactly(Notice.FIRING);
		assertThat(this.alerting.raise(condition(Severity.HIGH, "whisper"), null).created()).isTrue();
	}

	@Test
	void acknowledgingStopsTheRepeatsAndAResolvedAlertCannotBeAcknowledged() {
		long id = this.alerting.raise(condition(Severity.CRITICAL, "llm"), null).alert().id();
		this.clock.advance(Duration.ofMinutes(10));

		Alert acknowledged = this.alerting.acknowledge(id, "Sam");
		this.clock.advance(Duration.ofHours(3));
		this.alerting.notifyDue();

		assertThat(acknowledged.state()).isEqualTo(AlertState.ACKNOWLEDGED);
		assertThat(acknowledged.acknowledgedBy()).isEqualTo("Sam");
		assertThat(acknowledged.acknowledgedAt()).isEqualTo(NINE.plus(Duration.ofMinutes(10)));
		assertThat(this.notifier.of(id)).containsExactly(Notice.FIRING);
		this.alerting.resolve(id, "Sam", "restarted the model server");
		assertThatExceptionOfType(AlertStateException.class).isThrownBy(() -> this.alerting.acknowledge(id, "Sam"));
		assertThatExceptionOfType(AlertStateException.class)
			.isThrownBy(() -> this.alerting.resolve(id, "Sam", "again"));
		assertThatExceptionOfType(UnknownIdException.class).isThrownBy(() -> this.alerting.acknowledge(999, "Sam"));
	}

	@Test
	void aRuleResolvesItsAlertOnceTheConditionClearsAndSendsTheRecoveryNotice() {
		this.rule.holding.add(condition(Severity.HIGH, "llm"));
		this.evaluation.evaluateAll();
		long id = this.alerting.open("test-rule").get(0).id();

		this.clock.advance(Duration.ofMinutes(4));
		this.rule.holding.clear();
		this.evaluation.evaluateAll();

		Alert resolved = this.alerts.find(id).orElseThrow();
		assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
		assertThat(resolved.resolution()).isEqualTo(Resolution.AUTO);
		assertThat(resolved.resolvedBy()).isEqualTo("bella");
		assertThat(resolved.endedAt()).isEqualTo(NINE.plus(Duration.ofMinutes(4)));
		assertThat(this.notifier.of(id)).containsExactly(Notice.FIRING, Notice.RESOLVED);
	}

	@Test
	void aConditionStillTrueAfterAManualResolveFiresAgainAsANewAlertAtTheNextEvaluation() {
		this.rule.holding.add(condition(Severity.HIGH, "llm"));
		this.evaluation.evaluateAll();
		long first = this.alerting.open("test-rule").get(0).id();

		Alert resolved = this.alerting.resolve(first, "Sam", "looked fine to me");
		this.clock.advance(Duration.ofMinutes(1));
		this.evaluation.evaluateAll();

		assertThat(resolved.resolution()).isEqualTo(Resolution.MANUAL);
		assertThat(resolved.resolutionNote()).isEqualTo("looked fine to me");
		assertThat(this.notifier.of(first)).containsExactly(Notice.FIRING, Notice.RESOLVED);
		List<Alert> open = this.alerting.open("test-rule");
		assertThat(open).hasSize(1);
		assertThat(open.get(0).id()).isNotEqualTo(first);
		assertThat(open.get(0).startedAt()).isEqualTo(NINE.plus(Duration.ofMinutes(1)));
		assertThat(this.notifier.of(open.get(0).id())).containsExactly(Notice.FIRING);
	}

	@Test
	void aFiringCriticalMutesHighAndMediumAlertsOfItsComponentUntilItResolves() {
		long critical = this.alerting.raise(condition(Severity.CRITICAL, "database"), null).alert().id();

		long high = this.alerting.raise(condition("high", Severity.HIGH, "database"), null).alert().id();
		long medium = this.alerting.raise(condition("medium", Severity.MEDIUM, "database"), null).alert().id();
		long low = this.alerting.raise(condition("low", Severity.LOW, "database"), null).alert().id();
		long elsewhere = this.alerting.raise(condition("other", Severity.HIGH, "llm"), null).alert().id();

		assertThat(this.notifier.of(high)).isEmpty();
		assertThat(this.notifier.of(medium)).isEmpty();
		assertThat(this.notifier.of(low)).containsExactly(Notice.FIRING);
		assertThat(this.notifier.of(elsewhere)).containsExactly(Notice.FIRING);
		assertThat(new Mutes(this.silences, this.alerts).mutedBy(this.alerts.find(high).orElseThrow(), NINE))
			.contains("alert " + critical + " (CRITICAL)");

		this.alerting.resolve(critical, "Sam", "database restarted");
		this.alerting.notifyDue();

		assertThat(this.notifier.of(high)).containsExactly(Notice.FIRING);
		assertThat(this.notifier.of(medium)).containsExactly(Notice.FIRING);
	}

	@Test
	void aSilenceHoldsTheNoticesOfMatchingAlertsUntilItEnds() {
		this.silences.create(null, "slack", null, NINE, NINE.plus(Duration.ofMinutes(30)), "Sam", "maintenance");
		this.silences.create("test-rule", null, Severity.LOW, NINE, NINE.plus(Duration.ofMinutes(30)), "Sam", null);

		long silenced = this.alerting.raise(condition(Severity.HIGH, "slack"), null).alert().id();
		long lowOfRule = this.alerting.raise(condition(Severity.LOW, "whisper"), null).alert().id();
		long other = this.alerting.raise(condition("other", Severity.MEDIUM, "whisper"), null).alert().id();
		this.clock.advance(Duration.ofMinutes(29));
		this.alerting.notifyDue();

		assertThat(this.notifier.of(silenced)).isEmpty();
		assertThat(this.notifier.of(lowOfRule)).isEmpty();
		assertThat(this.notifier.of(other)).containsExactly(Notice.FIRING);

		this.clock.advance(Duration.ofMinutes(1));
		this.alerting.notifyDue();

		assertThat(this.notifier.of(silenced)).containsExactly(Notice.FIRING);
		assertThat(this.notifier.of(lowOfRule)).containsExactly(Notice.FIRING);
	}

	@Test
	void anAlertResolvedWhileSilencedSendsNoRecoveryNoticeForAFiringNoticeNobodyGot() {
		this.silences.create(null, "slack", null, NINE, NINE.plus(Duration.ofHours(1)), "Sam", null);
		long id = this.alerting.raise(condition(Severity.HIGH, "slack"), null).alert().id();

		this.alerting.resolve(id, "Sam", "Slack is back");

		assertThat(this.notifier.of(id)).isEmpty();
	}

	@Test
	void unacknowledgedAlertsAreRepeatedCriticalHourlyHighEveryFourHoursOthersNever() {
		long critical = this.alerting.raise(condition("c", Severity.CRITICAL, "database"), null).alert().id();
		long high = this.alerting.raise(condition("h", Severity.HIGH, "llm"), null).alert().id();
		long medium = this.alerting.raise(condition("m", Severity.MEDIUM, "whisper"), null).alert().id();

		this.clock.advance(Duration.ofMinutes(59));
		this.alerting.notifyDue();
		assertThat(this.notifier.of(critical)).containsExactly(Notice.FIRING);

		for (int minute = 60; minute <= 240; minute++) {
			this.clock.set(NINE.plus(Duration.ofMinutes(minute)));
			this.alerting.notifyDue();
		}

		assertThat(this.notifier.of(critical)).containsExactly(Notice.FIRING, Notice.REPEAT, Notice.REPEAT,
				Notice.REPEAT, Notice.REPEAT);
		assertThat(this.notifier.of(high)).containsExactly(Notice.FIRING, Notice.REPEAT);
		assertThat(this.notifier.of(medium)).containsExactly(Notice.FIRING);
	}

	@Test
	void onlyOneOfTwoEvaluatorsClaimsTheMinute() {
		this.rule.holding.add(condition(Severity.HIGH, "llm"));

		boolean first = this.evaluation.evaluateIfClaimed();
		boolean second = this.evaluation.evaluateIfClaimed();
		this.clock.advance(Duration.ofMinutes(1));
		boolean nextMinute = this.evaluation.evaluateIfClaimed();

		assertThat(List.of(first, second, nextMinute)).containsExactly(true, false, true);
		assertThat(this.rule.evaluations).isEqualTo(2);
	}

	private static Condition condition(Severity severity, String target) {
		return condition(target, severity, target);
	}

	private static Condition condition(String target, Severity severity, String component) {
		return new Condition("test-rule", Map.of("target", target), severity, component, "Trouble with " + target,
				null);
	}

	static class SwitchableRule implements AlertRule {

		final List<Condition> holding = new ArrayList<>();

		int evaluations;

		@Override
		public String name() {
			return "test-rule";
		}

		@Override
		public List<Condition> evaluate(Instant now) {
			this.evaluations++;
			return List.copyOf(this.holding);
		}

	}

}
