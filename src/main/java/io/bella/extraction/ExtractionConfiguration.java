package io.bella.extraction;

import io.bella.system.PhoneNumbers;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Chooses the engine that reads callers: the rules unless a mode that uses the language
 * model is set and a key for it is present.
 */
@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

	static final String BREAKER = "llm";

	private static final Logger log = LoggerFactory.getLogger(ExtractionConfiguration.class);

	@Bean
	RuleBasedAppointmentExtractor ruleBasedAppointmentExtractor() {
		return new RuleBasedAppointmentExtractor();
	}

	@Bean
	@Primary
	AppointmentExtractor appointmentExtractor(ExtractionProperties extraction, LlmProperties llm,
			RuleBasedAppointmentExtractor rules, CircuitBreakerRegistry circuitBreakers,
			TimeLimiterRegistry timeLimiters, PhoneNumbers phoneNumbers) {
		ExtractionProperties.Mode mode = extraction.mode();
		if (mode == ExtractionProperties.Mode.RULES) {
			log.info("Understanding callers with the rules (BELLA_EXTRACTION_MODE=rules)");
			return rules;
		}
		if (!llm.enabled()) {
			log.warn("BELLA_EXTRACTION_MODE={} needs a language model, but OPENAI_API_KEY is not set: "
					+ "understanding callers with the rules only", mode.name().toLowerCase());
			return rules;
		}
		LlmAppointmentExtractor model = new LlmAppointmentExtractor(LlmAppointmentExtractor.client(llm), llm, rules,
				circuitBreakers.circuitBreaker(BREAKER), timeLimiters.timeLimiter(BREAKER), phoneNumbers);
		log.info("Understanding callers in {} mode with model {} at {} (timeout {}, rules as fallback)",
				mode.name().toLowerCase(), llm.model(), llm.baseUrl(), llm.timeout());
		return (mode == ExtractionProperties.Mode.LLM) ? model
				: new HybridAppointmentExtractor(rules, model, extraction.hybridThreshold());
	}

}
