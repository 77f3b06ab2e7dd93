package io.bella.operations.status;

import java.time.Instant;
import java.util.List;

/**
 * A part of {@code /api/unified/status}: declare a bean of this type and its components
 * are listed, and count towards the overall status (the worst of all). A contributor that
 * reads the database says so, and is then asked on a thread of its own within the health
 * budget ({@code bella.health.database-budget}): when the database is down or slow it is
 * not asked, or not waited for, and its component is yellow, not known.
 */
public interface StatusContributor {

	/**
	 * What it reports on ({@code budget}), the name of its component when it cannot tell.
	 */
	String name();

	/**
	 * How its components are doing now.
	 * @param now the time, from the injected clock
	 * @return one component or several (one per circuit breaker)
	 */
	List<ComponentStatus> status(Instant now);

	/**
	 * Whether it reads the database, so that a database that is down or slow cannot hold
	 * the status answer.
	 */
	default boolean usesDatabase() {
		return false;
	}

}
