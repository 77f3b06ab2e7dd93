package io.bella.dialogue;

import io.bella.extraction.Expectation;
import io.bella.extraction.Extraction;
import io.bella.extraction.Intent;

/**
 * The stages that take down who the booking is for: the name ({@code NAME}) and the
 * number to reach them at ({@code PHONE_SAME}, {@code PHONE}, {@code PHONE_READBACK}).
 */
final class CallerStages {

	private static final String YES_OR_NO = "Sorry, please say yes or no. ";

	private final Readings readings;

	private final BookingFlow booking;

	private final Replies replies;

	private final TextPromises phrases;

	CallerStages(Readings readings, BookingFlow booking, Replies replies, TextPromises phrases) {
		this.readings = readings;
		this.booking = booking;
		this.replies = replies;
		this.phrases = phrases;
	}

	Reply onName(CallSession session, Extraction heard, String said) {
		this.readings.absorbPhone(session, heard);
		if (heard.name() == null) {
			return this.replies.notUnderstood(session, "Sorry, I didn't catch your name. ",
					"Could you tell me your first and last name?");
		}
		this.readings.absorbName(session, heard);
		String name = session.identity().name();
		if (NameReadback.wasSpelled(said)) {
			// a spelled name is read back, so that a wrong letter is heard at once
			return this.booking.next(session,
					"Thank you. I have " + name + ", spelled " + NameReadback.spelling(name) + ". ");
		}
		return this.booking.next(session, CallerPhrases.isForSomeoneElse(said) ? "Thank you. "
				: "Thank you, " + SpokenForms.firstName(name) + ". ");
	}

	/**
	 * The turn after the name was taken may correct it ("no, it's Katherine with a K"):
	 * the name is replaced and the question Bella was on asked again; {@code null} when
	 * the turn corrects nothing.
	 */
	private Reply correctedName(CallSession session, Extraction heard, String said) {
		String before = session.identity().name();
		boolean correcting = heard.intent() == Intent.DENY || said.equals("no") || said.startsWith("no ")
				|| NameReadback.wasSpelled(said);
		if (heard.name() == null || before == null || heard.name().equalsIgnoreCase(before) || !correcting) {
			return null;
		}
		String name = NameReadback.corrected(before, heard.name());
		session.identity(session.identity().named(name));
		Conversation conversation = session.conversation();
		String spelled = NameReadback.wasSpelled(said) ? ", spelled " + NameReadback.spelling(name) : "";
		return this.replies.ask(session, conversation.stage(), "Sorry about that. I have " + name + spelled + ". ",
				conversation.lastPrompt(), conversation.lastExpect());
	}

	Reply onPhoneSame(CallSession session, Extraction heard, String said) {
		Reply corrected = correctedName(session, heard, said);
		if (corrected != null) {
			return corrected;
		}
		if (heard.phone() != null) {
			this.readings.absorbPhone(session, heard);
			return this.booking.next(session, "");
		}
		if (heard.intent() == Intent.CONFIRM) {
			String callerId = IdentityMatcher.callerPhone(session).orElse(null);
			session.identity(session.identity().withPhone(callerId, callerId != null));
			return this.booking.next(session, "Great. ");
		}
		if (heard.intent() == Intent.DENY) {
			return this.replies.ask(session, DialogueStage.PHONE, "Okay. ",
					callerPhrases(session).otherNumberQuestion(), Expectation.PHONE);
		}
		return this.replies.notUnderstood(session, YES_OR_NO, callerPhrases(session).sameNumberQuestion());
	}

	// a caller whose own number opted out is not offered a text, to that number or
	// another
	private ConfirmationPhrases callerPhrases(CallSession session) {
		return this.phrases.to(IdentityMatcher.callerPhone(session).orElse(null));
	}

	Reply onPhone(CallSession session, Extraction heard, String said) {
		Reply corrected = correctedName(session, heard, said);
		if (corrected != null) {
			return corrected;
		}
		if (heard.phone() == null) {
			return this.replies.notUnderstood(session, "Sorry, I didn't get the number. ",
					"Could you say it again, one digit at a time?");
		}
		this.readings.absorbPhone(session, heard);
		return this.booking.next(session, "");
	}

	Reply onPhoneReadback(CallSession session, Extraction heard, String said) {
		Reply corrected = correctedName(session, heard, said);
		if (corrected != null) {
			return corrected;
		}
		CallerIdentity identity = session.identity();
		if (heard.phone() != null) {
			this.readings.absorbPhone(session, heard);
			return this.booking.next(session, "");
		}
		if (heard.intent() == Intent.CONFIRM) {
			session.identity(identity.withPhone(identity.phone(), true));
			return this.booking.next(session, "Great. ");
		}
		if (heard.intent() == Intent.DENY) {
			session.identity(identity.withPhone(null, identity.phoneConfirmed()));
			return this.replies.ask(session, DialogueStage.PHONE, "Sorry about that. ",
					"Could you say the number again, one digit at a time?", Expectation.PHONE);
		}
		return this.replies.notUnderstood(session, YES_OR_NO, session.conversation().lastPrompt());
	}

}
