package io.bella.dialogue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.bella.dialogue.CallSession.SlotOption;
import io.bella.dialogue.OfferReferences.Pick;
import io.bella.dialogue.SlotFinder.Criteria;
import io.bella.extraction.Expectation;
import io.bella.extraction.Extraction;
import io.bella.extraction.Intent;

/**
 * The stages that settle the time: a pick among the times read out ({@code OFFER}) and
 * the yes to the one chosen ({@code CONFIRM_SLOT}). What the caller says is first read
 * against the options actually offered; only what points at none of them is a new day or
 * time, and a pick that fits several is asked about, never guessed.
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
		Extraction heard = OfferReferences.withoutStrayReadings(reading, said);
		List<SlotOption> offers = session.offer().options();
		if (offers.isEmpty()) {
			this.readings.absorbWhen(session, heard);
			return this.booking.next(session, "");
		}
		Set<Long> named = this.readings.mentionedProviders(said);
		Pick pick = pick(session, heard, said, offers, named);
		if (pick.isOne()) {
			session.offer(session.offer().choose(pick.options().get(0), heard.intent() == Intent.CONFIRM));
			return this.booking.next(session, "");
		}
		if (pick.isSeveral()) {
			return askWhich(session, pick.options(), "");
		}
		if (OfferConstraints.any(said)) {
			return onConstraint(session, heard, said, named);
		}
		return onNoPick(session, heard, said, named, pick);
	}

	Reply onConfirmSlot(CallSession session, Extraction reading, String said) {
		Extraction heard = OfferReferences.withoutStrayReadings(reading, said);
		if (heard.intent() == Intent.CONFIRM && !Readings.hasWhen(heard)) {
			session.offer(session.offer().confirm());
			return this.booking.next(session, "");
		}
		SlotOption declined = session.offer().chosen();
		Pick correction = pick(session, heard, said, session.offer().options(), this.readings.mentionedProviders(said));
		if (correction.isOne() && correction.options().contains(declined) && heard.intent() == Intent.CONFIRM) {
			// "yes, the 9 a.m. one" names the time read back
			session.offer(session.offer().confirm());
			return this.booking.next(session, "");
		}
		if (correction.isOne() && !correction.options().contains(declined)) {
			// "no, the later one": the correction is acted on at once
			session.offer(session.offer().refusing(List.of(declined)).choose(correction.options().get(0), false));
			return this.booking.next(session, "");
		}
		if (correction.isSeveral()) {
			List<SlotOption> others = correction.options()
				.stream()
				.filter((option) -> !option.equals(declined))
				.toList();
			session.offer(session.offer()
				.refusing((heard.intent() == Intent.DENY) ? List.of(declined) : List.of())
				.withChosen(null));
			return askWhich(session, (others.size() > 1) ? others : correction.options(), "");
		}
		if (OfferConstraints.any(said)) {
			// "no, a different day": the time read back is turned down with the rest
			session.offer(session.offer().refusing(List.of(declined)).withChosen(null));
			return onConstraint(session, heard, said, this.readings.mentionedProviders(said));
		}
		if (Readings.hasWhen(heard)) {
			this.readings.absorbWhen(session, heard);
			session.offer(session.offer().refusing(List.of(declined)).withChosen(null));
			return this.booking.offerTimes(session, "Sure. ");
		}
		if (heard.intent() == Intent.DENY) {
			session.offer(session.offer().refusing(List.of(declined)).withChosen(null));
			List<SlotOption> others = session.offer()
				.options()
				.stream()
				.filter((option) -> !option.equals(declined))
				.toList();
			if (others.isEmpty()) {
				session.when(session.when().forgetAllButLimits());
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
	 * The options the caller's words point at; a provider ruled out ("not Dr. Ng") points
	 * at none.
	 */
	private Pick pick(CallSession session, Extraction heard, String said, List<SlotOption> offers, Set<Long> named) {
		Set<Long> pointedAt = OfferConstraints.asksOtherProvider(said) ? Set.of() : named;
		return OfferReferences.resolve(said, offers, this.time.zone(), pointedAt,
				OfferReferences.calendarDate(heard, said));
	}

	/**
	 * "The one at 9 a.m. or the one at 2:30 p.m.?": the caller's words fit several
	 * options, so Bella asks what tells them apart rather than reading back a guess.
	 */
	private Reply askWhich(CallSession session, List<SlotOption> candidates, String preamble) {
		session.offer(session.offer().narrowedTo(candidates));
		return this.replies.ask(session, DialogueStage.OFFER, preamble, this.phrasebook.whichOf(candidates),
				Expectation.TIME);
	}

	/**
	 * The caller asked something of the next times: the latest of the day, other days or
	 * another provider. The search is narrowed accordingly, and the options it rules out
	 * are not read out again.
	 */
	private Reply onConstraint(CallSession session, Extraction heard, String said, Set<Long> named) {
		List<SlotOption> offers = session.offer().options();
		When when = session.when();
		When.Limits limits = when.limits();
		Set<LocalDate> offerDays = offers.stream()
			.map((option) -> this.time.date(option.startsAt()))
			.collect(Collectors.toSet());
		if (OfferConstraints.asksLatestInDay(said)) {
			limits = limits.latestFirst(true);
			when = when.within(when.windowFrom(), when.windowTo());
			if (when.date() == null && offerDays.size() == 1) {
				when = when.onDate(offerDays.iterator().next());
			}
		}
		Set<DayOfWeek> notOn = OfferConstraints.excludedDays(said);
		if (!notOn.isEmpty()) {
			limits = limits.notOn(notOn);
		}
		if (OfferConstraints.asksDifferentDay(said)) {
			Set<LocalDate> days = new HashSet<>(offerDays);
			if (when.date() != null) {
				days.add(when.date());
			}
			limits = limits.notOnDates(days);
		}
		if (OfferConstraints.asksOtherProvider(said)) {
			Set<Long> offered = offers.stream().map(SlotOption::providerId).collect(Collectors.toSet());
			Long excluded = (named.size() == 1) ? named.iterator().next()
					: (offered.size() == 1) ? offered.iterator().next() : session.request().providerId();
			limits = limits.notWith(excluded);
			if (excluded != null && excluded.equals(session.request().providerId())) {
				session.request(session.request().withProvider(null));
			}
		}
		if (when.date() != null && (limits.notOnDays().contains(when.date().getDayOfWeek())
				|| limits.notOnDates().contains(when.date()))) {
			when = when.onDate(null);
		}
		session.when(when.limitedTo(limits));
		absorbUnlessRuledOut(session, heard, limits);
		return searchAgain(session);
	}

	/**
	 * The extractor's day and bounds, unless the day is the one the caller just ruled out
	 * ("any day but Friday" names Friday).
	 */
	private void absorbUnlessRuledOut(CallSession session, Extraction heard, When.Limits limits) {
		boolean ruledOut = heard.date() != null && (limits.notOnDays().contains(heard.date().getDayOfWeek())
				|| limits.notOnDates().contains(heard.date()));
		this.readings.absorbWhen(session,
				ruledOut ? new Extraction(heard.intent(), null, heard.time(), null, heard.timeWindow(),
						heard.dateRange(), heard.durationMin(), heard.name(), heard.phone(), heard.service(),
						heard.confidence(), heard.normalizedText()) : heard);
	}

	/**
	 * Searches again for what is asked now; the options on the table that it rules out
	 * count as turned down.
	 */
	private Reply searchAgain(CallSession session) {
		Criteria criteria = Criteria.of(session);
		List<SlotOption> ruledOut = session.offer()
			.options()
			.stream()
			.filter((option) -> !criteria.fits(option, this.time.zone()))
			.toList();
		session.offer(session.offer().refusing(ruledOut));
		return this.booking.offerTimes(session, "");
	}

	/**
	 * The caller picked none of the times read out: another provider, another day, a yes
	 * to all of them, or something later or earlier.
	 */
	private Reply onNoPick(CallSession session, Extraction heard, String said, Set<Long> named, Pick pick) {
		List<SlotOption> offers = session.offer().options();
		if (!named.isEmpty()) {
			// the provider asked for is not among the options: look again, for them only
			session.request(session.request().withProvider(named.iterator().next()));
			this.readings.absorbWhen(session, heard);
			return this.booking.offerTimes(session, "");
		}
		boolean refusesAll = OfferConstraints.refusesAll(said);
		if (refusesAll) {
			session.offer(session.offer().refusing(offers));
		}
		if (OfferConstraints.asksLaterDay(said)) {
			LocalDate last = this.time.date(offers.get(offers.size() - 1).startsAt());
			session.offer(session.offer().refusing(offers));
			session.when(session.when().forgetAllButLimits().between(last.plusDays(1), last.plusDays(7)));
			return searchAgain(session);
		}
		if (OfferConstraints.asksWeekAfter(said) && !Readings.hasWhen(heard)) {
			LocalDate monday = this.time.date(offers.get(0).startsAt())
				.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
				.plusWeeks(1);
			session.when(session.when().forgetAllButLimits().between(monday, monday.plusDays(6)));
			return searchAgain(session);
		}
		if ((heard.intent() == Intent.DENY || refusesAll) && !Readings.hasWhen(heard) && !pick.missedWhen()) {
			session.offer(session.offer().refusing(offers));
			session.when(session.when().forgetAllButLimits());
			return this.replies.ask(session, DialogueStage.WHEN, "No problem. ",
					"What other day or time would work better for you?", Expectation.DATE);
		}
		if (Readings.hasWhen(heard) || heard.service() != null) {
			if (OfferConstraints.asksEarliestInDay(said)) {
				session.when(session.when().limitedTo(session.when().limits().latestFirst(false)));
			}
			this.readings.absorbWhen(session, heard);
			this.readings.absorbService(session, heard);
			return searchAgain(session);
		}
		if (heard.intent() == Intent.CONFIRM) {
			if (offers.size() == 1) {
				session.offer(session.offer().choose(offers.get(0), true));
				return this.booking.next(session, "");
			}
			// a yes to several options is no pick: ask which rather than read back a
			// guess
			return askWhich(session, offers, "Sure. ");
		}
		if (OfferConstraints.asksLater(said) || OfferConstraints.asksEarlier(said)) {
			boolean later = OfferConstraints.asksLater(said);
			SlotOption edge = later ? offers.get(offers.size() - 1) : offers.get(0);
			session.when(session.when()
				.within(later ? this.time.time(edge.startsAt()).plusMinutes(1) : null,
						later ? null : this.time.time(edge.startsAt())));
			return searchAgain(session);
		}
		return this.replies.notUnderstood(session, "Sorry, which time would you like? ",
				(offers.size() == 1) ? "Does " + this.phrasebook.slot(offers.get(0)) + " work for you?"
						: "You can say " + SpokenForms.ordinalChoices(offers.size()) + ".");
	}

}
