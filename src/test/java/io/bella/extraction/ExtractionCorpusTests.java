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
 * Runs the rule engine over the labelled corpus, prints per-field accuracy and fails when
 * a field drops below the level recorded in {@code extraction/accuracy-floor.properties}.
 */
class ExtractionCorpusTests {

	private final AppointmentExtractor extractor = new RuleBasedAppointmentExtractor();

	@Test
	void corpusHasAtLeastFourHundredLabelledUtterances() {
		assertThat(ExtractionCorpus.load()).hasSizeGreaterThanOrEqualTo(400);
	}

	@Test
	void accuracyPerFieldNeverDropsBelowTheRecordedLevel() {
		List<ExtractionCorpus.Case> cases = ExtractionCorpus.load();
		List<ExtractionCorpus.Miss> misses = new ArrayList<>();
		Map<String, ExtractionCorpus.Score> scores = ExtractionCorpus.score(this.extractor, cases, misses::add);
		Properties floor = floor();

		StringBuilder report = new StringBuilder("\nExtraction corpus: " + cases.size() + " utterances\n");
		report.append(String.format("%-14s %9s %8s %9s %7s%n", "field", "labelled", "correct", "accuracy", "floor"));
		for (ExtractionCorpus.Score s : scores.values()) {
			report.append(String.format("%-14s %9d %8d %8.1f%% %6.1f%%%n", s.field(), s.labelled(), s.correct(),
					100 * s.accuracy(), 100 * Double.parseDouble(floor.getProperty(s.field(), "0"))));
		}
		misses.stream()
			.limit(60)
			.forEach((m) -> report.append(String.format("  miss %-18s %-12s want=%s got=%s  | %s%n", m.line().id(),
					m.field(), m.expected(), m.actual(), m.line().text())));
		System.out.println(report);

		for (ExtractionCorpus.Score s : scores.values()) {
			double min = Double.parseDouble(floor.getProperty(s.field(), "0"));
			assertThat(s.accuracy()).as("accuracy of %s", s.field()).isGreaterThanOrEqualTo(min);
		}
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
