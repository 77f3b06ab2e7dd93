package io.bella.operations.cost;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import io.bella.operations.cost.PriceTable.Price;
import io.bella.operations.cost.PriceTable.TokenPrices;

/**
 * The price table of the tests, written out so that every expected amount can be worked
 * out by hand: a minute 0.0085, a speech recognition 0.02 per 15 s, a text segment
 * 0.0083, gpt-4o-mini 0.15 and 0.60 per million tokens, transcription 0.006 a minute.
 */
final class Prices {

	static final String VERSION = "test-2026-03";

	private Prices() {
	}

	static PriceTable table() {
		return new PriceTable(VERSION, LocalDate.of(2026, 3, 1),
				Map.of("CA", price("0.0085", "minute"), "US", price("0.0085", "minute")), price("0.02", "15 s"),
				Duration.ofSeconds(15), Map.of("CA", price("0.0083", "segment")),
				Map.of("gpt-4o-mini",
						new TokenPrices(price("0.15", "1M tokens"),
								new Price(new BigDecimal("0.60"), "1M tokens", true,
										"https://openai.com/api/pricing/"))),
				new Price(new BigDecimal("0.006"), "minute", true, "https://developers.openai.com/"));
	}

	static CostProperties properties(BigDecimal budget) {
		return new CostProperties(
				budget, new BigDecimal("0.05"), 800, Duration.ofDays(3), new CostProperties.Jobs(Duration.ofMinutes(5),
						Duration.ofDays(2), Duration.ofMinutes(2), Duration.ofMinutes(30), Duration.ofDays(7), 100),
				table());
	}

	private static Price price(String usd, String per) {
		return new Price(new BigDecimal(usd), per, false, "https://www.twilio.com/en-us/pricing");
	}

}
