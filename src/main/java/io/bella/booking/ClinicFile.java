package io.bella.booking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.bella.system.InvalidRequestException;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;

/**
 * A clinic's whole set-up as a YAML file (docs/clinic-setup.md): the clinic, its booking
 * rules, statutory holidays, providers with their hours, appointment types and closed
 * dates. Providers and appointment types carry stable keys, by which a second application
 * updates what the first created.
 *
 * @param clinic the clinic's details
 * @param holidays the statutory holidays to close on ({@code CA-ON}), if any
 * @param bookingRules the booking rules, if the clinic sets them
 * @param providers the providers
 * @param appointmentTypes the kinds of visit
 * @param closedDates dates the whole clinic is closed, besides the holidays
 */
record ClinicFile(ClinicPart clinic, Holidays holidays, RulesPart bookingRules, List<ProviderPart> providers,
		List<TypePart> appointmentTypes, List<ClosedPart> closedDates) {

	ClinicFile {
		providers = (providers != null) ? providers : List.of();
		appointmentTypes = (appointmentTypes != null) ? appointmentTypes : List.of();
		closedDates = (closedDates != null) ? closedDates : List.of();
	}

	/**
	 * Reads a clinic file; fails with an {@link IllegalArgumentException} whose message
	 * names the file and the entry that is wrong.
	 */
	static ClinicFile read(Resource resource) {
		List<PropertySource<?>> sources;
		try {
			sources = new YamlPropertySourceLoader().load(resource.getDescription(), resource);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the clinic file " + resource.getDescription(), ex);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(
					"The clinic file " + resource.getDescription() + " is not valid YAML: " + ex.getMessage(), ex);
		}
		if (sources.isEmpty()) {
			throw new IllegalArgumentException("The clinic file " + resource.getDescription() + " is empty");
		}
		ApplicationConversionService conversions = new ApplicationConversionService();
		// "holidays: CA-ON" is the short form of "holidays: {jurisdiction: CA-ON}"
		conversions.addConverter(String.class, Holidays.class, (code) -> new Holidays(code, null, null));
		Binder binder = new Binder(ConfigurationPropertySources.from(sources.get(0)), null, conversions);
		try {
			ClinicFile file = binder.bind("", Bindable.of(ClinicFile.class))
				.orElseThrow(() -> new IllegalArgumentException("The clinic file is empty"));
			if (file.clinic() == null) {
				throw new IllegalArgumentException(
						"The clinic file " + resource.getDescription() + " has no 'clinic:' section");
			}
			return file;
		}
		catch (BindException ex) {
			throw new IllegalArgumentException(
					"The clinic file " + resource.getDescription() + ": '" + ex.getName() + "' " + rootMessage(ex), ex);
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return "cannot be read (" + cause.getMessage() + ")";
	}

	/**
	 * Working time written as {@code "09:00-12:00"}.
	 */
	static List<TimeRange> ranges(String field, List<String> written) {
		List<TimeRange> ranges = new ArrayList<>();
		for (String interval : (written != null) ? written : List.<String>of()) {
			String[] ends = (interval != null) ? interval.split("-", -1) : new String[0];
			if (ends.length != 2) {
				throw new InvalidRequestException(field, "'" + interval + "' is not HH:MM-HH:MM");
			}
			ranges.addAll(SetupJson.ranges(field, List.of(new SetupJson.Interval(ends[0], ends[1]))));
		}
		return ranges;
	}

	/**
	 * The clinic's details.
	 */
	record ClinicPart(String name, String timeZone, String phone, String transferNumber, String region, String kind,
			String address, Map<String, String> facts) {

		ClinicDetails details() {
			return new ClinicDetails(this.name, this.timeZone, this.phone, this.transferNumber, this.region, this.kind,
					this.address, (this.facts != null) ? this.facts : Map.of());
		}

	}

	/**
	 * Statutory holidays to close on, for this year and the next {@code years - 1}.
	 *
	 * @param jurisdiction {@code CA-ON}, {@code CA-QC} …
	 * @param except holidays (by name or date) the clinic stays open on
	 * @param years how many years ahead, this one included (3 when not given)
	 */
	record Holidays(String jurisdiction, List<String> except, Integer years) {

		Holidays {
			except = (except != null) ? except : List.of();
			years = (years != null) ? years : 3;
		}

	}

	/**
	 * The booking rules; a rule not given keeps the configured default.
	 */
	record RulesPart(Integer minimumNoticeMin, Integer maximumAdvanceDays, Integer slotGridMin) {
	}

	/**
	 * A provider.
	 *
	 * @param key a stable key ("ng"), unique in the clinic
	 * @param name the name as spoken and shown
	 * @param active whether they take bookings (true when not given)
	 * @param weeklyHours per weekday, intervals {@code "09:00-12:00"}; a day not given is
	 * a day off
	 * @param exceptions hours on particular dates
	 * @param closedDates dates this provider is away
	 */
	record ProviderPart(String key, String name, Boolean active, Map<String, List<String>> weeklyHours,
			List<ExceptionPart> exceptions, List<ClosedPart> closedDates) {

		ProviderPart {
			weeklyHours = (weeklyHours != null) ? weeklyHours : Map.of();
			exceptions = (exceptions != null) ? exceptions : List.of();
			closedDates = (closedDates != null) ? closedDates : List.of();
		}

		Map<DayOfWeek, List<TimeRange>> week() {
			Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
			for (DayOfWeek day : DayOfWeek.values()) {
				week.put(day, List.of());
			}
			this.weeklyHours.forEach((day, intervals) -> {
				DayOfWeek weekday;
				try {
					weekday = DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT));
				}
				catch (IllegalArgumentException ex) {
					throw new InvalidRequestException("weekly_hours", "'" + day + "' is not a day of the week");
				}
				week.put(weekday, SetupValidation.hours(day, ranges(day, intervals)));
			});
			return week;
		}

	}

	/**
	 * A provider's hours on one date ({@code hours: []} for a day off).
	 */
	record ExceptionPart(LocalDate date, List<String> hours, String note) {
	}

	/**
	 * A kind of visit.
	 *
	 * @param key a stable key ("cleaning")
	 * @param providers the keys of the providers who offer it; all when not given
	 */
	record TypePart(String key, String name, Integer durationMin, Integer bufferBeforeMin, Integer bufferAfterMin,
			List<String> providers, List<String> synonyms) {

		TypePart {
			providers = (providers != null) ? providers : List.of();
			synonyms = (synonyms != null) ? synonyms : List.of();
		}

	}

	/**
	 * A closed date with its name.
	 */
	record ClosedPart(LocalDate date, String name) {
	}

}
