package io.bella.booking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.bella.ApiClient;
import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import io.bella.system.InvalidRequestException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The clinic files and the API example of docs/clinic-setup.md, run as written: Bella
 * starts on an empty database with the two-dentist office's file, a second application
 * changes nothing, the physiotherapy practice's file applies as well, a broken file
 * changes nothing, and the API example sets a clinic up from scratch. A context of its
 * own: the tests replace the clinic.
 */
@BellaIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClinicFileIntegrationTests {

	static final Path GUIDE = Path.of("docs/clinic-setup.md");

	@LocalServerPort
	int port;

	@Autowired
	ClinicFileApplier applier;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@DynamicPropertySource
	static void theDentalOffice(DynamicPropertyRegistry registry) throws IOException {
		Path file = Files.createTempFile("clinic", ".yaml");
		Files.writeString(file, block("yaml", 0));
		file.toFile().deleteOnExit();
		registry.add("bella.setup.clinic-file", file::toString);
		registry.add("bella.demo.enabled", () -> "false");
	}

	@Test
	@Order(1)
	void theDentalOfficeIsSetUpAtStartAndASecondApplicationChangesNothing() {
		ApiClient api = new ApiClient(this.port, BellaIntegrationTest.API_KEY);
		JsonNode clinic = api.get("/api/clinic").json();
		assertThat(clinic.get("name").asString()).isEqualTo("Lakeshore Family Dentistry");
		assertThat(clinic.get("phone").asString()).isEqualTo("+14165550180");
		assertThat(clinic.get("facts")).hasSize(6);
		assertThat(clinic.get("facts").get("after_hours").asString()).contains("emergency department");
		assertThat(clinic.get("hours").get("wednesday").toString())
			.isEqualTo("[{\"start\":\"11:00\",\"end\":\"15:00\"},{\"start\":\"16:00\",\"end\":\"20:00\"}]");
		assertThat(api.get("/api/booking-rules").json().get("maximum_advance_days").asInt()).isEqualTo(120);
		JsonNode providers = api.get("/api/providers").json();
		assertThat(providers).extracting((p) -> p.get("name").asString())
			.containsExactly("Dr. Anita Patel", "Dr. James Okafor");
		long patel = providers.get(0).get("id").asLong();
		JsonNode filling = api.get("/api/appointment-types").json().get(2);
		assertThat(filling.get("name").asString()).isEqualTo("filling");
		assertThat(filling.get("provider_ids").toString()).isEqualTo("[" + patel + "]");
		assertThat(closedOn("2026-12-25")).containsExactly("Christmas Day");
		assertThat(closedOn("2026-12-31")).containsExactly("New Year's Eve");
		assertThat(closedOn("2027-02-15")).as("Family Day is excepted").isEmpty();
		assertThat(closedOn("2026-12-30")).containsExactly("Vacation");
		Map<String, List<String>> before = snapshot();

		ClinicFileApplier.Report again = this.applier.apply(dentalOffice(), LocalDate.of(2026, 3, 2));

		assertThat(again.changes()).isEmpty();
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	@Order(2)
	void thePhysiotherapyPracticeIsAppliedOnceAndThenIsAsItDescribes() {
		ClinicFile physio = ClinicFile.read(new ByteArrayResource(block("yaml", 1).getBytes(StandardCharsets.UTF_8)));

		ClinicFileApplier.Report first = this.applier.apply(physio, LocalDate.of(2026, 3, 2));
		Map<String, List<String>> after = snapshot();
		ClinicFileApplier.Report second = this.applier.apply(physio, LocalDate.of(2026, 3, 2));

		assertThat(first.changes()).contains("the clinic's details", "provider lee added",
				"appointment type assessment added");
		assertThat(second.changes()).isEmpty();
		assertThat(snapshot()).isEqualTo(after);
		ApiClient api = new ApiClient(this.port, BellaIntegrationTest.API_KEY);
		assertThat(api.get("/api/clinic").json().get("time_zone").asString()).isEqualTo("America/Edmonton");
		assertThat(closedOn("2026-02-16")).isEmpty();
		assertThat(closedOn("2027-02-15")).containsExactly("Family Day");
	}

	@Test
	@Order(3)
	void aFileThatBreaksARuleNamesTheEntryAndChangesNothing() {
		Map<String, List<String>> before = snapshot();
		String broken = block("yaml", 1).replace("\"07:00-11:00\"", "\"7am-11\"");

		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> this.applier.apply(
				ClinicFile.read(new ByteArrayResource(broken.getBytes(StandardCharsets.UTF_8))),
				LocalDate.of(2026, 3, 2)))
			.satisfies((ex) -> assertThat(ex.errors()).containsKey("monday"));
		assertThat(snapshot()).isEqualTo(before);
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(
					() -> ClinicFile.read(new ByteArrayResource("clinic: [unclosed".getBytes(StandardCharsets.UTF_8))))
			.withMessageContaining("not valid YAML");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> ClinicFile
				.read(new ByteArrayResource("providers:\n  - key: x\n".getBytes(StandardCharsets.UTF_8))))
			.withMessageContaining("no 'clinic:' section");
	}

	@Test
	@Order(4)
	void theApiExampleSetsAClinicUpFromScratch() throws Exception {
		this.clock.set(Instant.now());
		ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", block("bash", 0))
			.redirectErrorStream(true);
		bash.environment().put("KEY", BellaIntegrationTest.API_KEY);
		bash.environment().put("BELLA_URL", "http://localhost:" + this.port);
		Process example = bash.start();
		example.getOutputStream().close();
		String output = new String(example.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(example.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(example.exitValue()).as(output).isZero();
		ApiClient api = new ApiClient(this.port, BellaIntegrationTest.API_KEY);
		assertThat(api.get("/api/clinic").json().get("name").asString()).isEqualTo("Harbour Physio");
		assertThat(output).contains("\"slots\"");
	}

	private ClinicFile dentalOffice() {
		return ClinicFile.read(new ByteArrayResource(block("yaml", 0).getBytes(StandardCharsets.UTF_8)));
	}

	private List<String> closedOn(String date) {
		return this.jdbc.sql("SELECT reason FROM closed_date WHERE closed_on = ? ORDER BY id")
			.param(LocalDate.parse(date))
			.query(String.class)
			.list();
	}

	private Map<String, List<String>> snapshot() {
		Map<String, List<String>> tables = new LinkedHashMap<>();
		for (String table : List.of("clinic", "clinic_fact", "provider", "working_hours", "schedule_break",
				"schedule_exception", "schedule_exception_hours", "appointment_type", "appointment_type_provider",
				"appointment_type_synonym", "closed_date")) {
			tables.put(table, this.jdbc.sql("SELECT * FROM " + table).query((rs, row) -> {
				List<String> values = new ArrayList<>();
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					values.add(String.valueOf(rs.getObject(i)));
				}
				return String.join("|", values);
			}).list().stream().sorted().toList());
		}
		return tables;
	}

	/**
	 * The {@code n}th fenced block of a language in the guide.
	 */
	static String block(String language, int n) {
		try {
			Matcher blocks = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL)
				.matcher(Files.readString(GUIDE));
			for (int i = 0; blocks.find(); i++) {
				if (i == n) {
					return blocks.group(1);
				}
			}
			throw new IllegalStateException("docs/clinic-setup.md has no " + language + " block " + n);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
