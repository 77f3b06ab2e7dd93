package io.bella.dashboard.calls;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import io.bella.system.PhoneNumbers;
import io.bella.voice.CallQuery;

import org.springframework.util.StringUtils;

/**
 * The Calls page's filters as staff typed them, read into a {@link CallQuery}: the list
 * and its CSV export read the same filter, so they find the same calls. A value that
 * cannot be read is left out of the query and named in {@link #errors()}.
 *
 * @param values the filters as typed (trimmed, blanks left out), by parameter name
 * @param from calls from this day (clinic time)
 * @param to calls up to and including this day (clinic time)
 * @param outcome how they ended ({@link CallQuery#OUTCOMES})
 * @param caller the caller's number, E.164
 * @param minCost at least this cost, USD
 * @param minP95LatencyMs at least this p95 turn latency, milliseconds
 * @param errors what could not be read, by parameter name
 */
public record CallFilter(Map<String, String> values, LocalDate from, LocalDate to, String outcome, String caller,
		BigDecimal minCost, Integer minP95LatencyMs, Map<String, String> errors) {

	/** The parameters the filter reads. */
	static final String[] NAMES = { "from", "to", "outcome", "caller", "minCost", "minP95" };

	/**
	 * Reads the filters from request parameters ({@code from}, {@code to} as ISO dates,
	 * {@code outcome}, {@code caller} in any common phone format, {@code minCost} in USD,
	 * {@code minP95} in milliseconds).
	 */
	public static CallFilter parse(Map<String, String> params, PhoneNumbers phoneNumbers) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String name : NAMES) {
			String value = params.get(name);
			if (StringUtils.hasText(value)) {
				values.put(name, value.strip());
			}
		}
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate from = date(values, "from", errors);
		LocalDate to = date(values, "to", errors);
		if (from != null && to != null && to.isBefore(from)) {
			errors.put("to", "The last day is before the first day.");
			to = null;
		}
		String outcome = values.get("outcome");
		if (outcome != null && !CallQuery.OUTCOMES.contains(outcome.toUpperCase(Locale.ROOT))) {
			errors.put("outcome", "Choose an outcome from the list.");
			outcome = null;
		}
		String caller = null;
		if (values.containsKey("caller")) {
			caller = phoneNumbers.e164(values.get("caller")).orElse(null);
			if (caller == null) {
				errors.put("caller", "The caller is not a phone number (like 416 555 0123 or +14165550123).");
			}
		}
		BigDecimal minCost = decimal(values, "minCost", errors);
		BigDecimal minP95 = decimal(values, "minP95", errors);
		return new CallFilter(Collections.unmodifiableMap(values), from, to, outcome, caller, minCost,
				(minP95 != null) ? minP95.intValue() : null, Collections.unmodifiableMap(errors));
	}

	/**
	 * The query for these filters, days read in the clinic's time zone.
	 */
	public CallQuery query(ZoneId zone) {
		return new CallQuery((this.from != null) ? this.from.atStartOfDay(zone).toInstant() : null,
				(this.to != null) ? this.to.plusDays(1).atStartOfDay(zone).toInstant() : null, this.outcome,
				this.caller, this.minP95LatencyMs, this.minCost);
	}

	/**
	 * The filters as a query string ({@code ?from=…}), for links to the export and to
	 * other pages; empty without filters.
	 */
	public String queryString() {
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		this.values.forEach((name, value) -> {
			if (!this.errors.containsKey(name)) {
				query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		});
		return query.toString();
	}

	/** The filter as typed, or an empty string. */
	public String value(String name) {
		return this.values.getOrDefault(name, "");
	}

	private static LocalDate date(Map<String, String> values, String name, Map<String, String> errors) {
		String value = values.get(name);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			errors.put(name, "The day is not a date like 2026-03-02.");
			return null;
		}
	}

	private static BigDecimal decimal(Map<String, String> values, String name, Map<String, String> errors) {
		String value = values.get(name);
		if (value == null) {
			return null;
		}
		try {
			BigDecimal number = new BigDecimal(value);
			if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(1_000_000_000)) > 0) {
				throw new NumberFormatException();
			}
			return number;
		}
		catch (NumberFormatException ex) {
			errors.put(name, "Give a number of 0 or more.");
			return null;
		}
	}

}
