package io.bella.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import io.bella.booking.Clinic;
import io.bella.booking.Clinics;
import io.bella.dialogue.ClinicQuestions.Topic;
import io.bella.extraction.Expectation;
import io.bella.extraction.Extraction;
import io.bella.extraction.Intent;

/**
 * Answers a caller's question about the clinic at any point of the call — hours, where it
 * is, parking, prices, insurance, what to bring, any topic the clinic keeps a fact on —
 * in one sentence from the clinic's own facts, address and hours, then goes back to what
 * Bella was asking. A question the clinic has no fact for is offered to staff, never
 * answered with a guess.
 */
final class ClinicAnswers {

	private static final String PRICES = "prices";

	private final Clinics clinics;

	private final ClinicHours hours;

	private final Replies replies;

	ClinicAnswers(Clinics clinics, ClinicHours hours, Replies replies) {
		this.clinics = clinics;
		this.hours = hours;
		this.replies = replies;
	}

	/**
	 * The answer to the clinic questions in the turn followed by the question Bella was
	 * on — or, when the turn also asks for something ("do you take insurance, I'd like a
	 * cleaning Tuesday"), by what {@code carryOn} replies to that; {@code null} when the
	 * turn asks nothing about the clinic.
	 */
	Reply respond(CallSession session, Extraction heard, String said, Supplier<Reply> carryOn) {
		Clinic clinic = this.clinics.clinic();
		List<Topic> asked = ClinicQuestions.asked(said, clinic.facts().keySet());
		if (asked.isEmpty()) {
			return null;
		}
		List<String> answers = new ArrayList<>();
		for (Topic topic : asked) {
			String answer = answer(topic, clinic, heard, said);
			if (answer != null && !answers.contains(answer)) {
				answers.add(answer);
			}
		}
		if (answers.isEmpty()) {
			return this.replies.offerStaff(session, "I'm sorry, I don't have that information. ");
		}
		String answer = String.join(" ", answers) + " ";
		if (carriesRequest(heard, asked, session.conversation().lastExpect())) {
			Reply next = carryOn.get();
			return new Reply(answer + next.speech(), next.action(), next.expect(), next.transferNumber());
		}
		return this.replies.repeat(session, answer);
	}

	private String answer(Topic topic, Clinic clinic, Extraction heard, String said) {
		if (topic.is(PRICES) && heard.service() != null) {
			String service = heard.service().toLowerCase(Locale.ROOT);
			for (Map.Entry<String, String> fact : clinic.facts().entrySet()) {
				if (fact.getKey().toLowerCase(Locale.ROOT).contains(service)) {
					return sentence(fact.getValue());
				}
			}
		}
		for (String wanted : topic.facts()) {
			for (Map.Entry<String, String> fact : clinic.facts().entrySet()) {
				if (fact.getKey().strip().equalsIgnoreCase(wanted)
						|| fact.getKey().strip().replace('_', ' ').equalsIgnoreCase(wanted)) {
					if (!topic.is("hours") || heard.date() == null) {
						return sentence(fact.getValue());
					}
				}
			}
		}
		if (topic.is("address") && clinic.address() != null && !clinic.address().isBlank()) {
			return "We're at " + clinic.address().strip() + ".";
		}
		if (topic.is("hours")) {
			return this.hours.answer(heard.date(), ClinicQuestions.holds(ClinicQuestions.words(said), "now")
					|| ClinicQuestions.holds(ClinicQuestions.words(said), "still open"));
		}
		return null;
	}

	/**
	 * Whether the turn asks for something besides the question: a request, a yes or no, a
	 * number, or a day or a kind of visit the question itself does not hold.
	 */
	private static boolean carriesRequest(Extraction heard, List<Topic> asked, Expectation expected) {
		Intent intent = heard.intent();
		// "ok, and where are you?" is no answer unless Bella had asked for a yes or a no
		boolean answers = (intent == Intent.CONFIRM || intent == Intent.DENY) && expected == Expectation.CONFIRMATION;
		if (intent == Intent.BOOK || intent == Intent.RESCHEDULE || intent == Intent.CANCEL || answers
				|| heard.phone() != null) {
			return true;
		}
		boolean aboutHours = asked.stream().anyMatch((topic) -> topic.is("hours"));
		boolean aboutPrices = asked.stream().anyMatch((topic) -> topic.is(PRICES));
		return Readings.hasWhen(heard) && !aboutHours
				|| (heard.service() != null || heard.durationMin() != null) && !aboutPrices;
	}

	private static String sentence(String fact) {
		String s = fact.strip();
		return (s.endsWith(".") || s.endsWith("!") || s.endsWith("?")) ? s : s + ".";
	}

}
