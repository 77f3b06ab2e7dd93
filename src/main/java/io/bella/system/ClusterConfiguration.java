package io.bella.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * This instance's id, made once at start, and the scheduler that runs every module's
 * periodic jobs (those that one instance runs per interval go through
 * {@link ClusterJobs}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ClusterConfiguration {

	@Bean
	InstanceId instanceId(ClusterProperties properties) {
		return InstanceId.of(properties.instanceId());
	}

}
