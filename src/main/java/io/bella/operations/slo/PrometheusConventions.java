package io.bella.operations.slo;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Makes every meter pass {@code promtool check metrics}, whoever registered it: a meter
 * without a description gets one made from its name (Prometheus writes no HELP line
 * otherwise), a name with a camel-case part (Spring Security's filter names) is written
 * in snake case, a base unit other than seconds for time ({@code ms}, {@code ns}, which a
 * filter cannot convert) moves from the name into the description, and
 * {@code system.cpu.count}, a gauge whose {@code _count} suffix reads as a summary's, is
 * {@code system.cpus}. Values are untouched.
 */
class PrometheusConventions implements MeterFilter {

	private static final Map<String, String> TIME_UNITS = Map.of("ms", "milliseconds", "ns", "nanoseconds");

	private static final Map<String, String> NAMES = Map.of("system.cpu.count", "system.cpus");

	@Override
	public Meter.Id map(Meter.Id id) {
		String name = NAMES.getOrDefault(id.getName(), id.getName());
		name = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
		String description = (id.getDescription() != null && !id.getDescription().isBlank()) ? id.getDescription()
				: describe(name);
		String unit = id.getBaseUnit();
		if (unit != null && TIME_UNITS.containsKey(unit)) {
			description = description + " (in " + TIME_UNITS.get(unit) + ")";
			unit = null;
		}
		if (name.equals(id.getName()) && description.equals(id.getDescription())
				&& Objects.equals(unit, id.getBaseUnit())) {
			return id;
		}
		return new Meter.Id(name, Tags.of(id.getTagsAsIterable()), unit, description, id.getType());
	}

	private static String describe(String name) {
		String words = name.replace('.', ' ').replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
