package io.bella.dialogue;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.bella.booking.Appointment;
import io.bella.booking.AppointmentType;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.BookingRequest;
import io.bella.booking.BookingRuleException;
import io.bella.booking.BookingService;
import io.bella.booking.BookingSource;
import io.bella.booking.Clinic;
import io.bella.booking.Clinics;
import io.bella.booking.NotFoundException;
import io.bella.booking.Patient;
import io.bella.booking.Patients;
import io.bella.booking.Provider;
import io.bella.booking.Providers;
import io.bella.booking.SlotUnavailableException;
import io.bella.extraction.AppointmentExtractor;
import io.bella.extraction.Expectation;
import io.bella.extraction.Extraction;
import io.bella.extraction.ExtractionRequest;
import io.bella.extraction.Intent;
import io.bella.dialogue.CallSession.AppointmentOption;
import io.bella.dialogue.CallSession.SlotOption;
import io.bella.dialogue.SlotFinder.Criteria;
import io.bella.dialogue.SlotFinder.Search;

/**
 * Carries a phone conversation from greeting to a booked, moved or cancelled appointment,
 * a transfer to a person or a message taken, one utterance at a time and independent of
 * the transport. It never throws: whatever fails behind it, the caller hears an apology
 * and a safe path.
 */
@Component
public class DialogueEngine {

	private static final Logger log = LoggerFactory.getLogger(DialogueEngine.class);

	private static final String ANYTHING_ELSE = "Is there anything else I can help you with?";

	private static final String SLOT_TAKEN = "I'm sorry, that time was just taken. ";

	private static final Pattern PHONE_LIKE = Pattern.compile("\\+?\\d[\\d\\s().-]{5,}\\d");

	private final AppointmentExtractor extractor;

	private final Clinics clinics;

	private final Providers providers;

	private final AppointmentTypes appointmentTypes;

	private final Patients patients;

	private final BookingService bookings;

	private final SlotFinder slotFinder;

	private final Clock clock;

	private final ConfirmationPhrases phrases;

	@Autowired
	DialogueEngine(AppointmentExtractor extractor, Clinics clinics, Providers providers,
			AppointmentTypes appointmentTypes, Patients patients, BookingService bookings, SlotFinder slotFinder,
			Clock clock, ObjectProvider<ConfirmationPhrases> phrases) {
		this(extractor, clinics, providers, appointmentTypes, patients, bookings, slotFinder, clock,
				phrases.getIfAvailable(() -> ConfirmationPhrases.of(false)));
	}

	private DialogueEngine(AppointmentExtractor extractor, Clinics clinics, Providers providers,
			AppointmentTypes appointmentTypes, Patients patients, BookingService bookings, SlotFinder slotFinder,
			Clock clock, ConfirmationPhrases phrases) {
		this.extractor = extractor;
		this.clinics = clinics;
		this.providers = providers;
		this.appointmentTypes = appointmentTypes;
		this.patients = patients;
		this.bookings = bookings;
		this.slotFinder = slotFinder;
		this.clock = clock;
		this.phrases = phrases;
	}

	/**
	 * The same dialogue reading callers with another extractor, for example the rules
	 * alone where a language model's cost is not wanted.
	 */
	public DialogueEngine withExtractor(AppointmentExtractor other) {
		return new DialogueEngine(other, this.clinics, this.providers, this.appointmentTypes, this.patients,
				this.bookings, this.slotFinder, this.clock, this.phrases);
	}

	/**
	 * Greets the caller with the clinic's name and asks how to help.
	 */
	public Reply start(CallSession session) {
		try {
			Clinic clinic = this.clinics.clinic();
			session.setStage(DialogueStage.INTENT);
			return ask(session, DialogueStage.INTENT, "Thank you for calling " + clinic.name() + ". This is Bella. ",
					"How can I help you today?", null);
		}
		catch (RuntimeException ex) {
			log.warn("Call {}: greeting failed, taking the safe path: {}", session.getCallSid(), describe(ex));
			return safePath(session, "Thank you for calling. I'm sorry, I'm having trouble with our booking system. ");
		}
	}

	/**
	 * Reads one utterance (blank when the caller said nothing) and answers it.
	 */
	public Reply respond(CallSession session, Utterance utterance) {
		session.setTurn(session.getTurn() + 1);
		if (session.getStage() == null) {
			session.setStage(DialogueStage.INTENT);
		}
		if (session.getStage() == DialogueStage.ENDED) {
			return Reply.hangUp("Thank you for calling. Goodbye.");
		}
		try {
			if (utterance == null || utterance.isSilence()) {
				return onSilence(session);
			}
			return onSpeech(session, utterance.text());
		}
		catch (RuntimeException ex) {
			log.warn("Call {} turn {} in {}: failed, taking the safe path: {}", session.getCallSid(), session.getTurn(),
					session.getStage(), describe(ex));
			return safePath(session, "I'm sorry, I'm having trouble with our booking system right now. ");
		}
	}

	/**
	 * Words the speech recognizer should expect on this clinic's calls: the clinic's
	 * name, the providers' names and the kinds of visit. Empty when they cannot be read.
	 */
	public List<String> speechHints() {
		Set<String> hints = new LinkedHashSet<>();
		try {
			hints.add(this.clinics.clinic().name());
			for (Provider provider : this.providers.findAll()) {
				if (provider.active()) {
					hints.add(provider.name());
					hints.add(SpokenForms.provider(provider.name()));
				}
			}
			this.appointmentTypes.findAll().forEach((type) -> hints.add(type.name()));
		}
		catch (RuntimeException ex) {
			log.warn("Speech hints unavailable: {}", describe(ex));
		}
		return List.copyOf(hints);
	}

	// --- turn handling

	private Reply onSilence(CallSession session) {
		session.setSilences(session.getSilences() + 1);
		if (session.getStage() == DialogueStage.ANYTHING_ELSE) {
			return goodbye(session);
		}
		if (session.getSilences() == 1) {
			return repeat(session, "Sorry, I didn't hear anything. ");
		}
		if (session.getSilences() == 2) {
			session.setHandoffOffered(true);
			String offer = isOpenNow() ? "Would you like me to put you through to our front desk?"
					: "Would you like to leave a message for our team?";
			return new Reply("I still can't hear you. " + offer, Reply.Action.LISTEN, Expectation.CONFIRMATION, null);
		}
		end(session, CallOutcome.ABANDONED);
		return Reply.hangUp("I'm sorry, I can't hear you. Please call us back any time. Goodbye.");
	}

	private Reply onSpeech(CallSession session, String text) {
		session.setSilences(0);
		boolean handoffOffered = session.isHandoffOffered();
		session.setHandoffOffered(false);
		Expectation expect = handoffOffered ? Expectation.CONFIRMATION : session.getLastExpect();
		Extraction heard = this.extractor.extract(new ExtractionRequest(text, now(), zone(), expect));
		String said = ((heard.normalizedText() != null) ? heard.normalizedText() : text).toLowerCase(Locale.ROOT);
		String raw = text.toLowerCase(Locale.ROOT);
		int failuresBefore = session.getFailures();
		Reply reply = understand(session, heard, said, raw, handoffOffered);
		if (session.getFailures() == failuresBefore) {
			session.setFailures(0);
		}
		return reply;
	}

	private Reply understand(CallSession session, Extraction heard, String said, String raw, boolean handoffOffered) {
		if (handoffOffered && !hasRequest(heard)) {
			if (heard.intent() == Intent.CONFIRM) {
				return handoff(session, "Of course. ");
			}
			if (heard.intent() == Intent.DENY) {
				return repeat(session, "Okay. ");
			}
		}
		if (CallerPhrases.isEmergency(raw) || CallerPhrases.isEmergency(said)) {
			return emergency(session);
		}
		if (heard.intent() == Intent.HUMAN) {
			return handoff(session, "Of course. ");
		}
		if (session.getStage() == DialogueStage.ANYTHING_ELSE) {
			return onAnythingElse(session, heard, said);
		}
		if (CallerPhrases.isGoodbye(said)) {
			return goodbye(session);
		}
		if (session.getIntent() == Intent.BOOK
				&& (heard.intent() == Intent.RESCHEDULE || heard.intent() == Intent.CANCEL)) {
			resetRequest(session);
			return onIntent(session, heard, said);
		}
		return switch (session.getStage()) {
			case INTENT -> onIntent(session, heard, said);
			case SERVICE -> onService(session, heard, said);
			case WHEN -> onWhen(session, heard, said);
			case OFFER -> onOffer(session, heard, said);
			case CONFIRM_SLOT -> onConfirmSlot(session, heard);
			case NAME -> onName(session, heard, said);
			case PHONE_SAME -> onPhoneSame(session, heard);
			case PHONE -> onPhone(session, heard);
			case PHONE_READBACK -> onPhoneReadback(session, heard);
			case LOOKUP_PHONE -> onLookupPhone(session, heard);
			case LOOKUP_NAME -> onLookupName(session, heard);
			case WHICH_APPOINTMENT -> onWhichAppointment(session, heard, said);
			case CONFIRM_APPOINTMENT -> onConfirmAppointment(session, heard);
			case ANYTHING_ELSE -> onAnythingElse(session, heard, said);
			case ENDED -> Reply.hangUp("Thank you for calling. Goodbye.");
		};
	}

	private Reply onIntent(CallSession session, Extraction heard, String said) {
		Intent intent = heard.intent();
		if (intent == Intent.RESCHEDULE || intent == Intent.CANCEL) {
			session.setIntent(intent);
			absorbWhen(session, heard);
			absorbName(session, heard);
			absorbPhone(session, heard);
			return findExisting(session, "");
		}
		if (intent == Intent.BOOK
				|| ((hasRequest(heard) || !mentionedProviders(said).isEmpty()) && intent != Intent.DENY)) {
			session.setIntent(Intent.BOOK);
			absorbWhen(session, heard);
			absorbService(session, heard);
			absorbProvider(session, said);
			absorbName(session, heard);
			absorbPhone(session, heard);
			return continueBooking(session, (heard.name() != null && !CallerPhrases.isForSomeoneElse(said))
					? "Thanks, " + SpokenForms.firstName(session.getName()) + ". " : "Sure. ");
		}
		if (heard.name() != null) {
			absorbName(session, heard);
			absorbPhone(session, heard);
			return ask(session, DialogueStage.INTENT, "Hi " + SpokenForms.firstName(session.getName()) + ". ",
					"How can I help you today?", null);
		}
		if (intent == Intent.QUESTION) {
			return notUnderstood(session, "I can book, move or cancel an appointment, or put you through to our team. ",
					"What would you like to do?");
		}
		return notUnderstood(session, "Sorry, I didn't quite catch that. ",
				"Would you like to book, move or cancel an appointment?");
	}

	private Reply onService(CallSession session, Extraction heard, String said) {
		absorbService(session, heard);
		absorbProvider(session, said);
		absorbWhen(session, heard);
		absorbName(session, heard);
		absorbPhone(session, heard);
		if (session.getAppointmentTypeId() == null && session.getDurationMin() == null) {
			return notUnderstood(session, "Sorry, I didn't catch that. ", serviceQuestion());
		}
		return continueBooking(session, "");
	}

	private Reply onWhen(CallSession session, Extraction heard, String said) {
		absorbService(session, heard);
		absorbProvider(session, said);
		absorbName(session, heard);
		absorbPhone(session, heard);
		if (hasWhen(heard)) {
			absorbWhen(session, heard);
			return continueBooking(session, "");
		}
		if (CallerPhrases.meansAsSoonAsPossible(said) || heard.intent() == Intent.CONFIRM) {
			LocalDate today = today();
			session.setRangeFrom(today);
			session.setRangeTo(today.plusDays(SlotFinder.SEARCH_DAYS - 1));
			return continueBooking(session, "");
		}
		return notUnderstood(session, "Sorry, I didn't catch the day. ",
				"What day would you like to come in? For example, tomorrow morning, or next Tuesday.");
	}

	private Reply onOffer(CallSession session, Extraction reading, String said) {
		Extraction heard = CallerPhrases.withoutStrayReadings(reading, said);
		List<SlotOption> offers = session.getOffers();
		if (offers.isEmpty()) {
			absorbWhen(session, reading);
			return continueBooking(session, "");
		}
		Integer ordinal = CallerPhrases.ordinal(said, offers.size());
		if (ordinal == null && offers.size() == 1 && CallerPhrases.pointsAtOneOption(said)) {
			ordinal = 0;
		}
		Set<Long> named = mentionedProviders(said);
		List<SlotOption> candidates = offers;
		boolean picked = ordinal != null || !named.isEmpty() || heard.date() != null || heard.time() != null;
		if (ordinal != null) {
			candidates = List.of(offers.get(ordinal));
		}
		else {
			candidates = candidates.stream()
				.filter((option) -> named.isEmpty() || named.contains(option.providerId()))
				.filter((option) -> heard.date() == null || localDate(option).equals(heard.date()))
				.filter((option) -> heard.time() == null || localTime(option).equals(heard.time()))
				.toList();
		}
		if (picked && candidates.size() == 1) {
			session.setChosen(candidates.get(0));
			session.setSlotConfirmed(heard.intent() == Intent.CONFIRM);
			return continueBooking(session, "");
		}
		if (picked && candidates.size() > 1) {
			session.setOffers(candidates);
			return ask(session, DialogueStage.OFFER, "", "Which one: " + optionList(candidates) + "?",
					Expectation.TIME);
		}
		if (!named.isEmpty()) {
			// the provider asked for is not among the options: look again, for them only
			session.setProviderId(named.iterator().next());
			absorbWhen(session, heard);
			return offer(session, "");
		}
		if (heard.intent() == Intent.DENY && !hasWhen(heard)) {
			clearWhen(session);
			return ask(session, DialogueStage.WHEN, "No problem. ", "What other day or time would work better for you?",
					Expectation.DATE);
		}
		if (hasWhen(heard) || heard.service() != null) {
			absorbWhen(session, heard);
			absorbService(session, heard);
			return offer(session, "");
		}
		if (heard.intent() == Intent.CONFIRM) {
			// a yes to several options takes the first; it is read back for a yes of its
			// own
			session.setChosen(offers.get(0));
			session.setSlotConfirmed(offers.size() == 1);
			return continueBooking(session, "");
		}
		if (CallerPhrases.asksLater(said) || CallerPhrases.asksEarlier(said)) {
			boolean later = CallerPhrases.asksLater(said);
			SlotOption edge = later ? offers.get(offers.size() - 1) : offers.get(0);
			session.setTime(null);
			session.setWindowFrom(later ? localTime(edge).plusMinutes(1) : null);
			session.setWindowTo(later ? null : localTime(edge));
			return offer(session, "");
		}
		return notUnderstood(session, "Sorry, which time would you like? ",
				(offers.size() == 1) ? "Does " + describe(offers.get(0), providerNames()) + " work for you?"
						: "You can say " + ordinalChoices(offers.size()) + ".");
	}

	private Reply onConfirmSlot(CallSession session, Extraction heard) {
		if (heard.intent() == Intent.CONFIRM && !hasWhen(heard)) {
			session.setSlotConfirmed(true);
			return continueBooking(session, "");
		}
		if (hasWhen(heard)) {
			absorbWhen(session, heard);
			session.setChosen(null);
			return offer(session, "Sure. ");
		}
		if (heard.intent() == Intent.DENY) {
			SlotOption declined = session.getChosen();
			session.setChosen(null);
			List<SlotOption> others = session.getOffers()
				.stream()
				.filter((option) -> !option.equals(declined))
				.toList();
			if (others.isEmpty()) {
				clearWhen(session);
				return ask(session, DialogueStage.WHEN, "No problem. ", "What other day or time would work for you?",
						Expectation.DATE);
			}
			session.setOffers(others);
			return ask(session, DialogueStage.OFFER, "No problem. ",
					"I also have " + optionList(others) + ". Would " + ((others.size() == 1) ? "that" : "one of those")
							+ " work, or would you like another day?",
					(others.size() == 1) ? Expectation.CONFIRMATION : Expectation.TIME);
		}
		return notUnderstood(session, "Sorry, please say yes or no. ", session.getLastPrompt());
	}

	private Reply onName(CallSession session, Extraction heard, String said) {
		absorbPhone(session, heard);
		if (heard.name() == null) {
			return notUnderstood(session, "Sorry, I didn't catch your name. ",
					"Could you tell me your first and last name?");
		}
		absorbName(session, heard);
		return continueBooking(session, CallerPhrases.isForSomeoneElse(said) ? "Thank you. "
				: "Thank you, " + SpokenForms.firstName(session.getName()) + ". ");
	}

	private Reply onPhoneSame(CallSession session, Extraction heard) {
		if (heard.phone() != null) {
			absorbPhone(session, heard);
			return continueBooking(session, "");
		}
		if (heard.intent() == Intent.CONFIRM) {
			session.setPhone(callerPhone(session).orElse(null));
			session.setPhoneConfirmed(session.getPhone() != null);
			return continueBooking(session, "Great. ");
		}
		if (heard.intent() == Intent.DENY) {
			return ask(session, DialogueStage.PHONE, "Okay. ", this.phrases.otherNumberQuestion(), Expectation.PHONE);
		}
		return notUnderstood(session, "Sorry, please say yes or no. ", this.phrases.sameNumberQuestion());
	}

	private Reply onPhone(CallSession session, Extraction heard) {
		if (heard.phone() == null) {
			return notUnderstood(session, "Sorry, I didn't get the number. ",
					"Could you say it again, one digit at a time?");
		}
		absorbPhone(session, heard);
		return continueBooking(session, "");
	}

	private Reply onPhoneReadback(CallSession session, Extraction heard) {
		if (heard.phone() != null) {
			absorbPhone(session, heard);
			return continueBooking(session, "");
		}
		if (heard.intent() == Intent.CONFIRM) {
			session.setPhoneConfirmed(true);
			return continueBooking(session, "Great. ");
		}
		if (heard.intent() == Intent.DENY) {
			session.setPhone(null);
			return ask(session, DialogueStage.PHONE, "Sorry about that. ",
					"Could you say the number again, one digit at a time?", Expectation.PHONE);
		}
		return notUnderstood(session, "Sorry, please say yes or no. ", session.getLastPrompt());
	}

	private Reply onLookupPhone(CallSession session, Extraction heard) {
		if (heard.phone() == null) {
			return notUnderstood(session, "Sorry, I didn't get the number. ",
					"Could you say it again, one digit at a time?");
		}
		session.setPhone(heard.phone());
		session.setPhoneConfirmed(false);
		absorbName(session, heard);
		return findExisting(session, "");
	}

	private Reply onLookupName(CallSession session, Extraction heard) {
		absorbPhone(session, heard);
		if (heard.name() == null || heard.name().isBlank()) {
			return notUnderstood(session, "Sorry, I didn't catch the name. ",
					"Could you tell me the patient's first and last name?");
		}
		absorbName(session, heard);
		return findExisting(session, "Thank you. ");
	}

	private Reply onWhichAppointment(CallSession session, Extraction reading, String said) {
		Extraction heard = CallerPhrases.withoutStrayReadings(reading, said);
		List<AppointmentOption> options = session.getAppointments();
		Integer ordinal = CallerPhrases.ordinal(said, options.size());
		List<AppointmentOption> candidates = options;
		boolean picked = false;
		if (ordinal != null) {
			candidates = List.of(options.get(ordinal));
			picked = true;
		}
		else {
			if (heard.date() != null) {
				candidates = candidates.stream()
					.filter((option) -> localDate(option.startsAt()).equals(heard.date()))
					.toList();
				picked = true;
			}
			if (heard.time() != null) {
				candidates = candidates.stream()
					.filter((option) -> localTime(option.startsAt()).equals(heard.time()))
					.toList();
				picked = true;
			}
			Long typeId = (heard.service() != null) ? resolveType(heard.service()).map(AppointmentType::id).orElse(null)
					: null;
			if (typeId != null) {
				candidates = candidates.stream().filter((option) -> typeId.equals(option.appointmentTypeId())).toList();
				picked = true;
			}
		}
		if (picked && candidates.size() == 1) {
			AppointmentOption chosen = candidates.get(0);
			session.setTargetAppointmentId(chosen.appointmentId());
			if (session.getIntent() == Intent.RESCHEDULE) {
				return startRescheduling(session, chosen, "Okay. ");
			}
			return confirmAppointment(session, chosen, "");
		}
		if (heard.intent() == Intent.DENY && !picked) {
			return ask(session, DialogueStage.ANYTHING_ELSE, "Okay, I'll leave your appointments as they are. ",
					ANYTHING_ELSE, Expectation.CONFIRMATION);
		}
		return notUnderstood(session, "Sorry, which appointment? ",
				"You can say " + ordinalChoices(options.size()) + ".");
	}

	private Reply onConfirmAppointment(CallSession session, Extraction heard) {
		AppointmentOption target = target(session);
		if (target == null) {
			return findExisting(session, "");
		}
		if (session.getIntent() == Intent.RESCHEDULE && hasWhen(heard) && heard.intent() != Intent.DENY) {
			absorbWhen(session, heard);
			return startRescheduling(session, target, "");
		}
		if (heard.intent() == Intent.CONFIRM) {
			if (session.getIntent() == Intent.CANCEL) {
				return cancel(session, target);
			}
			return startRescheduling(session, target, "Okay. ");
		}
		if (heard.intent() == Intent.DENY) {
			session.setTargetAppointmentId(null);
			if (session.getAppointments().size() > 1) {
				return ask(session, DialogueStage.WHICH_APPOINTMENT, "Okay. ",
						"Which appointment did you mean: " + appointmentList(session.getAppointments()) + "?",
						Expectation.DATE);
			}
			return ask(session, DialogueStage.ANYTHING_ELSE, "Okay, I'll leave it as it is. ", ANYTHING_ELSE,
					Expectation.CONFIRMATION);
		}
		return notUnderstood(session, "Sorry, please say yes or no. ", session.getLastPrompt());
	}

	private Reply onAnythingElse(CallSession session, Extraction heard, String said) {
		Intent intent = heard.intent();
		boolean newRequest = intent == Intent.BOOK || intent == Intent.RESCHEDULE || intent == Intent.CANCEL
				|| (hasRequest(heard) && intent != Intent.DENY);
		if (newRequest) {
			resetRequest(session);
			session.setStage(DialogueStage.INTENT);
			return onIntent(session, heard, said);
		}
		if (intent == Intent.CONFIRM && !CallerPhrases.isDone(said)) {
			resetRequest(session);
			return ask(session, DialogueStage.INTENT, "Sure. ", "What can I help you with?", null);
		}
		if (intent == Intent.QUESTION) {
			return handoff(session, "Let me get someone who can help with that. ");
		}
		return goodbye(session);
	}

	// --- booking

	/**
	 * Asks for whatever the booking still needs, in order, and books once it has it all.
	 */
	private Reply continueBooking(CallSession session, String preamble) {
		if (session.getChosen() == null) {
			if (session.getIntent() == Intent.BOOK && session.getAppointmentTypeId() == null
					&& session.getDurationMin() == null && !session.isServiceAsked()) {
				session.setServiceAsked(true);
				return ask(session, DialogueStage.SERVICE, preamble, serviceQuestion(), null);
			}
			if (!hasWhen(session)) {
				String question = (session.getIntent() == Intent.RESCHEDULE) ? "When would you like to come in instead?"
						: "What day and time would suit you?";
				return ask(session, DialogueStage.WHEN, preamble, question, Expectation.DATE);
			}
			return offer(session, preamble);
		}
		if (!session.isSlotConfirmed()) {
			String question = (session.getIntent() == Intent.RESCHEDULE) ? "Shall I move your appointment to that time?"
					: "Shall I book it?";
			return ask(session, DialogueStage.CONFIRM_SLOT, preamble,
					"So that's " + describe(session.getChosen(), providerNames()) + ". " + question,
					Expectation.CONFIRMATION);
		}
		if (session.getIntent() == Intent.RESCHEDULE) {
			return reschedule(session, preamble);
		}
		lookUpCaller(session);
		if (session.getPatientId() == null && session.getName() == null) {
			return ask(session, DialogueStage.NAME, preamble, "May I have your first and last name, please?",
					Expectation.NAME);
		}
		if (session.getPatientId() == null && !session.isPhoneConfirmed()) {
			if (session.getPhone() != null) {
				return ask(session, DialogueStage.PHONE_READBACK, preamble,
						"I have " + SpokenForms.phone(session.getPhone()) + ". Is that right?",
						Expectation.CONFIRMATION);
			}
			if (callerPhone(session).isPresent()) {
				return ask(session, DialogueStage.PHONE_SAME, preamble, this.phrases.sameNumberQuestion(),
						Expectation.CONFIRMATION);
			}
			return ask(session, DialogueStage.PHONE, preamble, this.phrases.numberQuestion(), Expectation.PHONE);
		}
		return book(session, preamble);
	}

	private Reply offer(CallSession session, String preamble) {
		session.setChosen(null);
		session.setSlotConfirmed(false);
		Search search = this.slotFinder.find(Criteria.of(session), today(), zone());
		List<SlotOption> options = search.options();
		if (options.isEmpty()) {
			clearWhen(session);
			session.setOffers(List.of());
			return ask(session, DialogueStage.WHEN, preamble + "I'm sorry, I don't have any openings then. ",
					"What other day would work for you?", Expectation.DATE);
		}
		session.setOffers(options);
		boolean afterTaken = SLOT_TAKEN.equals(preamble);
		String lead = switch (search.match()) {
			case EXACT -> "I have ";
			case NEAR ->
				(session.getTime() != null && !afterTaken) ? "I don't have that exact time, but I have " : "I have ";
			default -> (afterTaken ? "" : "I don't have anything open then. ")
					+ ((options.size() == 1) ? "The next opening is " : "The next openings are ");
		};
		if (options.size() == 1) {
			return ask(session, DialogueStage.OFFER, preamble,
					lead + describe(options.get(0), providerNames()) + ". Would that work?", Expectation.CONFIRMATION);
		}
		return ask(session, DialogueStage.OFFER, preamble,
				lead + optionList(options) + ". Which one works best for you?", Expectation.TIME);
	}

	private Reply book(CallSession session, String preamble) {
		SlotOption chosen = session.getChosen();
		if (session.getPatientId() == null) {
			Patient patient = this.patients.register(session.getName(), session.getPhone(), null);
			session.setPatientId(patient.id());
		}
		try {
			Appointment appointment = this.bookings.book(new BookingRequest(session.getPatientId(), chosen.startsAt(),
					(session.getAppointmentTypeId() != null) ? null : durationOf(session),
					session.getAppointmentTypeId(), chosen.providerId(), "Booked by phone", BookingSource.VOICE));
			session.setOutcome(CallOutcome.BOOKED);
			session.setAppointmentId(appointment.id());
			log.info("Call {}: booked appointment {}", session.getCallSid(), appointment.id());
			return ask(
					session, DialogueStage.ANYTHING_ELSE, preamble + "You're all set for "
							+ describe(chosen, providerNames()) + ". " + this.phrases.afterChange(),
					ANYTHING_ELSE, Expectation.CONFIRMATION);
		}
		catch (SlotUnavailableException ex) {
			return offer(session, SLOT_TAKEN);
		}
		catch (BookingRuleException ex) {
			return offer(session, "I'm sorry, that time is no longer available. ");
		}
	}

	// --- existing appointments

	private Reply findExisting(CallSession session, String preamble) {
		Optional<String> callerPhone = callerPhone(session);
		String phone = (session.getPhone() != null) ? session.getPhone() : callerPhone.orElse(null);
		String verb = (session.getIntent() == Intent.CANCEL) ? "cancel" : "move";
		if (phone == null) {
			return ask(session, DialogueStage.LOOKUP_PHONE, preamble,
					"I can help with that. What phone number was the appointment booked under?", Expectation.PHONE);
		}
		boolean fromCallerId = callerPhone.isPresent() && phone.equals(callerPhone.get());
		if (!fromCallerId && !session.isNameHeard()) {
			// a number anyone can say does not open its appointments by itself
			return ask(session, DialogueStage.LOOKUP_NAME, preamble,
					"And what is the first and last name of the patient?", Expectation.NAME);
		}
		List<Patient> found = this.patients.findAllByPhone(phone);
		if (!fromCallerId) {
			found = byFullName(found, session.getName());
		}
		else if (session.getName() != null) {
			List<Patient> named = byName(found, session.getName());
			if (!named.isEmpty()) {
				found = named;
			}
		}
		List<Appointment> upcoming = found.stream()
			.flatMap((patient) -> this.bookings.upcomingFor(patient.id()).stream())
			.filter(Appointment::isBooked)
			.sorted(Comparator.comparing(Appointment::startsAt))
			.limit(4)
			.toList();
		if (upcoming.isEmpty()) {
			if (!fromCallerId) {
				return notFoundUnderNameAndNumber(session, preamble);
			}
			return ask(session, DialogueStage.LOOKUP_PHONE,
					preamble + "I can't find an upcoming appointment under the number you're calling from. ",
					"What phone number was it booked under?", Expectation.PHONE);
		}
		List<AppointmentOption> options = upcoming.stream()
			.map((a) -> new AppointmentOption(a.id(), a.providerId(), a.appointmentTypeId(), a.startsAt(), a.endsAt()))
			.toList();
		session.setAppointments(options);
		List<AppointmentOption> candidates = options;
		if (session.getDate() != null) {
			List<AppointmentOption> onDate = options.stream()
				.filter((option) -> localDate(option.startsAt()).equals(session.getDate()))
				.toList();
			if (!onDate.isEmpty()) {
				candidates = onDate;
				if (session.getIntent() == Intent.RESCHEDULE) {
					// the day named was the old appointment's, not the new one
					clearWhen(session);
				}
			}
		}
		if (candidates.size() == 1) {
			return confirmAppointment(session, candidates.get(0), preamble);
		}
		return ask(session, DialogueStage.WHICH_APPOINTMENT, preamble,
				"I see " + appointmentList(candidates) + ". Which one would you like to " + verb + "?",
				Expectation.DATE);
	}

	/**
	 * The same answer whether the number is unknown, the name does not match it or the
	 * patient has nothing booked, so a stranger learns nothing about the number; a person
	 * at the front desk can check who is calling.
	 */
	private Reply notFoundUnderNameAndNumber(CallSession session, String preamble) {
		session.setAppointments(List.of());
		session.setTargetAppointmentId(null);
		session.setIdentityMisses(session.getIdentityMisses() + 1);
		String sorry = "I'm sorry, I can't find an appointment under that name and number. ";
		if (session.getIdentityMisses() > 1) {
			// no more guesses at names and numbers: a person can check who is calling
			return handoff(session, preamble + sorry);
		}
		session.setStage(DialogueStage.ANYTHING_ELSE);
		session.setLastPrompt(ANYTHING_ELSE);
		session.setLastExpect(Expectation.CONFIRMATION);
		session.setHandoffOffered(true);
		String offer = isOpenNow() ? "Would you like me to put you through to our front desk?"
				: "Would you like to leave a message for our team?";
		return new Reply(preamble + sorry + "Our front desk can help with that. " + offer, Reply.Action.LISTEN,
				Expectation.CONFIRMATION, null);
	}

	private Reply confirmAppointment(CallSession session, AppointmentOption option, String preamble) {
		session.setTargetAppointmentId(option.appointmentId());
		String question = (session.getIntent() == Intent.CANCEL) ? "Would you like me to cancel it?"
				: "Is that the one you'd like to move?";
		return ask(session, DialogueStage.CONFIRM_APPOINTMENT, preamble,
				"I see your " + describeAppointment(option) + ". " + question, Expectation.CONFIRMATION);
	}

	private Reply startRescheduling(CallSession session, AppointmentOption target, String preamble) {
		session.setTargetAppointmentId(target.appointmentId());
		session.setAppointmentTypeId(target.appointmentTypeId());
		if (target.appointmentTypeId() == null) {
			session.setDurationMin((int) java.time.Duration.between(target.startsAt(), target.endsAt()).toMinutes());
		}
		session.setChosen(null);
		return continueBooking(session, preamble);
	}

	private Reply reschedule(CallSession session, String preamble) {
		SlotOption chosen = session.getChosen();
		try {
			Appointment moved = this.bookings.reschedule(session.getTargetAppointmentId(), chosen.startsAt(),
					chosen.providerId(), BookingSource.VOICE);
			session.setOutcome(CallOutcome.RESCHEDULED);
			session.setAppointmentId(moved.id());
			log.info("Call {}: rescheduled appointment {}", session.getCallSid(), moved.id());
			return ask(
					session, DialogueStage.ANYTHING_ELSE, preamble + "Done. Your appointment is now "
							+ describe(chosen, providerNames()) + ". " + this.phrases.afterChange(),
					ANYTHING_ELSE, Expectation.CONFIRMATION);
		}
		catch (SlotUnavailableException ex) {
			return offer(session, SLOT_TAKEN);
		}
		catch (NotFoundException ex) {
			return ask(session, DialogueStage.ANYTHING_ELSE, "I'm sorry, I can't find that appointment anymore. ",
					ANYTHING_ELSE, Expectation.CONFIRMATION);
		}
		catch (BookingRuleException ex) {
			if (ex.rule() == BookingRuleException.Rule.NOT_BOOKED) {
				return ask(session, DialogueStage.ANYTHING_ELSE,
						"It looks like that appointment was already cancelled. ", ANYTHING_ELSE,
						Expectation.CONFIRMATION);
			}
			return offer(session, "I'm sorry, that time is no longer available. ");
		}
	}

	private Reply cancel(CallSession session, AppointmentOption target) {
		try {
			Appointment cancelled = this.bookings.cancel(target.appointmentId(), "Cancelled by the patient by phone",
					BookingSource.VOICE);
			session.setOutcome(CallOutcome.CANCELLED);
			session.setAppointmentId(cancelled.id());
			log.info("Call {}: cancelled appointment {}", session.getCallSid(), cancelled.id());
			return ask(session, DialogueStage.ANYTHING_ELSE,
					"Okay, your appointment on " + when(target.startsAt()) + " is cancelled. ", ANYTHING_ELSE,
					Expectation.CONFIRMATION);
		}
		catch (NotFoundException | BookingRuleException ex) {
			return ask(session, DialogueStage.ANYTHING_ELSE, "It looks like that appointment was already cancelled. ",
					ANYTHING_ELSE, Expectation.CONFIRMATION);
		}
	}

	// --- safe paths

	private Reply emergency(CallSession session) {
		Clinic clinic = this.clinics.clinic();
		if (clinic.transferNumber() != null && isOpenNow()) {
			end(session, CallOutcome.TRANSFERRED);
			return Reply.transfer("That sounds urgent. I'll put you through to our team right away.",
					clinic.transferNumber());
		}
		end(session, CallOutcome.MESSAGE_TAKEN);
		return Reply.takeMessage("That sounds urgent. If this is a life threatening emergency, please hang up and call "
				+ "9 1 1. Otherwise, please leave your name, your number, and a short message after the tone, "
				+ "and we'll call you back as soon as we can.");
	}

	private Reply handoff(CallSession session, String preamble) {
		Clinic clinic = this.clinics.clinic();
		if (clinic.transferNumber() != null && isOpenNow()) {
			end(session, CallOutcome.TRANSFERRED);
			return Reply.transfer(preamble + "I'll put you through to our front desk now. Please hold.",
					clinic.transferNumber());
		}
		end(session, CallOutcome.MESSAGE_TAKEN);
		return Reply.takeMessage(preamble + "Our front desk is closed right now, so I'll take a message. "
				+ "Please leave your name, your number, and a short message after the tone, and we'll call you back.");
	}

	/**
	 * The way out when something behind the dialogue failed: a person if one is there,
	 * otherwise a message. Nothing here may throw.
	 */
	private Reply safePath(CallSession session, String apology) {
		end(session, CallOutcome.FAILED);
		try {
			Clinic clinic = this.clinics.clinic();
			if (clinic.transferNumber() != null && this.clinics.isOpen(now())) {
				return Reply.transfer(apology + "Let me put you through to our front desk.", clinic.transferNumber());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Call {}: no transfer possible: {}", session.getCallSid(), describe(ex));
		}
		return Reply.takeMessage(apology + "Please leave your name, your number, and a short message after the tone, "
				+ "and we'll call you back as soon as we can.");
	}

	private Reply goodbye(CallSession session) {
		end(session, CallOutcome.ABANDONED);
		String name;
		try {
			name = this.clinics.clinic().name();
		}
		catch (RuntimeException ex) {
			name = "us";
		}
		return Reply.hangUp("Thank you for calling " + name + ". Have a great day. Goodbye.");
	}

	/**
	 * Ends the dialogue. An appointment booked, moved or cancelled earlier in the call
	 * stays the call's outcome whatever happens after it.
	 */
	private static void end(CallSession session, CallOutcome outcome) {
		session.setStage(DialogueStage.ENDED);
		CallOutcome earlier = session.getOutcome();
		if (earlier != CallOutcome.BOOKED && earlier != CallOutcome.RESCHEDULED && earlier != CallOutcome.CANCELLED) {
			session.setOutcome(outcome);
		}
	}

	private Reply notUnderstood(CallSession session, String apology, String question) {
		session.setFailures(session.getFailures() + 1);
		if (session.getFailures() >= 2) {
			return handoff(session, "I'm sorry, I'm having trouble understanding. ");
		}
		return ask(session, session.getStage(), apology, question, session.getLastExpect());
	}

	private Reply repeat(CallSession session, String preamble) {
		String question = (session.getLastPrompt() != null) ? session.getLastPrompt() : "How can I help you today?";
		return new Reply(preamble + question, Reply.Action.LISTEN, session.getLastExpect(), null);
	}

	private Reply ask(CallSession session, DialogueStage stage, String preamble, String question, Expectation expect) {
		session.setStage(stage);
		session.setLastPrompt(question);
		session.setLastExpect(expect);
		return Reply.ask(preamble + question, expect);
	}

	// --- understanding helpers

	private void absorbWhen(CallSession session, Extraction heard) {
		if (heard.date() != null) {
			session.setDate(heard.date());
			session.setRangeFrom(null);
			session.setRangeTo(null);
		}
		else if (heard.dateRange() != null) {
			session.setRangeFrom(heard.dateRange().from());
			session.setRangeTo(heard.dateRange().to());
			session.setDate(null);
		}
		if (heard.time() != null) {
			session.setTime(heard.time());
			session.setWindowFrom(null);
			session.setWindowTo(null);
		}
		else if (heard.timeWindow() != null) {
			session.setWindowFrom(heard.timeWindow().from());
			session.setWindowTo(heard.timeWindow().to());
			session.setTime(null);
		}
	}

	private void absorbService(CallSession session, Extraction heard) {
		if (heard.service() != null) {
			resolveType(heard.service()).ifPresent((type) -> {
				session.setAppointmentTypeId(type.id());
				session.setService(type.name());
				session.setDurationMin(null);
			});
		}
		if (heard.durationMin() != null && session.getAppointmentTypeId() == null) {
			session.setDurationMin(heard.durationMin());
		}
	}

	private void absorbName(CallSession session, Extraction heard) {
		if (heard.name() == null || heard.name().isBlank()) {
			return;
		}
		String name = heard.name().trim();
		if (session.getName() != null && !session.getName().equalsIgnoreCase(name)) {
			// someone else (a child, a partner): look the patient up again by this name
			session.setPatientId(null);
			session.setPatientLookedUp(false);
		}
		session.setName(name);
		session.setNameHeard(true);
	}

	private void absorbPhone(CallSession session, Extraction heard) {
		if (heard.phone() != null) {
			session.setPhone(heard.phone());
			// the network vouches for the caller ID, so a number equal to it needs no
			// read-back
			session.setPhoneConfirmed(callerPhone(session).map(heard.phone()::equals).orElse(false));
		}
	}

	private void absorbProvider(CallSession session, String said) {
		Set<Long> named = mentionedProviders(said);
		if (named.size() == 1) {
			session.setProviderId(named.iterator().next());
		}
	}

	private static boolean hasWhen(Extraction heard) {
		return heard.date() != null || heard.time() != null || heard.timeWindow() != null || heard.dateRange() != null;
	}

	private static boolean hasWhen(CallSession session) {
		return session.getDate() != null || session.getTime() != null || session.getWindowFrom() != null
				|| session.getWindowTo() != null || session.getRangeFrom() != null || session.getRangeTo() != null;
	}

	private static boolean hasRequest(Extraction heard) {
		return hasWhen(heard) || heard.service() != null || heard.durationMin() != null;
	}

	private static void clearWhen(CallSession session) {
		session.setDate(null);
		session.setTime(null);
		session.setWindowFrom(null);
		session.setWindowTo(null);
		session.setRangeFrom(null);
		session.setRangeTo(null);
	}

	private static void resetRequest(CallSession session) {
		clearWhen(session);
		session.setIntent(null);
		session.setDurationMin(null);
		session.setService(null);
		session.setAppointmentTypeId(null);
		session.setProviderId(null);
		session.setServiceAsked(false);
		session.setOffers(List.of());
		session.setChosen(null);
		session.setSlotConfirmed(false);
		session.setAppointments(List.of());
		session.setTargetAppointmentId(null);
	}

	private static String ordinalChoices(int size) {
		List<String> choices = List.of("the first", "the second", "the third", "the fourth")
			.subList(0, Math.min(size, 4));
		return SpokenForms.either(choices) + " one";
	}

	private Set<Long> mentionedProviders(String said) {
		Set<String> words = CallerPhrases.words(said);
		Set<Long> named = new LinkedHashSet<>();
		for (Provider provider : this.providers.findAll()) {
			String[] parts = provider.name().toLowerCase(Locale.ROOT).split("[^a-z]+");
			String last = parts[parts.length - 1];
			if (last.length() > 1 && words.contains(last)) {
				named.add(provider.id());
			}
		}
		return named;
	}

	private Optional<AppointmentType> resolveType(String service) {
		Optional<AppointmentType> exact = this.appointmentTypes.findByName(service);
		if (exact.isPresent()) {
			return exact;
		}
		String wanted = service.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		return this.appointmentTypes.findAll().stream().filter((type) -> {
			String name = type.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
			return !wanted.isEmpty() && (name.contains(wanted) || wanted.contains(name));
		}).findFirst();
	}

	private String serviceQuestion() {
		// emergencies go to a person, so they are not offered as something to book
		List<String> kinds = this.appointmentTypes.findAll()
			.stream()
			.filter((type) -> !CallerPhrases.isEmergency(type.name().toLowerCase(Locale.ROOT)))
			.map((type) -> SpokenForms.visit(type.name()))
			.toList();
		return kinds.isEmpty() ? "What is the visit for?" : "Is this for " + SpokenForms.either(kinds) + "?";
	}

	private void lookUpCaller(CallSession session) {
		if (session.isPatientLookedUp() || session.getPatientId() != null) {
			return;
		}
		session.setPatientLookedUp(true);
		Optional<String> phone = callerPhone(session);
		if (phone.isEmpty()) {
			return;
		}
		List<Patient> found = this.patients.findAllByPhone(phone.get());
		Patient patient = null;
		if (session.getName() == null) {
			if (found.size() > 1) {
				// family members share the number: the name asked for next picks one
				session.setPatientLookedUp(false);
				return;
			}
			patient = found.isEmpty() ? null : found.get(0);
		}
		else {
			List<Patient> named = byName(found, session.getName());
			if (found.size() > 1) {
				named = byFullName(found, session.getName());
			}
			patient = named.isEmpty() ? null : named.get(0);
		}
		if (patient != null) {
			session.setPatientId(patient.id());
			if (session.getName() == null) {
				session.setName(patient.name());
			}
		}
	}

	private static List<Patient> byName(List<Patient> patients, String name) {
		List<Patient> full = byFullName(patients, name);
		if (!full.isEmpty()) {
			return full;
		}
		List<String> wanted = nameWords(name);
		if (wanted.isEmpty()) {
			return List.of();
		}
		return patients.stream().filter((patient) -> {
			List<String> words = nameWords(patient.name());
			return !words.isEmpty() && words.get(0).equals(wanted.get(0));
		}).toList();
	}

	/**
	 * The patients whose whole name is the one said, or whose first and last names are,
	 * ignoring case, accents and middle names. A first name alone matches nobody.
	 */
	static List<Patient> byFullName(List<Patient> patients, String name) {
		List<String> wanted = nameWords(name);
		if (wanted.size() < 2) {
			return List.of();
		}
		return patients.stream().filter((patient) -> {
			List<String> words = nameWords(patient.name());
			return words.equals(wanted) || (words.size() >= 2 && words.get(0).equals(wanted.get(0))
					&& words.get(words.size() - 1).equals(wanted.get(wanted.size() - 1)));
		}).toList();
	}

	private static List<String> nameWords(String name) {
		if (name == null) {
			return List.of();
		}
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z]+", " ")
			.trim();
		return plain.isEmpty() ? List.of() : List.of(plain.split(" "));
	}

	/**
	 * The caller ID in E.164 when the network gave a real number.
	 */
	private static Optional<String> callerPhone(CallSession session) {
		String caller = session.getCaller();
		if (caller == null || caller.isBlank()) {
			return Optional.empty();
		}
		String lower = caller.trim().toLowerCase(Locale.ROOT);
		if (lower.contains("anonymous") || lower.contains("unknown") || lower.contains("private")
				|| lower.contains("restricted") || lower.contains("unavailable")) {
			return Optional.empty();
		}
		return Patients.normalizePhone(caller.trim());
	}

	private AppointmentOption target(CallSession session) {
		Long id = session.getTargetAppointmentId();
		if (id == null) {
			return null;
		}
		return session.getAppointments()
			.stream()
			.filter((option) -> option.appointmentId() == id)
			.findFirst()
			.orElse(null);
	}

	private int durationOf(CallSession session) {
		return (session.getDurationMin() != null) ? session.getDurationMin() : 30;
	}

	// --- speaking

	private Map<Long, String> providerNames() {
		return this.providers.findAll()
			.stream()
			.collect(Collectors.toMap(Provider::id, (provider) -> SpokenForms.provider(provider.name())));
	}

	/**
	 * "Tuesday, March 10th at 10 a.m. with Dr. Ng".
	 */
	private String describe(SlotOption option, Map<Long, String> names) {
		String provider = names.get(option.providerId());
		return when(option.startsAt()) + ((provider != null) ? " with " + provider : "");
	}

	/**
	 * Options on the same day share the date: "Tuesday, March 10th at 10 a.m. with Dr.
	 * Ng, or at 2 p.m. with Dr. Patel".
	 */
	private String optionList(List<SlotOption> options) {
		Map<Long, String> names = providerNames();
		List<String> parts = new ArrayList<>();
		LocalDate previous = null;
		for (SlotOption option : options) {
			LocalDate date = localDate(option);
			String provider = names.get(option.providerId());
			String time = "at " + SpokenForms.time(localTime(option)) + ((provider != null) ? " with " + provider : "");
			parts.add(date.equals(previous) ? time : SpokenForms.date(date) + " " + time);
			previous = date;
		}
		return SpokenForms.either(parts);
	}

	private String describeAppointment(AppointmentOption option) {
		String kind = (option.appointmentTypeId() != null) ? this.appointmentTypes.findById(option.appointmentTypeId())
			.map((type) -> SpokenForms.visit(type.name()).replaceFirst("^an? ", ""))
			.orElse("appointment") : "appointment";
		String provider = providerNames().get(option.providerId());
		return kind + " on " + when(option.startsAt()) + ((provider != null) ? " with " + provider : "");
	}

	private String appointmentList(List<AppointmentOption> options) {
		Function<AppointmentOption, String> spoken = (option) -> {
			String description = describeAppointment(option);
			return ("aeiou".indexOf(description.charAt(0)) >= 0 ? "an " : "a ") + description;
		};
		return SpokenForms.both(options.stream().map(spoken).toList());
	}

	private String when(Instant instant) {
		ZonedDateTime local = instant.atZone(zone());
		return SpokenForms.date(local.toLocalDate()) + " at " + SpokenForms.time(local.toLocalTime());
	}

	private LocalDate localDate(SlotOption option) {
		return localDate(option.startsAt());
	}

	private LocalTime localTime(SlotOption option) {
		return localTime(option.startsAt());
	}

	private LocalDate localDate(Instant instant) {
		return instant.atZone(zone()).toLocalDate();
	}

	private LocalTime localTime(Instant instant) {
		return instant.atZone(zone()).toLocalTime();
	}

	// --- time

	private Instant now() {
		return this.clock.instant();
	}

	private LocalDate today() {
		return now().atZone(zone()).toLocalDate();
	}

	private ZoneId zone() {
		return this.clinics.clinic().timeZone();
	}

	private boolean isOpenNow() {
		return this.clinics.isOpen(now());
	}

	/**
	 * The exception's type and message with anything that looks like a phone number
	 * masked, since database messages can quote the values of a failed statement.
	 */
	private static String describe(RuntimeException ex) {
		String message = (ex.getMessage() != null) ? PHONE_LIKE.matcher(ex.getMessage()).replaceAll("***") : "";
		return ex.getClass().getSimpleName() + ": " + message;
	}

}
