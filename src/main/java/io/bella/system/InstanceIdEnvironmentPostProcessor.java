package io.bella.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settles this instance's id before logging starts, so that every log line carries it
 * from the first: the structured JSON lines as {@code instance_id}
 * ({@code logging.structured.json.add.instance_id}) and, in the ECS format, as
 * {@code service.node.name}, on every thread, request or not. The id made here is the one
 * {@link InstanceId} holds.
 */
class InstanceIdEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String SOURCE_NAME = "bellaInstanceId";

	static final String PROPERTY = "bella.operations.instance-id";

	static final String LOG_FIELD = "logging.structured.json.add.instance_id";

	static final String ECS_NODE_NAME = "logging.structured.ecs.service.node-name";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		InstanceId instance;
		try {
			instance = InstanceId.of(environment.getProperty(PROPERTY));
		}
		catch (IllegalArgumentException ex) {
			// an id that is too long: binding the setting reports it, in one line
			return;
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put(PROPERTY, instance.value());
		properties.put(LOG_FIELD, instance.value());
		if (!environment.containsProperty(ECS_NODE_NAME)) {
			properties.put(ECS_NODE_NAME, instance.value());
		}
		environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, properties));
	}

}
