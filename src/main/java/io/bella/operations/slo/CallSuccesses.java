package io.bella.operations.slo;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The call-success SLI, read from the calls' records ({@code call_record},
 * {@code call_turn}); no counters. A call counts once it ended, if the caller was heard
 * at least once (a turn with speech). It succeeded when:
 * <ul>
 * <li>it booked, moved or cancelled an appointment;</li>
 * <li>it was answered: Bella dealt with a request (it asked "anything else?") and the
 * call ended otherwise without an outcome and without an apology;</li>
 * <li>it was handed to a person or a message because the caller asked for it: the
 * handing-over turn was no apology and Bella's reply began as it does when the caller
 * asked for a person or a message, accepted Bella's offer of one, or reported an
 * emergency ({@code asked-handoffs}). A hand-over because Bella did not understand twice,
 * could not find the caller's appointment twice or could not answer a question is
 * not.</li>
 * </ul>
 */
@Component
class CallSuccesses {

	private final JdbcClient jdbc;

	private final String askedHandoff;

	private final List<String> askedPatterns;

	private final String answeredPattern;

	CallSuccesses(JdbcClient jdbc, SloProperties properties) {
		this.jdbc = jdbc;
		this.askedPatterns = properties.askedHandoffs().stream().map((prefix) -> escape(prefix) + "%").toList();
		this.askedHandoff = this.askedPatterns.isEmpty() ? "FALSE"
				: this.askedPatterns.stream()
					.map((pattern) -> "h.said LIKE ? ESCAPE '!'")
					.collect(Collectors.joining(" OR ", "(", ")"));
		this.answeredPattern = "%" + escape(properties.answeredMarker()) + "%";
	}

	/**
	 * The calls that ended in the window.
	 */
	Counts count(Instant from, Instant to) {
		return count(List.of(from), from, to).get(0);
	}

	/**
	 * The calls that ended in several windows that end together, with one query.
	 */
	Map<Duration, Counts> count(Instant end, List<Duration> windows) {
		List<Instant> froms = windows.stream().map(end::minus).toList();
		Instant earliest = froms.stream().min(Instant::compareTo).orElse(end);
		List<Counts> counts = count(froms, earliest, end);
		Map<Duration, Counts> byWindow = new LinkedHashMap<>();
		for (int i = 0; i < windows.size(); i++) {
			byWindow.put(windows.get(i), counts.get(i));
		}
		return byWindow;
	}

	private List<Counts> count(List<Instant> froms, Instant earliest, Instant to) {
		List<Object> params = new ArrayList<>();
		StringBuilder sums = new StringBuilder();
		for (int i = 0; i < froms.size(); i++) {
			sums.append((i > 0) ? ",\n" : "")
				.append("COALESCE(SUM(CASE WHEN ended_at >= ? THEN 1 ELSE 0 END), 0) AS total_")
				.append(i)
				.append(", COALESCE(SUM(CASE WHEN ended_at >= ? THEN good ELSE 0 END), 0) AS good_")
				.append(i);
			params.add(utc(froms.get(i)));
			params.add(utc(froms.get(i)));
		}
		params.addAll(this.askedPatterns);
		params.add(this.answeredPattern);
		params.add(utc(earliest));
		params.add(utc(to));
		return this.jdbc.sql("""
				SELECT %s FROM (
				  SELECT c.ended_at, CASE
				    WHEN c.outcome IN ('BOOKED', 'RESCHEDULED', 'CANCELLED') THEN 1
				    WHEN c.outcome IN ('TRANSFERRED', 'MESSAGE_TAKEN') AND EXISTS (
				      SELECT 1 FROM call_turn h WHERE h.call_sid = c.call_sid
				      AND h.action IN ('TRANSFER', 'TAKE_MESSAGE') AND h.fallback = FALSE AND %s) THEN 1
				    WHEN c.outcome = 'ABANDONED' AND EXISTS (
				      SELECT 1 FROM call_turn a WHERE a.call_sid = c.call_sid AND a.said LIKE ? ESCAPE '!')
				      AND NOT EXISTS (SELECT 1 FROM call_turn f WHERE f.call_sid = c.call_sid AND f.fallback = TRUE)
				      THEN 1
				    ELSE 0 END AS good
				  FROM call_record c
				  WHERE c.ended_at >= ? AND c.ended_at < ?
				  AND EXISTS (SELECT 1 FROM call_turn s WHERE s.call_sid = c.call_sid AND s.heard IS NOT NULL)
				) calls""".formatted(sums, this.askedHandoff)).params(params).query((rs, row) -> {
			List<Counts> counts = new ArrayList<>();
			for (int i = 0; i < froms.size(); i++) {
				counts.add(new Counts(rs.getLong("total_" + i), rs.getLong("good_" + i)));
			}
			return counts;
		}).single();
	}

	private static String escape(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
