package io.bella.extraction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

class HybridAppointmentExtractorTests {

	private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	private static final Instant REFERENCE = Instant.parse("2026-03-06T15:00:00Z");

	private static final String MODEL_ANSWER = """
			{"intent":"reschedule","date_phrase":"tomorrow","time_phrase":"2 pm","duration_phrase":null,
			 "name":"Emily Roy","phone_digits":null,"service":null,"confidence":0.85}""";

	private final WireMockServer server = new WireMockServer(options().dynamicPort());

	private LlmAppointmentExtractor model;

	@BeforeAll
	static void warmUp() {
		OpenAiStub.warmUp();
	}

	@BeforeEach
	void start() {
		this.server.start();
		OpenAiStub.answer(this.server, OpenAiStub.completion(MODEL_ANSWER));
	}

	@AfterEach
	void stop() {
		this.model.close();
		this.server.stop();
	}

	@Test
	void extractWhenTheRulesAreConfidentDoesNotAskTheModel() {
		Extraction confident = PhraseRules.reading(Intent.BOOK, 0.95);
		HybridAppointmentExtractor hybrid = hybrid(new PhraseRules(confident));

		assertThat(hybrid.extract(request("can I book a cleaning", null))).isEqualTo(confident);
		assertThat(OpenAiStub.requests(this.server)).isZero();
	}

	@Test
	void extractOfAConfidentBareDateWithoutIntentDoesNotAskTheModel() {
		Extraction bareDate = new Extraction(Intent.UNKNOWN, LocalDate.of(2026, 3, 7), null, null, null, null, null,
				null, null, null, 0.85, "tomorrow");
		HybridAppointmentExtractor hybrid = hybrid(new PhraseRules(bareDate));

		assertThat(hybrid.extract(request("tomorrow I guess", null))).isEqualTo(bareDate);
		assertThat(OpenAiStub.requests(this.server)).isZero();
	}

	@Test
	void extractWhenTheRulesFindNoIntentAsksTheModelAndMerges() {
		HybridAppointmentExtractor hybrid = hybrid(new PhraseRules(PhraseRules.reading(Intent.UNKNOWN, 0.9)));

		Extraction extraction = hybrid.extract(request("I got to push my thing to tomorrow at two", null));

		assertThat(OpenAiStub.requests(this.server)).isEqualTo(1);
		assertThat(extraction.intent()).isEqualTo(Intent.RESCHEDULE);
		assertThat(extraction.date()).isEqualTo(LocalDate.of(2026, 3, 7));
		assertThat(extraction.time()).isEqualTo(LocalTime.of(14, 0));
		assertThat(extraction.startsAt()).hasToString("2026-03-07T14:00-05:00");
		assertThat(extraction.confidence()).isEqualTo(0.9);
		assertThat(extraction.normalizedText()).isEqualTo("normalized by the rules");
	}

	@Test
	void extractWhenTheRulesMissTheExpectedAnswerAsksTheModelButKeepsWhatTheRulesFound() {
		Extraction withTime = new Extraction(Intent.BOOK, null, LocalTime.of(9, 30), null, null, null, null, null, null,
				"cleaning", 0.9, "normalized by the rules");
		HybridAppointmentExtractor hybrid = hybrid(new PhraseRules(withTime));

		Extraction extraction = hybrid.extract(request("uh it's emily roy at nine thirty", Expectation.NAME));

		assertThat(OpenAiStub.requests(this.server)).isEqualTo(1);
		assertThat(extraction.intent()).isEqualTo(Intent.BOOK);
		assertThat(extraction.name()).isEqualTo("Emily Roy");
		assertThat(extraction.time()).isEqualTo(LocalTime.of(9, 30));
		assertThat(extraction.date()).isEqualTo(LocalDate.of(2026, 3, 7));
		assertThat(extraction.startsAt()).hasToString("2026-03-07T09:30-05:00");
		assertThat(extraction.service()).isEqualTo("cleaning");
	}

	@Test
	void extractWhenTheRulesAreUnsureAndTheModelFailsKeepsTheRules() {
		OpenAiStub.answer(this.server, aResponse().withStatus(503));
		Extraction unsure = PhraseRules.reading(Intent.BOOK, 0.4);
		HybridAppointmentExtractor hybrid = hybrid(new PhraseRules(unsure));

		assertThat(hybrid.extract(request("book uh something", null))).isEqualTo(unsure);
		assertThat(OpenAiStub.requests(this.server)).isEqualTo(1);
	}

	private HybridAppointmentExtractor hybrid(PhraseRules rules) {
		this.model = OpenAiStub.extractor(this.server, rules, OpenAiStub.circuitBreaker());
		return new HybridAppointmentExtractor(rules, this.model, 0.7);
	}

	private static ExtractionRequest request(String text, Expectation expect) {
		return new ExtractionRequest(text, REFERENCE, TORONTO, expect);
	}

}
