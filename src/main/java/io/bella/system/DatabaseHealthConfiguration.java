package io.bella.system;

import java.time.Clock;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database health check, under the name Boot's own indicator would have ({@code db}),
 * so that it stands in for it in {@code /actuator/health} and the readiness group.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseHealthConfiguration {

	@Bean
	DatabaseHealthIndicator dbHealthIndicator(DataSourceProperties dataSource, HealthProperties properties,
			Clock clock) {
		return new DatabaseHealthIndicator(dataSource.determineUrl(), dataSource.determineUsername(),
				dataSource.determinePassword(), properties.databaseBudget(), clock);
	}

}
