package io.bella.operations.status;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.bella.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The status answer from its contributors: the worst component is the overall status, a
 * database that is down is not asked, and one that fails or hangs turns the database red
 * and its readers yellow, within the budget.
 */
class PlatformStatusTests {

	static final Duration BUDGET = Duration.ofMillis(300);

	boolean databaseUp = true;

	List<String> asked = new ArrayList<>();

	CountDownLatch hanging = new CountDownLatch(1);

	StaticListableBeanFactory beans = new StaticListableBeanFactory();

	PlatformStatus status = new PlatformStatus(
			new DatabaseStatus(() -> this.databaseUp ? Health.up().withDetail("database", "PostgreSQL").build()
					: Health.down().withDetail("error", "no answer within 1000 ms").build()),
			this.beans.getBeanProvider(StatusContributor.class), BUDGET,
			new MutableClock(Instant.parse("2026-03-02T13:00:00Z")));

	@AfterEach
	void release() {
		this.hanging.countDown();
		this.status.close();
	}

	@Test
	void theOverallStatusIsTheWorstComponentAndTheDatabaseComesFirst() {
		this.beans.addBean("breakers", contributor("breakers", false, ComponentStatus.green("breaker:llm", "Closed."),
				ComponentStatus.yellow("breaker:twilio", "Open.")));
		this.beans.addBean("budget", contributor("budget", true, ComponentStatus.green("budget", "12 %.")));

		List<ComponentStatus> components = this.status.components();

		assertThat(components).extracting(ComponentStatus::name)
			.containsExactly("database", "breaker:llm", "breaker:twilio", "budget");
		assertThat(components.get(0).status()).isEqualTo(StatusLevel.GREEN);
		assertThat(components.get(0).reason()).contains("PostgreSQL");
		assertThat(PlatformStatus.overall(components)).isEqualTo(StatusLevel.YELLOW);

		this.beans.addBean("alerts", contributor("alerts", true, ComponentStatus.red("alerts", "1 critical.")));
		assertThat(PlatformStatus.overall(this.status.components())).isEqualTo(StatusLevel.RED);
		assertThat(PlatformStatus.overall(List.of())).isEqualTo(StatusLevel.GREEN);
	}

	@Test
	void whileTheDatabaseIsDownItIsRedAndItsReadersAreNotAskedButOthersAre() {
		this.databaseUp = false;
		this.beans.addBean("budget", contributor("budget", true, ComponentStatus.green("budget", "12 %.")));
		this.beans.addBean("breakers", contributor("breakers", false, ComponentStatus.green("breaker:llm", "Closed.")));

		List<ComponentStatus> components = this.status.components();

		assertThat(this.asked).containsExactly("breakers");
		assertThat(components).extracting(ComponentStatus::name, ComponentStatus::status)
			.containsExactly(tuple("database", StatusLevel.RED), tuple("budget", StatusLevel.YELLOW),
					tuple("breaker:llm", StatusLevel.GREEN));
		assertThat(components.get(0).reason()).contains("no answer within 1000 ms");
		assertThat(components.get(1).reason()).isEqualTo("Not known while the database is down.");
	}

	@Test
	void aQueryThatFailsTurnsTheDatabaseRedAndItsComponentYellowWithTheCauseMasked() {
		this.beans.addBean("budget", new Contributor("budget", true, () -> {
			throw new DataAccessResourceFailureException("pool",
					new SQLException("Connection refused for patient +14165550123"));
		}));

		List<ComponentStatus> components = this.status.components();

		assertThat(components.get(0).status()).isEqualTo(StatusLevel.RED);
		assertThat(components.get(0).reason())
			.isEqualTo("Bella's queries do not go through: the database failed: SQLException: Connection refused "
					+ "for patient +1********23.");
		assertThat(components.get(1)).isEqualTo(ComponentStatus.yellow("budget",
				"Not known: the database failed: SQLException: Connection refused for patient +1********23."));
	}

	@Test
	void aQueryThatHangsIsNotWaitedForLongerThanTheBudget() {
		this.beans.addBean("alerts", new Contributor("alerts", true, () -> {
			await(this.hanging);
			return List.of(ComponentStatus.green("alerts", "None."));
		}));
		this.beans.addBean("breakers", contributor("breakers", false, ComponentStatus.green("breaker:llm", "Closed.")));

		long started = System.nanoTime();
		List<ComponentStatus> components = this.status.components();
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(took).isGreaterThanOrEqualTo(BUDGET).isLessThan(BUDGET.plusMillis(500));
		assertThat(components).extracting(ComponentStatus::name).containsExactly("database", "alerts", "breaker:llm");
		assertThat(components.get(0).status()).isEqualTo(StatusLevel.RED);
		assertThat(components.get(0).reason()).contains("no answer from the database within 300 ms");
		assertThat(components.get(1).status()).isEqualTo(StatusLevel.YELLOW);
	}

	@Test
	void aContributorThatFailsOtherwiseIsYellowAndLeavesTheDatabaseAlone() {
		this.beans.addBean("slo", new Contributor("slo", false, () -> {
			throw new IllegalStateException("no objectives");
		}));

		List<ComponentStatus> components = this.status.components();

		assertThat(components.get(0).status()).isEqualTo(StatusLevel.GREEN);
		assertThat(components.get(1))
			.isEqualTo(ComponentStatus.yellow("slo", "Could not tell: IllegalStateException: no objectives"));
	}

	private StatusContributor contributor(String name, boolean usesDatabase, ComponentStatus... components) {
		return new Contributor(name, usesDatabase, () -> {
			this.asked.add(name);
			return List.of(components);
		});
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private record Contributor(String name, boolean usesDatabase,
			Supplier<List<ComponentStatus>> answer) implements StatusContributor {

		@Override
		public List<ComponentStatus> status(Instant now) {
			return this.answer.get();
		}

	}

}
