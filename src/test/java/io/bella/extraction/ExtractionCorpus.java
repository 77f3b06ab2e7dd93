package io.bella.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled corpus in {@code extraction/corpus.jsonl} and the per-field scoring shared
 * by the corpus test, the benchmark and the chrono-node comparison (same rules).
 */
final class ExtractionCorpus {

	static final String RESOURCE = "/extraction/corpus.jsonl";

	static final List<String> FIELDS = List.of("intent", "date", "time", "time_window", "date_range", "duration_min",
			"name", "phone", "service", "starts_at");

	/**
	 * One labelled turn; {@code classes} says how it is written ("written" or "phone")
	 * and what it tests ("clock-range", "holiday", ...).
	 */
	record Case(String id, String text, Instant referenceTime, ZoneId zone, Expectation expect, JsonNode expected,
			List<String> classes) {

		ExtractionRequest request() {
			return new ExtractionRequest(this.text, this.referenceTime, this.zone, this.expect);
		}

	}

	/** Per field: how many lines label it and how many the engine got right. */
	record Score(String field, int labelled, int correct) {

		double accuracy() {
			return (this.labelled == 0) ? 1.0 : (double) this.correct / this.labelled;
		}

	}

	record Miss(Case line, String field, String expected, String actual) {
	}

	private ExtractionCorpus() {
	}

	static List<Case> load() {
		JsonMapper mapper = JsonMapper.builder().build();
		List<Case> cases = new ArrayList<>();
		try (InputStream in = ExtractionCorpus.class.getResourceAsStream(RESOURCE);
				BufferedReader reader = new BufferedReader(
						new InputStreamReader(Objects.requireNonNull(in, RESOURCE), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode node = mapper.readTree(line);
				JsonNode expect = node.get("expect");
				List<String> classes = new ArrayList<>();
				JsonNode cls = node.get("class");
				if (cls != null) {
					cls.forEach((c) -> classes.add(c.asString()));
				}
				cases.add(new Case(node.get("id").asString(), node.get("text").asString(),
						OffsetDateTime.parse(node.get("reference_time").asString()).toInstant(),
						ZoneId.of(node.get("timezone").asString()),
						(expect == null || expect.isNull()) ? null
								: Expectation.valueOf(expect.asString().toUpperCase(Locale.ROOT)),
						node.get("expected"), List.copyOf(classes)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return cases;
	}

	static Map<String, Score> score(AppointmentExtractor extractor, List<Case> cases, Consumer<Miss> misses) {
		return scoreByClass(extractor, cases, misses).get(ALL);
	}

	/** The key of {@link #scoreByClass} for all lines together. */
	static final String ALL = "all";

	/**
	 * Per class of line (and {@link #ALL} for every line), per field: how many lines
	 * label it and how many the engine got right.
	 */
	static Map<String, Map<String, Score>> scoreByClass(AppointmentExtractor extractor, List<Case> cases,
			Consumer<Miss> misses) {
		Map<String, Map<String, int[]>> counts = new LinkedHashMap<>();
		for (Case c : cases) {
			Extraction e = extractor.extract(c.request());
			for (String field : FIELDS) {
				JsonNode want = c.expected().get(field);
				if (want == null) {
					continue;
				}
				String expected = expectedText(field, want);
				String actual = actualText(field, e);
				boolean right = Objects.equals(expected, actual);
				count(counts, ALL, field, right);
				for (String cls : c.classes()) {
					count(counts, cls, field, right);
				}
				if (!right) {
					misses.accept(new Miss(c, field, expected, actual));
				}
			}
		}
		Map<String, Map<String, Score>> scores = new LinkedHashMap<>();
		counts.forEach((cls, byField) -> {
			Map<String, Score> fields = new LinkedHashMap<>();
			for (String field : FIELDS) {
				int[] n = byField.get(field);
				if (n != null) {
					fields.put(field, new Score(field, n[0], n[1]));
				}
			}
			scores.put(cls, fields);
		});
		return scores;
	}

	private static void count(Map<String, Map<String, int[]>> counts, String cls, String field, boolean right) {
		int[] n = counts.computeIfAbsent(cls, (k) -> new LinkedHashMap<>()).computeIfAbsent(field, (k) -> new int[2]);
		n[0]++;
		if (right) {
			n[1]++;
		}
	}

	private static String expectedText(String field, JsonNode want) {
		if (want.isNull()) {
			return null;
		}
		return switch (field) {
			case "time_window", "date_range" -> text(want.get("from")) + ".." + text(want.get("to"));
			case "starts_at" -> OffsetDateTime.parse(want.asString()).toString();
			case "time" -> LocalTime.parse(want.asString()).toString();
			case "date" -> LocalDate.parse(want.asString()).toString();
			default -> want.asString();
		};
	}

	private static String text(JsonNode node) {
		return (node == null || node.isNull()) ? "null" : node.asString();
	}

	static String actualText(String field, Extraction e) {
		return switch (field) {
			case "intent" -> e.intent().name().toLowerCase(Locale.ROOT);
			case "date" -> str(e.date());
			case "time" -> str(e.time());
			case "time_window" -> (e.timeWindow() == null) ? null : e.timeWindow().from() + ".." + e.timeWindow().to();
			case "date_range" -> (e.dateRange() == null) ? null : e.dateRange().from() + ".." + e.dateRange().to();
			case "duration_min" -> str(e.durationMin());
			case "name" -> e.name();
			case "phone" -> e.phone();
			case "service" -> e.service();
			case "starts_at" -> str(e.startsAt());
			default -> throw new IllegalArgumentException(field);
		};
	}

	private static String str(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
