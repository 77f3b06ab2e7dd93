package io.bella.extraction;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Bella understands callers.
 *
 * @param mode {@code rules} (default: no keys, no network), {@code llm} (the language
 * model reads every utterance, the rules resolve what it heard and take over when it
 * fails) or {@code hybrid} (the rules first, the model only where they are unsure)
 * @param hybridThreshold in hybrid mode, a rule reading below this confidence is shown to
 * the model
 * @param defaultTimeZone the zone the extraction API reads dates in when the request
 * names none and no clinic is set up
 */
@ConfigurationProperties("bella.extraction")
public record ExtractionProperties(@DefaultValue("rules") Mode mode, @DefaultValue("0.7") double hybridThreshold,
		@DefaultValue("America/Toronto") ZoneId defaultTimeZone) {

	public ExtractionProperties {
		if (hybridThreshold < 0 || hybridThreshold > 1) {
			throw new IllegalArgumentException(
					"bella.extraction.hybrid-threshold must be between 0 and 1, was " + hybridThreshold);
		}
	}

	/**
	 * Which engine reads what callers say.
	 */
	public enum Mode {

		RULES, LLM, HYBRID

	}

}
