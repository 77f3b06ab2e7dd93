package io.bella.operations.kpi;

import java.time.Instant;

/**
 * An appointment booked, moved or cancelled.
 *
 * @param kind {@code booked}, {@code rescheduled} or {@code cancelled}
 * @param source the channel, {@code voice}, {@code api} or {@code dashboard}
 * @param occurredAt when
 */
record BookingChange(String kind, String source, Instant occurredAt) {

	static final String BOOKED = "booked";

	static final String RESCHEDULED = "rescheduled";

	static final String CANCELLED = "cancelled";

}
