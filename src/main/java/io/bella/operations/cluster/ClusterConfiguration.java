package io.bella.operations.cluster;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * This instance's id, made once at start, and the scheduler that runs the module's
 * periodic jobs.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ClusterConfiguration {

	@Bean
	InstanceId instanceId(ClusterProperties properties) {
		return InstanceId.of(properties.instanceId());
	}

}
