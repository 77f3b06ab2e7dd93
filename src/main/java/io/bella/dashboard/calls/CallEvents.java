package io.bella.dashboard.calls;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.bella.messaging.CallbackRequest;
import io.bella.messaging.Callbacks;
import io.bella.messaging.SentTexts;
import io.bella.messaging.TextMessage;
import io.bella.system.PhoneNumbers;
import io.bella.voice.CallRecord;

import org.springframework.stereotype.Component;

/**
 * What a call caused, as its page lists it: the booking it made, moved or cancelled, the
 * texts sent to the caller while it went on or shortly after, and the voicemail left on
 * it.
 */
@Component
class CallEvents {

	private static final int MOST_TEXTS = 20;

	private final SentTexts sentTexts;

	private final Callbacks callbacks;

	CallEvents(SentTexts sentTexts, Callbacks callbacks) {
		this.sentTexts = sentTexts;
		this.callbacks = callbacks;
	}

	List<Event> of(CallRecord call, Instant textsUntil, boolean fullNumbers) {
		List<Event> events = new ArrayList<>();
		String outcome = call.outcomeName();
		if (call.appointmentId() != null && outcome != null) {
			String what = switch (outcome) {
				case "BOOKED" -> "Booking made";
				case "RESCHEDULED" -> "Booking moved";
				case "CANCELLED" -> "Booking cancelled";
				default -> "Appointment";
			};
			events.add(new Event(call.endedAt(), what, "Appointment " + call.appointmentId()));
		}
		if (call.caller() != null && call.caller().startsWith("+")) {
			for (TextMessage text : this.sentTexts.to(call.caller(), call.startedAt(), textsUntil, MOST_TEXTS)) {
				events
					.add(new Event(text.at(),
							"Text " + text.status().toLowerCase(Locale.ROOT) + " to "
									+ (fullNumbers ? text.recipient() : PhoneNumbers.mask(text.recipient())),
							text.body()));
			}
		}
		for (CallbackRequest request : this.callbacks.ofCall(call.callSid())) {
			events.add(new Event(request.createdAt(), "Callback requested (" + request.status() + ")",
					(request.transcript() != null) ? request.transcript() : "being transcribed"));
		}
		events.sort(Comparator.comparing(Event::at, Comparator.nullsLast(Comparator.naturalOrder())));
		return events;
	}

	/**
	 * One thing a call caused.
	 *
	 * @param at when
	 * @param what what happened
	 * @param detail its details
	 */
	public record Event(Instant at, String what, String detail) {
	}

}
