package io.bella.operations.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.bella.system.PhoneNumbers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Asks the database, then every {@link StatusContributor}, and takes the worst of their
 * answers. The database's own check is bounded by the health budget; when it is down, the
 * contributors that read the database are not asked. Those are asked on a few threads of
 * their own and waited for within the same budget, so that a database that hangs costs
 * the answer one budget, and a query that fails or does not answer in time turns the
 * database red.
 */
@Component
class PlatformStatus implements AutoCloseable {

	static final String DATABASE = "database";

	private static final int MAX_REASON = 300;

	private final DatabaseStatus database;

	private final ObjectProvider<StatusContributor> contributors;

	private final Duration budget;

	private final Clock clock;

	private final ThreadPoolExecutor readers;

	PlatformStatus(DatabaseStatus database, ObjectProvider<StatusContributor> contributors,
			@Value("${bella.health.database-budget:1s}") Duration budget, Clock clock) {
		this.database = database;
		this.contributors = contributors;
		this.budget = budget;
		this.clock = clock;
		// a few readers and a short queue: while the database hangs, status answers say
		// "not known" at once instead of piling up threads that wait for connections
		this.readers = new ThreadPoolExecutor(4, 4, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(16), (task) -> {
			Thread thread = new Thread(task, "status-reader");
			thread.setDaemon(true);
			return thread;
		});
		this.readers.allowCoreThreadTimeOut(true);
	}

	/** Every component now, the database first. */
	List<ComponentStatus> components() {
		Instant now = this.clock.instant();
		ComponentStatus database = this.database.status();
		boolean databaseUp = database.status() != StatusLevel.RED;
		List<Asked> asked = this.contributors.orderedStream()
			.map((contributor) -> ask(contributor, now, databaseUp))
			.toList();
		long deadline = System.nanoTime() + this.budget.toNanos();
		List<ComponentStatus> components = new ArrayList<>();
		String databaseTrouble = null;
		for (Asked question : asked) {
			Answer answer = question.await(deadline, this.budget);
			components.addAll(answer.components());
			if (databaseTrouble == null && answer.databaseTrouble() != null) {
				databaseTrouble = answer.databaseTrouble();
			}
		}
		if (databaseTrouble != null && database.status() != StatusLevel.RED) {
			database = ComponentStatus.red(DATABASE, databaseTrouble);
		}
		components.add(0, database);
		return components;
	}

	/** The worst of the components' statuses; green when there are none. */
	static StatusLevel overall(List<ComponentStatus> components) {
		StatusLevel overall = StatusLevel.GREEN;
		for (ComponentStatus component : components) {
			overall = overall.worst(component.status());
		}
		return overall;
	}

	private Asked ask(StatusContributor contributor, Instant now, boolean databaseUp) {
		if (!contributor.usesDatabase()) {
			return new Asked(contributor, CompletableFuture.completedFuture(answer(contributor, now)));
		}
		if (!databaseUp) {
			return new Asked(contributor, CompletableFuture.completedFuture(
					Answer.of(ComponentStatus.yellow(contributor.name(), "Not known while the database is down."))));
		}
		try {
			return new Asked(contributor, CompletableFuture.supplyAsync(() -> answer(contributor, now), this.readers));
		}
		catch (RejectedExecutionException ex) {
			return new Asked(contributor, CompletableFuture
				.completedFuture(unknown(contributor, "earlier status checks are still waiting for the database")));
		}
	}

	private static Answer answer(StatusContributor contributor, Instant now) {
		try {
			return new Answer(List.copyOf(contributor.status(now)), null);
		}
		catch (DataAccessException ex) {
			return unknown(contributor, "the database failed: " + describe(ex));
		}
		catch (RuntimeException ex) {
			return Answer.of(ComponentStatus.yellow(contributor.name(), "Could not tell: " + describe(ex)));
		}
	}

	private static Answer unknown(StatusContributor contributor, String trouble) {
		return new Answer(List.of(ComponentStatus.yellow(contributor.name(), "Not known: " + trouble + ".")),
				"Bella's queries do not go through: " + trouble + ".");
	}

	// the innermost cause says what went wrong (a refused connection, a timeout); a
	// database's message can quote a statement's values, so numbers in it are masked
	private static String describe(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = (cause.getMessage() != null) ? ": " + PhoneNumbers.maskWithin(cause.getMessage()) : "";
		String described = cause.getClass().getSimpleName() + message;
		return (described.length() > MAX_REASON) ? described.substring(0, MAX_REASON - 1) + "…" : described;
	}

	@Override
	public void close() {
		this.readers.shutdownNow();
	}

	/**
	 * What one contributor answered.
	 *
	 * @param components its components
	 * @param databaseTrouble why the database failed it, {@code null} when it did not
	 */
	private record Answer(List<ComponentStatus> components, String databaseTrouble) {

		static Answer of(ComponentStatus component) {
			return new Answer(List.of(component), null);
		}

	}

	private record Asked(StatusContributor contributor, CompletableFuture<Answer> answer) {

		Answer await(long deadline, Duration budget) {
			try {
				return this.answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			catch (TimeoutException ex) {
				this.answer.cancel(false);
				return unknown(this.contributor, "no answer from the database within " + budget.toMillis() + " ms");
			}
			catch (ExecutionException ex) {
				return unknown(this.contributor, describe(ex.getCause()));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return unknown(this.contributor, "interrupted");
			}
		}

	}

}
