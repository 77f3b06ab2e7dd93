package io.bella.scaleout;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.bella.ApiClient;
import io.bella.BellaApplication;
import io.bella.simulator.CallSimulator;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * One Bella started by a test as a process of its own would run: its own Spring context,
 * web server, schedulers and event listeners, with the settings given, the clock the test
 * shares among its instances and a {@link JobRunLog}.
 */
final class BellaInstance implements AutoCloseable {

	private final String id;

	private final ConfigurableApplicationContext context;

	private final int port;

	private BellaInstance(String id, ConfigurableApplicationContext context) {
		this.id = id;
		this.context = context;
		this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	/**
	 * Starts an instance.
	 * @param id its instance id ({@code bella.operations.instance-id})
	 * @param settings its settings, as on its command line
	 * @param clock the clock of all instances
	 * @param runs where the instances note the runs of their periodic jobs
	 * @return the instance, started
	 */
	static BellaInstance start(String id, Map<String, String> settings, Clock clock, List<JobRunLog.Run> runs) {
		List<String> args = new ArrayList<>();
		settings.forEach((name, value) -> args.add("--" + name + "=" + value));
		args.add("--bella.operations.instance-id=" + id);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(BellaApplication.class)
			.initializers((created) -> {
				GenericApplicationContext application = (GenericApplicationContext) created;
				// the tests' own configurations are on the class path: as in a test's
				// context, component scanning leaves them out
				application.registerBean("testTypeExcludeFilter", TestTypes.class, TestTypes::new);
				application.registerBean("sharedClock", Clock.class, () -> clock,
						(definition) -> definition.setPrimary(true));
				application.registerBean("jobRunLog", JobRunLog.class, () -> new JobRunLog(id, clock, runs));
			})
			.run(args.toArray(String[]::new));
		return new BellaInstance(id, context);
	}

	String id() {
		return this.id;
	}

	int port() {
		return this.port;
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	ApiClient api(String apiKey) {
		return new ApiClient(this.port, apiKey);
	}

	/**
	 * Twilio, posting this instance its signed webhooks.
	 */
	CallSimulator twilio(String authToken) {
		return new CallSimulator(URI.create("http://localhost:" + this.port), authToken, null);
	}

	@Override
	public void close() {
		this.context.close();
	}

	@Override
	public String toString() {
		return this.id + " on port " + this.port;
	}

	/**
	 * Leaves the tests' configurations ({@code @TestConfiguration},
	 * {@code @TestComponent}) out of component scanning.
	 */
	static final class TestTypes extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getAnnotationMetadata().hasAnnotation(TestComponent.class.getName())
					|| reader.getAnnotationMetadata().hasMetaAnnotation(TestComponent.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other != null && other.getClass() == getClass();
		}

		@Override
		public int hashCode() {
			return getClass().hashCode();
		}

	}

}
