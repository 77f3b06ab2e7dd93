package io.bella.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.bella.booking.AppointmentType;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.Provider;
import io.bella.booking.Providers;
import io.bella.dialogue.CallSession.AppointmentOption;
import io.bella.dialogue.CallSession.SlotOption;

/**
 * How Bella speaks of this clinic's times, appointments, providers and kinds of visit,
 * and of the confirmation: the {@link SpokenForms} filled in with the clinic's own names.
 */
final class Phrasebook {

	private final Providers providers;

	private final AppointmentTypes appointmentTypes;

	private final ClinicTime time;

	private final TextPromises confirmations;

	Phrasebook(Providers providers, AppointmentTypes appointmentTypes, ClinicTime time, TextPromises confirmations) {
		this.providers = providers;
		this.appointmentTypes = appointmentTypes;
		this.time = time;
		this.confirmations = confirmations;
	}

	/**
	 * How to speak of the confirmation texted to the number ({@code null} when not known
	 * yet): a number that opted out is promised no text.
	 */
	ConfirmationPhrases confirmations(String phone) {
		return this.confirmations.to(phone);
	}

	/**
	 * "Tuesday, March 10th at 10 a.m. with Dr. Ng".
	 */
	String slot(SlotOption option) {
		return SpokenForms.slot(option, this.time.zone(), providerNames());
	}

	String slots(List<SlotOption> options) {
		return SpokenForms.slots(options, this.time.zone(), providerNames());
	}

	/**
	 * "Tuesday, March 10th at 10 a.m.".
	 */
	String when(Instant instant) {
		return SpokenForms.when(instant, this.time.zone());
	}

	/**
	 * "cleaning on Tuesday, March 10th at 10 a.m. with Dr. Ng".
	 */
	String appointment(AppointmentOption option) {
		String typeName = (option.appointmentTypeId() != null)
				? this.appointmentTypes.findById(option.appointmentTypeId()).map(AppointmentType::name).orElse(null)
				: null;
		String provider = providerNames().get(option.providerId());
		return SpokenForms.appointment(SpokenForms.kind(typeName), option.startsAt(), this.time.zone(), provider);
	}

	/**
	 * "a checkup on ... and a cleaning on ...".
	 */
	String appointments(List<AppointmentOption> options) {
		return SpokenForms
			.both(options.stream().map((option) -> SpokenForms.withArticle(appointment(option))).toList());
	}

	/**
	 * "Is this for a checkup or a cleaning?".
	 */
	String serviceQuestion() {
		// emergencies go to a person, so they are not offered as something to book
		List<String> kinds = this.appointmentTypes.findAll()
			.stream()
			.filter((type) -> !CallerPhrases.isEmergency(type.name().toLowerCase(Locale.ROOT)))
			.map((type) -> SpokenForms.visit(type.name()))
			.toList();
		return kinds.isEmpty() ? "What is the visit for?" : "Is this for " + SpokenForms.either(kinds) + "?";
	}

	/**
	 * "We book checkups, cleanings, and emergency visits. Which would you like?": the
	 * clinic's kinds of visit named, for a caller whose words named none of them.
	 */
	String serviceChoices() {
		List<String> kinds = this.appointmentTypes.findAll()
			.stream()
			.map((type) -> plural(SpokenForms.kind(type.name())))
			.toList();
		return kinds.isEmpty() ? "What is the visit for?"
				: "We book " + SpokenForms.both(kinds) + ". Which would you like?";
	}

	private static String plural(String kind) {
		return kind.matches(".*(s|x|ch|sh)$") ? kind + "es" : kind + "s";
	}

	private Map<Long, String> providerNames() {
		return this.providers.findAll()
			.stream()
			.collect(Collectors.toMap(Provider::id, (provider) -> SpokenForms.provider(provider.name())));
	}

	/**
	 * "The one at 9 a.m. or the one at 2:30 p.m.?": the question that tells these options
	 * apart by what differs between them — day, time, or provider.
	 */
	String whichOf(List<SlotOption> options) {
		List<LocalDate> days = options.stream().map((option) -> this.time.date(option.startsAt())).toList();
		List<LocalTime> times = options.stream().map((option) -> this.time.time(option.startsAt())).toList();
		boolean daysDiffer = days.stream().distinct().count() > 1;
		boolean timesDiffer = times.stream().distinct().count() > 1;
		boolean weekdaysTell = days.stream().map(LocalDate::getDayOfWeek).distinct().count() == days.stream()
			.distinct()
			.count();
		boolean whenTells = options.stream().map((option) -> option.startsAt()).distinct().count() == options.size();
		Map<Long, String> names = providerNames();
		List<String> choices = new ArrayList<>();
		for (int i = 0; i < options.size(); i++) {
			StringBuilder choice = new StringBuilder("the one");
			if (daysDiffer) {
				choice.append(" on ")
					.append(weekdaysTell ? days.get(i).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CANADA)
							: SpokenForms.date(days.get(i)));
			}
			if (timesDiffer) {
				choice.append(" at ").append(SpokenForms.time(times.get(i)));
			}
			if (!whenTells && names.containsKey(options.get(i).providerId())) {
				choice.append(" with ").append(names.get(options.get(i).providerId()));
			}
			choices.add(choice.toString());
		}
		String question = SpokenForms.either(choices) + "?";
		return Character.toUpperCase(question.charAt(0)) + question.substring(1);
	}

}
