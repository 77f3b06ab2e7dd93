package io.bella.dialogue;

import java.util.List;
import java.util.Set;

import io.bella.dialogue.CallSession.SlotOption;
import io.bella.extraction.Expectation;
import io.bella.extraction.Extraction;
import io.bella.extraction.Intent;

/**
 * The stages that settle the time: a pick among the times read out ({@code OFFER}) and
 * the yes to the one chosen ({@code CONFIRM_SLOT}).
 */
final class OfferStages {

	private final Readings readings;

	private final BookingFlow booking;

	private final Replies replies;

	private final Phrasebook phrasebook;

	private final ClinicTime time;

	OfferStages(Readings readings, BookingFlow booking, Replies replies, Phrasebook phrasebook, ClinicTime time) {
		this.readings = readings;
		this.booking = booking;
		this.replies = replies;
		this.phrasebook = phrasebook;
		this.time = time;
	}

	Reply onOffer(CallSession session, Extraction reading, String said) {
		Extraction heard = CallerPhrases.withoutStrayReadings(reading, said);
		List<SlotOption> offers = session.offer().options();
		if (offers.isEmpty()) {
			this.readings.absorbWhen(session, reading);
			return this.booking.next(session, "");
		}
		Integer ordinal = CallerPhrases.ordinal(said, offers.size());
		if (ordinal == null && offers.size() == 1 && CallerPhrases.pointsAtOneOption(said)) {
			ordinal = 0;
		}
		Set<Long> named = this.readings.mentionedProviders(said);
		if (ordinal != null || !named.isEmpty() || heard.date() != null || heard.time() != null) {
			List<SlotOption> candidates = (ordinal != null) ? List.of(offers.get(ordinal))
					: matching(offers, named, heard);
			if (candidates.size() == 1) {
				session.offer(session.offer().choose(candidates.get(0), heard.intent() == Intent.CONFIRM));
				return this.booking.next(session, "");
			}
			if (candidates.size() > 1) {
				session.offer(session.offer().narrowedTo(candidates));
				return this.replies.ask(session, DialogueStage.OFFER, "",
						"Which one: " + this.phrasebook.slots(candidates) + "?", Expectation.TIME);
			}
		}
		return onNoPick(session, heard, said, named);
	}

	Reply onConfirmSlot(CallSession session, Extraction heard, String said) {
		if (heard.intent() == Intent.CONFIRM && !Readings.hasWhen(heard)) {
			session.offer(session.offer().confirm());
			return this.booking.next(session, "");
		}
		if (Readings.hasWhen(heard)) {
			this.readings.absorbWhen(session, heard);
			session.offer(session.offer().withChosen(null));
			return this.booking.offerTimes(session, "Sure. ");
		}
		if (heard.intent() == Intent.DENY) {
			SlotOption declined = session.offer().chosen();
			session.offer(session.offer().withChosen(null));
			List<SlotOption> others = session.offer()
				.options()
				.stream()
				.filter((option) -> !option.equals(declined))
				.toList();
			if (others.isEmpty()) {
				session.when(When.ANY);
				return this.replies.ask(session, DialogueStage.WHEN, "No problem. ",
						"What other day or time would work for you?", Expectation.DATE);
			}
			session.offer(session.offer().narrowedTo(others));
			return this.replies.ask(session, DialogueStage.OFFER, "No problem. ",
					"I also have " + this.phrasebook.slots(others) + ". Would "
							+ ((others.size() == 1) ? "that" : "one of those")
							+ " work, or would you like another day?",
					(others.size() == 1) ? Expectation.CONFIRMATION : Expectation.TIME);
		}
		return this.replies.notUnderstood(session, "Sorry, please say yes or no. ",
				session.conversation().lastPrompt());
	}

	/**
	 * The caller picked none of the times read out: another provider, another day, a yes
	 * to all of them, or something later or earlier.
	 */
	private Reply onNoPick(CallSession session, Extraction heard, String said, Set<Long> named) {
		List<SlotOption> offers = session.offer().options();
		if (!named.isEmpty()) {
			// the provider asked for is not among the options: look again, for them only
			session.request(session.request().withProvider(named.iterator().next()));
			this.readings.absorbWhen(session, heard);
			return this.booking.offerTimes(session, "");
		}
		if (heard.intent() == Intent.DENY && !Readings.hasWhen(heard)) {
			session.when(When.ANY);
			return this.replies.ask(session, DialogueStage.WHEN, "No problem. ",
					"What other day or time would work better for you?", Expectation.DATE);
		}
		if (Readings.hasWhen(heard) || heard.service() != null) {
			this.readings.absorbWhen(session, heard);
			this.readings.absorbService(session, heard);
			return this.booking.offerTimes(session, "");
		}
		if (heard.intent() == Intent.CONFIRM) {
			// a yes to several options takes the first; it is read back for a yes of its
			// own
			session.offer(session.offer().choose(offers.get(0), offers.size() == 1));
			return this.booking.next(session, "");
		}
		if (CallerPhrases.asksLater(said) || CallerPhrases.asksEarlier(said)) {
			boolean later = CallerPhrases.asksLater(said);
			SlotOption edge = later ? offers.get(offers.size() - 1) : offers.get(0);
			session.when(session.when()
				.within(later ? this.time.time(edge.startsAt()).plusMinutes(1) : null,
						later ? null : this.time.time(edge.startsAt())));
			return this.booking.offerTimes(session, "");
		}
		return this.replies.notUnderstood(session, "Sorry, which time would you like? ",
				(offers.size() == 1) ? "Does " + this.phrasebook.slot(offers.get(0)) + " work for you?"
						: "You can say " + SpokenForms.ordinalChoices(offers.size()) + ".");
	}

	private List<SlotOption> matching(List<SlotOption> offers, Set<Long> named, Extraction heard) {
		return offers.stream()
			.filter((option) -> named.isEmpty() || named.contains(option.providerId()))
			.filter((option) -> heard.date() == null || this.time.date(option.startsAt()).equals(heard.date()))
			.filter((option) -> heard.time() == null || this.time.time(option.startsAt()).equals(heard.time()))
			.toList();
	}

}
