package io.bella.operations.rules;

import java.time.Clock;

import io.bella.operations.alerts.Alerting;
import io.bella.operations.alerts.AlertingProperties;
import io.bella.operations.alerts.Severity;
import io.bella.operations.notifications.NotificationChannels;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database-down watch, wired to Bella's {@code db} health indicator (a real write
 * within the health budget), the channels' direct sending and the alert history.
 */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

	@Bean
	DatabaseDownWatch databaseDownWatch(@Qualifier("dbHealthIndicator") HealthIndicator database,
			NotificationChannels channels, Alerting alerting, AlertingProperties alerts, Clock clock) {
		return new DatabaseDownWatch(database, channels::sendNow, alerting::recordPast,
				alerts.repeat().get(Severity.CRITICAL), clock);
	}

}
