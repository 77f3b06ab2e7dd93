package io.bella.operations.slo;

import java.time.Instant;

import io.bella.booking.AppointmentBooked;
import io.bella.booking.BookingSource;
import io.bella.dialogue.CallOutcome;
import io.bella.voice.CallEnded;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallMetersTests {

	static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

	final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	final CallMeters meters = new CallMeters(this.registry);

	@Test
	void callsAreCountedByOutcomeAndBookingsBySource() {
		this.meters.on(new CallEnded("CA1", CallOutcome.BOOKED, 60, 7L, NOW));
		this.meters.on(new CallEnded("CA2", CallOutcome.BOOKED, 90, 8L, NOW));
		this.meters.on(new CallEnded("CA3", CallOutcome.TRANSFERRED, 30, null, NOW));
		this.meters.on(new AppointmentBooked(7, 1, 1, NOW, NOW.plusSeconds(1800), BookingSource.VOICE));
		this.meters.on(new AppointmentBooked(9, 2, 1, NOW, NOW.plusSeconds(1800), BookingSource.API));

		assertThat(this.registry.get("bella.calls").tag("outcome", "booked").counter().count()).isEqualTo(2);
		assertThat(this.registry.get("bella.calls").tag("outcome", "transferred").counter().count()).isEqualTo(1);
		assertThat(this.registry.get("bella.bookings").tag("source", "voice").counter().count()).isEqualTo(1);
		assertThat(this.registry.get("bella.bookings").tag("source", "api").counter().count()).isEqualTo(1);
	}

}
