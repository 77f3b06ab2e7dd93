package io.bella.simulator;

import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import io.bella.BellaApplication;
import io.bella.extraction.AppointmentExtractor;
import io.bella.extraction.RuleBasedAppointmentExtractor;

/**
 * Bella with the rule engine as its understanding whatever else is configured, as the
 * voice load benchmark measures it. Deliberately not a {@code @Configuration}, so that
 * component scanning in tests never picks it up.
 */
public class RuleEngineBella {

	@Bean
	@Primary
	AppointmentExtractor ruleEngineAppointmentExtractor() {
		return new RuleBasedAppointmentExtractor();
	}

	public static void main(String[] args) {
		SpringApplication.run(new Class<?>[] { BellaApplication.class, RuleEngineBella.class }, args);
	}

}
