package io.bella.extraction;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.bella.system.ModelUsage;
import io.bella.system.ModelUsageMeter;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.timelimiter.TimeLimiter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

class LlmAppointmentExtractorTests {

	private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	// Friday 6 March 2026, 10:00 in Toronto
	private static final Instant REFERENCE = Instant.parse("2026-03-06T15:00:00Z");

	private static final String UTTERANCE = "um yeah I need a cleaning tomorrow at to p m for emily roy";

	private static final String BOOK_TOMORROW = """
			{"intent":"book","date_phrase":"tomorrow","time_phrase":"2 pm","duration_phrase":null,
			 "name":"emily roy","phone_digits":"416 555 0123","service":"toothache","confidence":0.92}""";

	private final WireMockServer server = new WireMockServer(options().dynamicPort());

	private final Extraction rulesReading = PhraseRules.reading(Intent.UNKNOWN, 0.3);

	private final PhraseRules rules = new PhraseRules(this.rulesReading);

	private final CircuitBreaker circuitBreaker = OpenAiStub.circuitBreaker();

	private LlmAppointmentExtractor extractor;

	@BeforeAll
	static void warmUp() {
		OpenAiStub.warmUp();
	}

	@BeforeEach
	void start() {
		this.server.start();
		this.extractor = OpenAiStub.extractor(this.server, this.rules, this.circuitBreaker);
	}

	@AfterEach
	void stop() {
		this.extractor.close();
		this.server.stop();
	}

	@Test
	void extractResolvesTheModelsPhrasesInJava() {
		OpenAiStub.answer(this.server, OpenAiStub.completion(BOOK_TOMORROW));

		Extraction extraction = this.extractor.extract(request(UTTERANCE));

		assertThat(extraction.intent()).isEqualTo(Intent.BOOK);
		assertThat(extraction.date()).isEqualTo(LocalDate.of(2026, 3, 7));
		assertThat(extraction.time()).isEqualTo(LocalTime.of(14, 0));
		assertThat(extraction.startsAt()).isEqualTo(OffsetDateTime.of(2026, 3, 7, 14, 0, 0, 0, ZoneOffset.ofHours(-5)));
		assertThat(extraction.name()).isEqualTo("Emily Roy");
		assertThat(extraction.phone()).isEqualTo("+14165550123");
		assertThat(extraction.service()).isEqualTo("emergency");
		assertThat(extraction.confidence()).isEqualTo(0.92);
		assertThat(extraction.normalizedText()).isEqualTo("normalized by the rules");
		assertThat(this.rules.asked).extracting(ExtractionRequest::text, ExtractionRequest::expect)
			.contains(org.assertj.core.groups.Tuple.tuple("tomorrow", Expectation.DATE),
					org.assertj.core.groups.Tuple.tuple("2 pm", Expectation.TIME));
	}

	@Test
	void theTokensTheModelChargedAreCountedForTheWorkThatAsked() {
		OpenAiStub.answer(this.server, OpenAiStub.completion(BOOK_TOMORROW));

		ModelUsageMeter.Measured<Extraction> measured = ModelUsageMeter
			.measure(() -> this.extractor.extract(request(UTTERANCE)));

		assertThat(measured.result().intent()).isEqualTo(Intent.BOOK);
		assertThat(measured.usage()).isEqualTo(new ModelUsage("gpt-4o-mini", 1, 300, 60));
	}

	@Test
	void anAnswerTheExtractorCannotUseIsStillCountedAsCharged() {
		OpenAiStub.answer(this.server, OpenAiStub.completion("not json"));

		ModelUsageMeter.Measured<Extraction> measured = ModelUsageMeter
			.measure(() -> this.extractor.extract(request(UTTERANCE)));

		assertThat(measured.result()).isEqualTo(this.rulesReading);
		assertThat(measured.usage().inputTokens()).isEqualTo(300);
		assertThat(measured.usage().outputTokens()).isEqualTo(60);
	}

	@Test
	void promptNamesTheConfiguredKindOfPractice() {
		OpenAiStub.answer(this.server, OpenAiStub.completion(BOOK_TOMORROW));
		LlmProperties physio = new LlmProperties(this.server.baseUrl() + "/v1", "test-key", "gpt-4o-mini",
				Duration.ofSeconds(1), "physiotherapy clinic");
		try (LlmAppointmentExtractor physioExtractor = new LlmAppointmentExtractor(
				LlmAppointmentExtractor.client(physio), physio, this.rules, CircuitBreaker.ofDefaults("physio"),
				TimeLimiter.of(Duration.ofSeconds(1)), OpenAiStub.PHONE_NUMBERS)) {
			physioExtractor.extract(request(UTTERANCE));
		}

		this.server.verify(postRequestedFor(urlEqualTo(OpenAiStub.PATH)).withRequestBody(
				matchingJsonPath("$.messages[0].content", containing("phone assistant of a physiotherapy clinic,"))));
	}

	@Test
	void promptNamesTheKindOfPracticeTheClinicSetsUp() {
		OpenAiStub.answer(this.server, OpenAiStub.completion(BOOK_TOMORROW));
		ClinicVocabulary physio = ClinicVocabulary.of("Peak Motion", List.of("treatment"))
			.withPractice("physiotherapy clinic");

		this.extractor.extract(new ExtractionRequest(UTTERANCE, REFERENCE, TORONTO, null, physio));

		this.server.verify(postRequestedFor(urlEqualTo(OpenAiStub.PATH)).withRequestBody(
				matchingJsonPath("$.messages[0].content", containing("phone assistant of a physiotherapy clinic,"))));
	}

	@Test
	void extractAsksForStrictJsonSchemaOutputWithTheConfiguredModel() {
		OpenAiStub.answer(this.server, OpenAiStub.completion(BOOK_TOMORROW));

		this.extractor.extract(new ExtractionRequest("it's Emily Roy", REFERENCE, TORONTO, Expectation.NAME));

		this.server.verify(postRequestedFor(urlEqualTo(OpenAiStub.PATH))
			.withHeader("Authorization", equalTo("Bearer test-key"))
			.withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini")))
			.withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_schema")))
			.withRequestBody(matchingJsonPath("$.response_format.json_schema.strict", equalTo("true")))
			.withRequestBody(matchingJsonPath("$.response_format.json_schema.schema.required[0]", equalTo("intent")))
			.withRequestBody(matchingJsonPath("$.messages[1].content", equalTo(
					"The assistant just asked for the patient's name.\n<utterance>it's Emily Roy</utterance>"))));
	}

	@Test
	void extractKeepsWhatTheModelHeardButJavaCannotResolveNullAndLessConfident() {
		OpenAiStub.answer(this.server, OpenAiStub.completion("""
				{"intent":"book","date_phrase":"the thirty-second of never","time_phrase":null,
				 "duration_phrase":"half an hour","name":"N G U Y E N","phone_digits":"555 01","service":null,
				 "confidence":0.9}"""));

		Extraction extraction = this.extractor.extract(request("book me the thirty-second of never"));

		assertThat(extraction.intent()).isEqualTo(Intent.BOOK);
		assertThat(extraction.date()).isNull();
		assertThat(extraction.startsAt()).isNull();
		assertThat(extraction.durationMin()).isEqualTo(30);
		assertThat(extraction.name()).isEqualTo("Nguyen");
		assertThat(extraction.phone()).isNull();
		assertThat(extraction.confidence()).isEqualTo(0.5);
	}

	@Test
	void extractWhenTheModelIsTooSlowFallsBackToTheRulesQuickly() {
		OpenAiStub.answer(this.server, OpenAiStub.completion(BOOK_TOMORROW).withFixedDelay(15_000));

		long started = System.nanoTime();
		Extraction extraction = this.extractor.extract(request(UTTERANCE));

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(OpenAiStub.TIMEOUT.multipliedBy(2));
		assertThat(extraction).isEqualTo(this.rulesReading);
		assertThat(this.circuitBreaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
	}

	@Test
	void extractWhenTheModelAnswers500FallsBackToTheRules() {
		OpenAiStub.answer(this.server,
				aResponse().withStatus(500)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}"));

		assertThat(this.extractor.extract(request(UTTERANCE))).isEqualTo(this.rulesReading);
		assertThat(OpenAiStub.requests(this.server)).isEqualTo(1);
		assertThat(this.circuitBreaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
	}

	@Test
	void extractWhenTheModelAnswersMalformedJsonFallsBackToTheRules() {
		OpenAiStub.answer(this.server, OpenAiStub.completion("{\"intent\": \"book\", \"date_phrase\": \"tomor"));

		assertThat(this.extractor.extract(request(UTTERANCE))).isEqualTo(this.rulesReading);
		assertThat(this.circuitBreaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
	}

	@Test
	void extractWhenTheModelAnswersJsonOutsideTheSchemaFallsBackToTheRules() {
		OpenAiStub.answer(this.server, OpenAiStub.completion("{\"intent\": \"teleport\", \"confidence\": 1}"));

		assertThat(this.extractor.extract(request(UTTERANCE))).isEqualTo(this.rulesReading);
	}

	@Test
	void extractWhenTheResponseIsNotAChatCompletionFallsBackToTheRules() {
		OpenAiStub.answer(this.server,
				aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("<html>oops"));

		assertThat(this.extractor.extract(request(UTTERANCE))).isEqualTo(this.rulesReading);
	}

	@Test
	void extractWhenTheBreakerIsOpenDoesNotCallTheModel() {
		OpenAiStub.answer(this.server, aResponse().withStatus(500));
		this.extractor.extract(request(UTTERANCE));
		this.extractor.extract(request(UTTERANCE));
		assertThat(this.circuitBreaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(OpenAiStub.requests(this.server)).isEqualTo(2);
		OpenAiStub.answer(this.server, OpenAiStub.completion(BOOK_TOMORROW));

		for (int i = 0; i < 5; i++) {
			assertThat(this.extractor.extract(request(UTTERANCE))).isEqualTo(this.rulesReading);
		}

		assertThat(OpenAiStub.requests(this.server)).isEqualTo(2);
		assertThat(this.circuitBreaker.getMetrics().getNumberOfNotPermittedCalls()).isEqualTo(5);
	}

	@Test
	void extractOfSilenceDoesNotCallTheModel() {
		OpenAiStub.answer(this.server, OpenAiStub.completion(BOOK_TOMORROW));

		assertThat(this.extractor.extract(request("   "))).isEqualTo(this.rulesReading);
		assertThat(OpenAiStub.requests(this.server)).isZero();
	}

	@Test
	void extractOfAnUnreachableModelFallsBackToTheRules() {
		this.server.stop();

		assertThat(this.extractor.extract(request(UTTERANCE))).isEqualTo(this.rulesReading);
	}

	@Test
	void nameKeepsMixedCaseAndRejectsWhatIsNotAName() {
		assertThat(LlmAppointmentExtractor.name("Mary-Jane O'Neil")).isEqualTo("Mary-Jane O'Neil");
		assertThat(LlmAppointmentExtractor.name("JEAN-LUC TREMBLAY")).isEqualTo("Jean-Luc Tremblay");
		assertThat(LlmAppointmentExtractor.name("R2D2")).isNull();
		assertThat(LlmAppointmentExtractor.name("  ")).isNull();
	}

	private static ExtractionRequest request(String text) {
		return new ExtractionRequest(text, REFERENCE, TORONTO);
	}

}
