package io.bella.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the rule engine over the labelled corpus, prints accuracy per field and per class
 * of line, and fails when a field, or a field within a class ({@code class.phone.time}),
 * drops below the level recorded in {@code extraction/accuracy-floor.properties}.
 */
class ExtractionCorpusTests {

	private final AppointmentExtractor extractor = new RuleBasedAppointmentExtractor();

	@Test
	void corpusHasAtLeastThreeThousandLabelledUtterances() {
		assertThat(ExtractionCorpus.load()).hasSizeGreaterThanOrEqualTo(3000);
	}

	@Test
	void everyLineIsWrittenOrPhoneStyleAndHasAClass() {
		assertThat(ExtractionCorpus.load()).allSatisfy((c) -> {
			assertThat(c.classes()).hasSize(2);
			assertThat(c.classes().get(0)).isIn("written", "phone");
		});
	}

	@Test
	void accuracyPerFieldAndClassNeverDropsBelowTheRecordedLevel() {
		List<ExtractionCorpus.Case> cases = ExtractionCorpus.load();
		List<ExtractionCorpus.Miss> misses = new ArrayList<>();
		Map<String, Map<String, ExtractionCorpus.Score>> scores = ExtractionCorpus.scoreByClass(this.extractor, cases,
				misses::add);
		Properties floor = floor();

		StringBuilder report = new StringBuilder("\nExtraction corpus: " + cases.size() + " utterances\n");
		report.append(String.format("%-14s %9s %8s %9s %7s%n", "field", "labelled", "correct", "accuracy", "floor"));
		for (ExtractionCorpus.Score s : scores.get(ExtractionCorpus.ALL).values()) {
			report.append(String.format("%-14s %9d %8d %8.1f%% %6.1f%%%n", s.field(), s.labelled(), s.correct(),
					100 * s.accuracy(), 100 * level(floor, ExtractionCorpus.ALL, s.field())));
		}
		report.append(classTable(scores));
		misses.stream()
			.limit(80)
			.forEach((m) -> report.append(String.format("  miss %-22s %-12s want=%s got=%s  | %s%n", m.line().id(),
					m.field(), m.expected(), m.actual(), m.line().text())));
		System.out.println(report);

		scores.forEach((cls, byField) -> {
			for (ExtractionCorpus.Score s : byField.values()) {
				assertThat(s.accuracy()).as("accuracy of %s in class %s", s.field(), cls)
					.isGreaterThanOrEqualTo(level(floor, cls, s.field()));
			}
		});
	}

	/** One row per class: its lines' accuracy per field ("-" where none labels it). */
	private static String classTable(Map<String, Map<String, ExtractionCorpus.Score>> scores) {
		StringBuilder table = new StringBuilder(String.format("%n%-20s", "class"));
		for (String field : ExtractionCorpus.FIELDS) {
			table.append(String.format(" %8.8s", field));
		}
		table.append('\n');
		scores.forEach((cls, byField) -> {
			table.append(String.format("%-20s", cls));
			for (String field : ExtractionCorpus.FIELDS) {
				ExtractionCorpus.Score s = byField.get(field);
				table.append((s != null) ? String.format(" %7.1f%%", 100 * s.accuracy()) : String.format(" %8s", "-"));
			}
			table.append('\n');
		});
		return table.toString();
	}

	/**
	 * The floor of a field overall ({@code date}) or in a class
	 * ({@code class.phone.date}).
	 */
	private static double level(Properties floor, String cls, String field) {
		String key = ExtractionCorpus.ALL.equals(cls) ? field : "class." + cls + "." + field;
		return Double.parseDouble(floor.getProperty(key, "0"));
	}

	private static Properties floor() {
		Properties p = new Properties();
		try (InputStream in = ExtractionCorpusTests.class
			.getResourceAsStream("/extraction/accuracy-floor.properties")) {
			p.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return p;
	}

}
