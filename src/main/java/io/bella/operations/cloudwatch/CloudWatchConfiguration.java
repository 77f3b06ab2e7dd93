package io.bella.operations.cloudwatch;

import java.time.Duration;

import io.micrometer.cloudwatch2.CloudWatchConfig;
import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.core.instrument.Clock;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClientBuilder;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The CloudWatch registry, only when a namespace and a region are set: a Micrometer
 * registry of its own, so that Boot adds it to the composite beside Prometheus, with the
 * allow-list and the dropped tags applied to it alone. Credentials come from the AWS
 * SDK's default chain (environment, system properties, profile, container or instance
 * role).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${bella.operations.cloudwatch.namespace:}'.isBlank() "
		+ "and !'${bella.operations.cloudwatch.region:}'.isBlank()")
class CloudWatchConfiguration {

	@Bean(destroyMethod = "close")
	CloudWatchAsyncClient cloudWatchAsyncClient(CloudWatchProperties properties) {
		CloudWatchAsyncClientBuilder builder = CloudWatchAsyncClient.builder()
			.region(Region.of(properties.region().strip()));
		if (properties.endpoint() != null) {
			builder.endpointOverride(properties.endpoint());
		}
		return builder.build();
	}

	@Bean(destroyMethod = "close")
	CloudWatchMeterRegistry cloudWatchMeterRegistry(CloudWatchProperties properties, CloudWatchAsyncClient client) {
		CloudWatchMeterRegistry registry = new CloudWatchMeterRegistry(
				new Settings(properties.namespace().strip(), properties.step()), Clock.SYSTEM, client);
		CloudWatchMeters.filters(properties).forEach(registry.config()::meterFilter);
		return registry;
	}

	/**
	 * The registry's settings from Bella's, not from Micrometer's property keys.
	 */
	private record Settings(String namespace, Duration step) implements CloudWatchConfig {

		@Override
		public String get(String key) {
			return null;
		}

	}

}
