package io.bella.operations.slo;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrometheusConventionsTests {

	final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	PrometheusConventionsTests() {
		this.registry.config().meterFilter(new PrometheusConventions());
	}

	@Test
	void aMeterWithoutADescriptionGetsOneFromItsNameInSnakeCase() {
		Counter counter = Counter.builder("spring.security.filterchains.AuthenticationFilter.before")
			.register(this.registry);

		assertThat(counter.getId().getName()).isEqualTo("spring.security.filterchains.authentication_filter.before");
		assertThat(counter.getId().getDescription())
			.isEqualTo("Spring security filterchains authentication filter before");
	}

	@Test
	void aDescriptionGivenIsKeptAndAMillisecondUnitMovesIntoIt() {
		Meter compilation = FunctionCounter.builder("jvm.compilation.time", this, (self) -> 1)
			.description("The approximate accumulated elapsed time spent in compilation")
			.baseUnit("ms")
			.register(this.registry);

		assertThat(compilation.getId().getBaseUnit()).isNull();
		assertThat(compilation.getId().getDescription())
			.isEqualTo("The approximate accumulated elapsed time spent in compilation (in milliseconds)");
		assertThat(
				Counter.builder("bella.calls").description("Calls").baseUnit("calls").register(this.registry).getId())
			.satisfies((id) -> {
				assertThat(id.getDescription()).isEqualTo("Calls");
				assertThat(id.getBaseUnit()).isEqualTo("calls");
			});
	}

	@Test
	void theCpuCountGaugeLosesItsSummaryLikeSuffix() {
		Gauge cpus = Gauge.builder("system.cpu.count", () -> 2).register(this.registry);

		assertThat(cpus.getId().getName()).isEqualTo("system.cpus");
	}

}
