package io.bella.extraction;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import io.bella.BellaIntegrationTest;
import io.bella.BellaWebMvcTest;
import io.bella.system.ClinicTimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * The extraction endpoint's request validation and defaults, with the extractor mocked:
 * what it refuses (401 without the key, 400 naming the field, 415 for a body that is not
 * JSON) and what it hands the extractor. What the engine makes of the words is
 * {@link ExtractionApiIntegrationTests}' subject.
 */
@BellaWebMvcTest(ExtractionController.class)
@EnableConfigurationProperties(ExtractionProperties.class)
class ExtractionApiTests {

	static final String PATH = "/api/assistant/extract-appointment";

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Clock clock;

	@MockitoBean
	AppointmentExtractor extractor;

	@MockitoBean
	ClinicTimeZone clinicTimeZone;

	@BeforeEach
	void clinicInToronto() {
		given(this.clinicTimeZone.zone()).willReturn(Optional.of(TORONTO));
		given(this.extractor.extract(any())).willReturn(new Extraction(Intent.BOOK, null, null, null, null, null, null,
				null, null, null, 0.9, "tomorrow at two"));
	}

	@Test
	void withoutTheApiKeyIsUnauthorized() {
		MvcTestResult result = this.mvc.post()
			.uri(PATH)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"tomorrow at 2\"}")
			.exchange();

		assertThat(result).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		then(this.extractor).should(never()).extract(any());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{"timezone": "America/Toronto"}                                    | text
			{"text": "   "}                                                    | text
			{"text": "tomorrow at 2", "timezone": "Mars/Olympus_Mons"}         | timezone
			{"text": "tomorrow at 2", "reference_time": "next thursday-ish"}   | reference_time
			{"text": "at 2", "reference_time": "2026-03-08T02:30", "timezone": "America/Toronto"} | reference_time
			{"text": "at 2", "reference_time": "2026-11-01T01:30", "timezone": "America/Toronto"} | reference_time
			{"text": "tomorrow at 2", "expect": "horoscope"}                   | expect
			""")
	void anInvalidFieldIs400NamingIt(String body, String field) {
		assertInvalid(post(body), field);
	}

	@Test
	void textLongerThanTwoThousandCharactersIs400NamingIt() {
		assertInvalid(post("{\"text\": \"" + "tomorrow ".repeat(250) + "\"}"), "text");
	}

	@Test
	void aBodyThatIsNotJsonIsMalformed() {
		MvcTestResult result = post("{\"text\": ");

		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").asString().endsWith("/malformed-request");
		then(this.extractor).should(never()).extract(any());
	}

	@Test
	void aBodyOfAnotherTypeIs415() {
		MvcTestResult result = this.mvc.post()
			.uri(PATH)
			.header("X-API-Key", BellaIntegrationTest.API_KEY)
			.contentType(MediaType.TEXT_PLAIN)
			.content("tomorrow at 2")
			.exchange();

		assertThat(result).hasStatus(415).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aLocalReferenceTimeIsReadInTheRequestsZone() {
		assertThat(post("""
				{"text": "tomorrow at 2", "reference_time": "2026-03-06T10:00", "timezone": " America/Vancouver ",
				 "expect": "DATE"}""")).hasStatus(200).bodyJson().extractingPath("$.intent").isEqualTo("book");

		ExtractionRequest request = extracted();
		assertThat(request.text()).isEqualTo("tomorrow at 2");
		assertThat(request.zone()).isEqualTo(ZoneId.of("America/Vancouver"));
		assertThat(request.referenceTime()).isEqualTo(Instant.parse("2026-03-06T18:00:00Z"));
		assertThat(request.expect()).isEqualTo(Expectation.DATE);
	}

	@Test
	void withoutZoneAndReferenceTimeTheClinicsZoneAndNowAreUsed() {
		assertThat(post("{\"text\": \"tomorrow at 2\"}")).hasStatus(200);

		ExtractionRequest request = extracted();
		assertThat(request.zone()).isEqualTo(TORONTO);
		assertThat(request.referenceTime()).isBetween(this.clock.instant().minusSeconds(60), this.clock.instant());
		assertThat(request.expect()).isNull();
	}

	private ExtractionRequest extracted() {
		ArgumentCaptor<ExtractionRequest> request = ArgumentCaptor.forClass(ExtractionRequest.class);
		then(this.extractor).should().extract(request.capture());
		return request.getValue();
	}

	private MvcTestResult post(String body) {
		return this.mvc.post()
			.uri(PATH)
			.header("X-API-Key", BellaIntegrationTest.API_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private void assertInvalid(MvcTestResult result, String field) {
		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").asString().endsWith("/invalid-request");
		assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly(field);
		then(this.extractor).should(never()).extract(any());
	}

}
