package io.bella.operations.slo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
		List<Object> params = new ArrayList<>(this.askedPatterns);
		params.add(this.answeredPattern);
		params.add(utc(from));
		params.add(utc(to));
		return this.jdbc
			.sql("""
					SELECT COUNT(*) AS total, COALESCE(SUM(CASE
					  WHEN c.outcome IN ('BOOKED', 'RESCHEDULED', 'CANCELLED') THEN 1
					  WHEN c.outcome IN ('TRANSFERRED', 'MESSAGE_TAKEN') AND EXISTS (
					    SELECT 1 FROM call_turn h WHERE h.call_sid = c.call_sid
					    AND h.action IN ('TRANSFER', 'TAKE_MESSAGE') AND h.fallback = FALSE AND %s) THEN 1
					  WHEN c.outcome = 'ABANDONED' AND EXISTS (
					    SELECT 1 FROM call_turn a WHERE a.call_sid = c.call_sid AND a.said LIKE ? ESCAPE '!')
					    AND NOT EXISTS (SELECT 1 FROM call_turn f WHERE f.call_sid = c.call_sid AND f.fallback = TRUE)
					    THEN 1
					  ELSE 0 END), 0) AS good
					FROM call_record c
					WHERE c.ended_at >= ? AND c.ended_at < ?
					AND EXISTS (SELECT 1 FROM call_turn s WHERE s.call_sid = c.call_sid AND s.heard IS NOT NULL)"""
				.formatted(this.askedHandoff))
			.params(params)
			.query((rs, row) -> new Counts(rs.getLong("total"), rs.getLong("good")))
			.single();
	}

	private static String escape(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
