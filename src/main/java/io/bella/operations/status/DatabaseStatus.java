package io.bella.operations.status;

import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The database, as Bella's {@code db} health indicator sees it: a real write within the
 * health budget, answered by its own small pool, so that it can tell even when the main
 * pool is exhausted or the database hangs.
 */
@Component
class DatabaseStatus {

	private final HealthIndicator database;

	DatabaseStatus(@Qualifier("dbHealthIndicator") HealthIndicator database) {
		this.database = database;
	}

	ComponentStatus status() {
		Health health = this.database.health();
		Map<String, Object> details = health.getDetails();
		if (Status.UP.equals(health.getStatus())) {
			return ComponentStatus.green(PlatformStatus.DATABASE,
					"Takes writes (" + details.getOrDefault("database", "database") + ").");
		}
		return ComponentStatus.red(PlatformStatus.DATABASE, "Does not take writes: "
				+ details.getOrDefault("error", health.getStatus().getCode()) + ". Calls cannot book.");
	}

}
