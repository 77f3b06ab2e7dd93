package io.bella.operations.cost;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The prices the ledger estimates with, in USD, from {@code application.yml}: each with
 * the unit it is charged per, where it was read and whether someone confirmed it there. A
 * price nobody confirmed is still used, and every line and answer priced with it says so.
 *
 * @param version the table's version, written on every line priced with it
 * @param effective the day its prices took effect
 * @param voiceInbound Twilio's price per minute of an inbound call to a local number, by
 * the country of the number called (ISO 3166 alpha-2)
 * @param speech Twilio's price of speech recognition per {@code speechIncrement} of a
 * {@code <Gather input="speech">}
 * @param speechIncrement the increment speech recognition is charged in
 * @param sms Twilio's price per outbound SMS segment, by the recipient's country
 * @param models the language models' prices per million tokens, by model as configured
 * ({@code bella.llm.model})
 * @param whisper the transcription's price per minute of recording
 */
public record PriceTable(@DefaultValue("unversioned") String version, LocalDate effective,
		Map<String, Price> voiceInbound, Price speech, @DefaultValue("15s") Duration speechIncrement,
		Map<String, Price> sms, Map<String, TokenPrices> models, Price whisper) {

	public PriceTable {
		voiceInbound = byCountry(voiceInbound);
		sms = byCountry(sms);
		models = (models != null) ? Map.copyOf(models) : Map.of();
	}

	private static Map<String, Price> byCountry(Map<String, Price> prices) {
		Map<String, Price> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		if (prices != null) {
			prices.forEach((country, price) -> copy.put(country.toUpperCase(Locale.ROOT), price));
		}
		return copy;
	}

	Optional<Price> voiceInbound(String country) {
		return Optional.ofNullable((country != null) ? this.voiceInbound.get(country) : null);
	}

	Optional<Price> sms(String country) {
		return Optional.ofNullable((country != null) ? this.sms.get(country) : null);
	}

	/**
	 * The prices of a model: its own, or those of the configured name it is a snapshot of
	 * ({@code gpt-4o-mini-2024-07-18} is priced as {@code gpt-4o-mini}).
	 */
	Optional<TokenPrices> model(String model) {
		if (model == null) {
			return Optional.empty();
		}
		return this.models.entrySet()
			.stream()
			.filter((entry) -> model.equals(entry.getKey()) || model.startsWith(entry.getKey() + "-"))
			.max(Map.Entry.comparingByKey((a, b) -> Integer.compare(a.length(), b.length())))
			.map(Map.Entry::getValue);
	}

	/**
	 * One price.
	 *
	 * @param usd the price in USD
	 * @param per what it is charged per ({@code minute}, {@code segment},
	 * {@code 1M tokens}, {@code 15 s})
	 * @param confirmed whether someone read it at the source and confirmed it;
	 * {@code false} marks a price taken from elsewhere or from memory
	 * @param source where it is published
	 */
	public record Price(BigDecimal usd, String per, boolean confirmed, String source) {
	}

	/**
	 * A language model's prices per million tokens.
	 *
	 * @param input the prompt's tokens
	 * @param output the answer's tokens
	 */
	public record TokenPrices(Price input, Price output) {
	}

}
