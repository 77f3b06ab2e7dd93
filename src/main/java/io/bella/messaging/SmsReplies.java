package io.bella.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.bella.booking.Appointment;
import io.bella.booking.AppointmentConfirmations;
import io.bella.booking.Patient;
import io.bella.booking.SmsOptOuts;
import io.bella.system.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acts on a text a patient sent the clinic's number, once per Twilio {@code MessageSid}:
 * C confirms the appointment the patient was texted about ({@link TextedAppointments}), R
 * raises a callback request and answers with the clinic's number, STOP and its kin opt
 * the number out, START and its kin opt it back in, HELP is only recorded (Twilio answers
 * these last three itself), and anything else is kept for staff as a callback request and
 * answered with what the patient may reply. The text, what was done and the answer are
 * stored in one transaction with the action, so a webhook Twilio retries acts once and
 * gets the first answer again. A number that opted out gets no answer at all.
 */
@Component
class SmsReplies {

	private static final Logger log = LoggerFactory.getLogger(SmsReplies.class);

	private final InboundMessages inbound;

	private final TextedAppointments texted;

	private final SmsOptOuts optOuts;

	private final AppointmentConfirmations confirmations;

	private final Staff staff;

	private final Clock clock;

	private final SmsReplyWords words = SmsReplyWords.load();

	SmsReplies(InboundMessages inbound, TextedAppointments texted, SmsOptOuts optOuts,
			AppointmentConfirmations confirmations, Staff staff, Clock clock) {
		this.inbound = inbound;
		this.texted = texted;
		this.optOuts = optOuts;
		this.confirmations = confirmations;
		this.staff = staff;
		this.clock = clock;
	}

	/**
	 * Acts on a text, unless it was acted on before.
	 * @param messageSid Twilio's SID of the text
	 * @param from the sender, E.164
	 * @param body what the text says
	 * @return the answer, empty for none
	 */
	@Transactional
	Optional<String> answer(String messageSid, String from, String body) {
		Instant now = this.clock.instant();
		if (!this.inbound.insert(messageSid, from, body, now)) {
			log.info("Text {} was handled before; answering as then", messageSid);
			return this.inbound.find(messageSid).map(InboundMessages.Inbound::reply);
		}
		SmsReplyWords.Meaning meaning = this.words.meaning(body);
		List<Patient> patients = this.texted.patients(from);
		Handled handled = handle(meaning, from, body, patients, now);
		boolean silenced = handled.reply() != null && this.optOuts.isOptedOut(from);
		String reply = silenced ? null : handled.reply();
		Long patientId = (handled.appointment() != null) ? Long.valueOf(handled.appointment().patientId())
				: (patients.size() == 1) ? Long.valueOf(patients.get(0).id()) : null;
		this.inbound.handled(messageSid, patientId, (handled.appointment() != null) ? handled.appointment().id() : null,
				handled.action().name().toLowerCase(Locale.ROOT), reply);
		log.info("Text {} from {} ({} patients): {}{}", messageSid, PhoneNumbers.mask(from), patients.size(),
				handled.action(), silenced ? ", not answered (opted out)" : "");
		return Optional.ofNullable(reply);
	}

	private Handled handle(SmsReplyWords.Meaning meaning, String from, String body, List<Patient> patients,
			Instant now) {
		return switch (meaning) {
			case STOP -> {
				this.optOuts.optOut(from, now);
				yield new Handled(Action.OPTED_OUT, null, null);
			}
			case START -> {
				this.optOuts.optIn(from);
				yield new Handled(Action.OPTED_IN, null, null);
			}
			case HELP -> new Handled(Action.HELP, null, null);
			case CONFIRM, RESCHEDULE, OTHER ->
				patients.isEmpty() ? new Handled(Action.UNKNOWN_SENDER, null, this.staff.replies().help())
						: fromPatient(meaning, from, body, patients, now);
		};
	}

	private Handled fromPatient(SmsReplyWords.Meaning meaning, String from, String body, List<Patient> patients,
			Instant now) {
		ReplyTexts replies = this.staff.replies();
		if (meaning == SmsReplyWords.Meaning.OTHER) {
			this.staff.callBack(from, replies.textForStaff(body), now);
			return new Handled(Action.KEPT, null, replies.help());
		}
		Appointment appointment = this.texted.answeredBy(from, patients).orElse(null);
		if (meaning == SmsReplyWords.Meaning.RESCHEDULE) {
			this.staff.callBack(from, replies.rescheduleRequest(appointment), now);
			return new Handled(Action.RESCHEDULE, appointment, replies.reschedule());
		}
		Optional<Appointment> confirmed = (appointment != null) ? this.confirmations.confirm(appointment.id())
				: Optional.empty();
		return confirmed.map((done) -> new Handled(Action.CONFIRMED, done, replies.confirmed(done)))
			.orElseGet(() -> new Handled(Action.NO_APPOINTMENT, null, replies.noAppointment()));
	}

	/**
	 * What Bella did about a text, stored in lower case with it.
	 */
	enum Action {

		/** C: the appointment is confirmed. */
		CONFIRMED,
		/** C, but the number has no booked appointment ahead. */
		NO_APPOINTMENT,
		/** R: a callback request was raised. */
		RESCHEDULE,
		/** A STOP word: the number opted out. */
		OPTED_OUT,
		/** A START word: the number opted back in. */
		OPTED_IN,
		/** HELP or INFO: Twilio answered it. */
		HELP,
		/** Any other text of a patient: kept for staff in a callback request. */
		KEPT,
		/**
		 * A text from a number no patient has: stored and answered with the help text.
		 */
		UNKNOWN_SENDER

	}

	private record Handled(Action action, Appointment appointment, String reply) {
	}

}
