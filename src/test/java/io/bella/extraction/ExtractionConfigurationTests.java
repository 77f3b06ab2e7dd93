package io.bella.extraction;

import io.bella.system.PhoneNumbers;
import io.bella.system.PhoneProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractionConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withUserConfiguration(Registries.class, ExtractionConfiguration.class)
		.withBean(PhoneNumbers.class, () -> new PhoneNumbers(new PhoneProperties("CA")));

	@Test
	void rulesByDefault() {
		this.contextRunner.withPropertyValues("bella.llm.api-key=sk-test")
			.run((context) -> assertThat(context.getBean(AppointmentExtractor.class))
				.isInstanceOf(RuleBasedAppointmentExtractor.class));
	}

	@Test
	void llmModeWithoutApiKeyFallsBackToRules() {
		this.contextRunner.withPropertyValues("bella.extraction.mode=llm", "bella.llm.api-key=")
			.run((context) -> assertThat(context.getBean(AppointmentExtractor.class))
				.isInstanceOf(RuleBasedAppointmentExtractor.class));
	}

	@Test
	void hybridModeWithoutApiKeyFallsBackToRules() {
		this.contextRunner.withPropertyValues("bella.extraction.mode=HYBRID")
			.run((context) -> assertThat(context.getBean(AppointmentExtractor.class))
				.isInstanceOf(RuleBasedAppointmentExtractor.class));
	}

	@Test
	void llmModeWithApiKeyUsesTheModel() {
		this.contextRunner.withPropertyValues("bella.extraction.mode=llm", "bella.llm.api-key=sk-test")
			.run((context) -> assertThat(context.getBean(AppointmentExtractor.class))
				.isInstanceOf(LlmAppointmentExtractor.class));
	}

	@Test
	void hybridModeWithApiKeyAsksTheRulesFirst() {
		this.contextRunner.withPropertyValues("bella.extraction.mode=hybrid", "bella.llm.api-key=sk-test")
			.run((context) -> assertThat(context.getBean(AppointmentExtractor.class))
				.isInstanceOf(HybridAppointmentExtractor.class));
	}

	@Test
	void timeoutOverThreeSecondsIsRefused() {
		this.contextRunner
			.withPropertyValues("bella.extraction.mode=llm", "bella.llm.api-key=sk-test", "bella.llm.timeout=10s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("bella.llm.timeout must be more than 0 and at most 3s"));
	}

	@Test
	void unknownModeIsRefused() {
		this.contextRunner.withPropertyValues("bella.extraction.mode=magic")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ ExtractionProperties.class, LlmProperties.class })
	static class Registries {

		@Bean
		CircuitBreakerRegistry circuitBreakerRegistry() {
			return CircuitBreakerRegistry.ofDefaults();
		}

		@Bean
		TimeLimiterRegistry timeLimiterRegistry() {
			return TimeLimiterRegistry.ofDefaults();
		}

	}

}
