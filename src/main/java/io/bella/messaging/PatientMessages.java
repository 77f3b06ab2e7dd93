package io.bella.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.bella.booking.Patient;

import org.springframework.stereotype.Service;

/**
 * The texts between the clinic and a patient's number, both ways, newest first: what
 * Bella sent (and what became of it) and what the patient answered (and what Bella did
 * about it). A family sharing a number shares its texts.
 */
@Service
public class PatientMessages {

	/** The most texts answered at once. */
	public static final int MAX = 200;

	private final SentTexts sent;

	private final InboundMessages received;

	PatientMessages(SentTexts sent, InboundMessages received) {
		this.sent = sent;
		this.received = received;
	}

	/**
	 * The latest texts to and from the patient's number, newest first.
	 * @param patient the patient
	 * @param limit the most answered, at most {@value #MAX}
	 * @return the texts
	 */
	public List<PatientMessage> of(Patient patient, int limit) {
		int most = Math.max(1, Math.min(limit, MAX));
		List<PatientMessage> messages = new ArrayList<>();
		this.sent.to(patient.phone(), null, null, most)
			.forEach((text) -> messages.add(new PatientMessage(PatientMessage.SENT, text.body(), text.at(),
					text.appointmentId(), text.status(), text.deliveryStatus(), text.errorCode(), null, null)));
		this.received.from(patient.phone(), most)
			.forEach((text) -> messages.add(new PatientMessage(PatientMessage.RECEIVED, text.body(), text.receivedAt(),
					text.appointmentId(), null, null, null, text.action(), text.reply())));
		messages.sort(Comparator.comparing(PatientMessage::at, Comparator.<Instant>reverseOrder()));
		return List.copyOf(messages.subList(0, Math.min(most, messages.size())));
	}

}
