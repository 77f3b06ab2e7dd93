package io.bella.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words one clinic brings to a call: those of its own name, which are never the
 * caller's name, and what callers say for each of its appointment types. Read from the
 * clinic's own data; {@link #builtIn()} when there is none.
 *
 * @param clinicNameWords the words of the clinic's name, lower case ("maple", "dental",
 * "centre")
 * @param services the appointment types callers can name, in order of precedence: when a
 * caller names two, the one listed first is read
 * @param practice the kind of practice ("physiotherapy clinic") when the clinic names it,
 * else {@code null}
 */
public record ClinicVocabulary(Set<String> clinicNameWords, List<ServicePhrases> services, String practice) {

	private static final ClinicVocabulary BUILT_IN = new ClinicVocabulary(Set.of(),
			ServicePhrases.grouped(WordLists.pairs("services.txt")), null);

	public ClinicVocabulary {
		Set<String> words = new LinkedHashSet<>();
		for (String word : clinicNameWords) {
			if (!word.isBlank()) {
				words.add(word.strip().toLowerCase(Locale.ROOT));
			}
		}
		clinicNameWords = Set.copyOf(words);
		services = List.copyOf(services);
		practice = (practice != null && !practice.isBlank()) ? practice.strip() : null;
	}

	public ClinicVocabulary(Set<String> clinicNameWords, List<ServicePhrases> services) {
		this(clinicNameWords, services, null);
	}

	/**
	 * This vocabulary for a clinic of that kind ("dental clinic").
	 */
	public ClinicVocabulary withPractice(String kind) {
		return new ClinicVocabulary(this.clinicNameWords, this.services, kind);
	}

	/**
	 * No clinic name, and the built-in phrases for emergencies, cleanings, checkups and a
	 * few named treatments ({@code extraction/services.txt}).
	 */
	public static ClinicVocabulary builtIn() {
		return BUILT_IN;
	}

	/**
	 * A clinic's vocabulary from its name and the names of its appointment types. A type
	 * the built-in phrases name ("Cleaning") is read by them; any other ("Invisalign
	 * consult") is read by its own name, before the built-in phrases, so that the caller
	 * who names it gets it rather than a built-in type it contains.
	 * @param clinicName the clinic's name as written ("Maple Dental Centre")
	 * @param appointmentTypes the names of its appointment types ("Checkup", "Invisalign
	 * consult")
	 */
	public static ClinicVocabulary of(String clinicName, Collection<String> appointmentTypes) {
		Map<String, List<String>> types = new LinkedHashMap<>();
		appointmentTypes.forEach((type) -> types.put(type, List.of()));
		return of(clinicName, types);
	}

	/**
	 * As {@link #of(String, Collection)}, with what callers say for each type (its
	 * synonyms: "teeth cleaned", "filling"), read before the built-in phrases.
	 * @param clinicName the clinic's name as written
	 * @param appointmentTypes each type's name with its synonyms
	 */
	public static ClinicVocabulary of(String clinicName, Map<String, ? extends Collection<String>> appointmentTypes) {
		List<ServicePhrases> own = new ArrayList<>();
		List<ServicePhrases> builtIn = new ArrayList<>(BUILT_IN.services());
		appointmentTypes.forEach((type, synonyms) -> {
			List<String> phrases = new ArrayList<>(synonyms);
			ServicePhrases named = new ServicePhrases(type, List.of(type));
			int known = indexOf(builtIn, named.service());
			if (known < 0) {
				phrases.add(0, type);
			}
			if (!phrases.isEmpty() && !named.phrases().isEmpty()) {
				own.add(new ServicePhrases(type, phrases));
			}
		});
		own.addAll(builtIn);
		return new ClinicVocabulary(Set.copyOf(Arrays.asList(Transcript.of(clinicName).words)), own);
	}

	private static int indexOf(List<ServicePhrases> services, String service) {
		for (int i = 0; i < services.size(); i++) {
			if (services.get(i).service().equals(service)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * An appointment type and what callers say for it.
	 *
	 * @param service the appointment-type word a reading answers with, lower case
	 * ("cleaning")
	 * @param phrases what callers say for it, as the transcript reads it: lower case,
	 * single spaces ("teeth cleaned", "hygiene")
	 */
	public record ServicePhrases(String service, List<String> phrases) {

		public ServicePhrases {
			service = service.strip().toLowerCase(Locale.ROOT);
			List<String> heard = new ArrayList<>();
			for (String phrase : phrases) {
				String words = Transcript.of(phrase).normalized();
				if (!words.isEmpty() && !heard.contains(words)) {
					heard.add(words);
				}
			}
			phrases = List.copyOf(heard);
		}

		/**
		 * {@code phrase = service} pairs as services, in the order each is first named.
		 */
		static List<ServicePhrases> grouped(Map<String, String> phraseToService) {
			Map<String, List<String>> byService = new LinkedHashMap<>();
			phraseToService
				.forEach((phrase, service) -> byService.computeIfAbsent(service, (s) -> new ArrayList<>()).add(phrase));
			List<ServicePhrases> services = new ArrayList<>();
			byService.forEach((service, phrases) -> services.add(new ServicePhrases(service, phrases)));
			return services;
		}

	}

}
