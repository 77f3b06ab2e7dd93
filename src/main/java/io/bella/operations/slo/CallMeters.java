package io.bella.operations.slo;

import java.util.Locale;

import io.bella.booking.AppointmentBooked;
import io.bella.voice.CallEnded;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts calls by outcome ({@code bella.calls}) and bookings by source
 * ({@code bella.bookings}) in Micrometer, as the events are published (in memory only;
 * the durable numbers are the records').
 */
@Component
class CallMeters {

	private final MeterRegistry registry;

	CallMeters(MeterRegistry registry) {
		this.registry = registry;
	}

	@EventListener
	void on(CallEnded ended) {
		counter("bella.calls", "Calls that ended, by outcome", "outcome",
				(ended.outcomeName() != null) ? ended.outcomeName() : "unknown")
			.increment();
	}

	@EventListener
	void on(AppointmentBooked booked) {
		counter("bella.bookings", "Appointments booked, by the channel they came through", "source",
				(booked.source() != null) ? booked.source().name() : "unknown")
			.increment();
	}

	private Counter counter(String name, String description, String tag, String value) {
		return Counter.builder(name)
			.description(description)
			.tag(tag, value.toLowerCase(Locale.ROOT))
			.register(this.registry);
	}

}
