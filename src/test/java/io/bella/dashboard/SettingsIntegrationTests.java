package io.bella.dashboard;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.ClinicSetup;
import io.bella.booking.Clinics;
import io.bella.booking.ProviderSetup;
import io.bella.booking.TimeRange;
import io.bella.dashboard.accounts.Role;
import io.bella.dashboard.accounts.StaffAccount;
import io.bella.dashboard.accounts.StaffAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The settings forms on the whole service: what they bind, the set-up services' rules
 * said in plain words at the fields with nothing changed, the audit entries, and the
 * administrators-only pages. Providers made here stop taking bookings afterwards.
 */
@BellaIntegrationTest
class SettingsIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProviderSetup providerSetup;

	@Autowired
	ClinicSetup clinicSetup;

	@Autowired
	Clinics clinics;

	@Autowired
	AppointmentTypes types;

	MockMvc mvc;

	StaffAccount admin;

	MockHttpSession session;

	final List<Long> providers = new ArrayList<>();

	@BeforeEach
	void signIn() throws Exception {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.clock.set(Instant.parse("2026-03-02T14:00:00Z"));
		this.admin = new StaffAccountFixtures(this.accounts, this.passwordEncoder).create("Settings Admin", Role.ADMIN);
		this.session = signIn(this.admin);
	}

	@AfterEach
	void stopProviders() {
		this.providers.forEach((id) -> this.providerSetup.update(id, null, false, true));
	}

	@Test
	void everySettingsPageOpensForAnAdministrator() throws Exception {
		long provider = provider();
		long type = this.types.findAll().get(0).id();
		for (String path : new String[] { "/settings", "/settings/clinic", "/settings/rules", "/settings/providers",
				"/settings/providers/" + provider, "/settings/types", "/settings/types/" + type,
				"/settings/closed-dates" }) {
			this.mvc.perform(get(path).session(this.session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("aria-label=\"Settings sections\"")))
				.andExpect(content().string(containsString("href=\"/accounts\"")));
		}
	}

	@Test
	void staffAreRefusedEverySettingsPageAndForm() throws Exception {
		MockHttpSession staff = signIn(
				new StaffAccountFixtures(this.accounts, this.passwordEncoder).create("Settings Staff", Role.STAFF));

		for (String path : new String[] { "/settings", "/settings/providers", "/settings/rules" }) {
			this.mvc.perform(get(path).session(staff))
				.andExpect(status().isForbidden())
				.andExpect(forwardedUrl("/denied"));
		}
		this.mvc.perform(post("/settings/providers").session(staff).param("name", "Dr. Not Allowed").with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM provider WHERE name = 'Dr. Not Allowed'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void addingAProviderLeadsToTheirPageAndIsAudited() throws Exception {
		String name = "Dr. Added " + UUID.randomUUID().toString().substring(0, 8);

		String location = this.mvc
			.perform(post("/settings/providers").session(this.session).param("name", name).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.providers.add(Long.valueOf(location.substring(location.lastIndexOf('/') + 1)));

		assertThat(location).startsWith("/settings/providers/");
		assertThat(audited("PROVIDER_ADDED")).isOne();
		this.mvc.perform(post("/settings/providers").session(this.session).param("name", " ").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\">Name must not be blank.</p>")));
	}

	@Test
	void closingBeforeOpeningSaysSoAtTheDayAndChangesNothing() throws Exception {
		long provider = provider();
		Map<DayOfWeek, List<TimeRange>> before = this.providerSetup.weeklyHours(provider);

		this.mvc
			.perform(post("/settings/providers/" + provider + "/hours").session(this.session)
				.param("breaks", "2")
				.param("monday.open", "17:00")
				.param("monday.close", "09:00")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("id=\"monday-error\">Monday: the closing time " + "must be after the opening time")))
			// the form shows what was written, to correct it
			.andExpect(content().string(containsString("value=\"17:00\"")));
		this.mvc
			.perform(post("/settings/providers/" + provider + "/hours").session(this.session)
				.param("breaks", "2")
				.param("tuesday.open", "09:00")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tuesday: give both the opening and the closing time")));

		assertThat(this.providerSetup.weeklyHours(provider)).isEqualTo(before);
		assertThat(audited("WEEKLY_HOURS_CHANGED")).isZero();
	}

	@Test
	void weeklyHoursWithABreakAreSavedAndAudited() throws Exception {
		long provider = provider();

		this.mvc
			.perform(post("/settings/providers/" + provider + "/hours").session(this.session)
				.param("breaks", "2")
				.param("wednesday.open", "08:00")
				.param("wednesday.close", "16:00")
				.param("wednesday.break1.start", "12:00")
				.param("wednesday.break1.end", "12:30")
				.with(csrf()))
			.andExpect(redirectedUrl("/settings/providers/" + provider));

		assertThat(this.providerSetup.weeklyHours(provider).get(DayOfWeek.WEDNESDAY))
			.containsExactly(range("08:00", "12:00"), range("12:30", "16:00"));
		assertThat(audited("WEEKLY_HOURS_CHANGED")).isOne();
	}

	@Test
	void aNegativeDurationSaysTheRuleAndAddsNoType() throws Exception {
		int before = this.types.findAll().size();

		this.mvc
			.perform(post("/settings/types").session(this.session)
				.param("name", "settings negative " + UUID.randomUUID())
				.param("durationMin", "-15")
				.param("bufferBeforeMin", "0")
				.param("bufferAfterMin", "abc")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Buffer after (minutes) must be a whole number")))
			.andExpect(content().string(containsString("value=\"-15\"")));
		this.mvc
			.perform(post("/settings/types").session(this.session)
				.param("name", "settings negative " + UUID.randomUUID())
				.param("durationMin", "-15")
				.param("bufferBeforeMin", "0")
				.param("bufferAfterMin", "0")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("id=\"durationMin-error\">Duration (minutes) must be between 5 and")));

		assertThat(this.types.findAll()).hasSize(before);
	}

	@Test
	void aTypeOfOneProviderIsSavedWithItsSynonymsAndAudited() throws Exception {
		long provider = provider();
		String name = "zq settings visit " + UUID.randomUUID().toString().substring(0, 8);

		this.mvc
			.perform(post("/settings/types").session(this.session)
				.param("name", name)
				.param("durationMin", "40")
				.param("bufferBeforeMin", "5")
				.param("bufferAfterMin", "10")
				.param("providerIds", String.valueOf(provider))
				.param("synonyms", "zq one,\nzq two")
				.with(csrf()))
			.andExpect(redirectedUrl("/settings/types"));

		// from the table: the types' cache may be refilled meanwhile by the assistant's
		// vocabulary, which reloads in the background after the provider made above
		long id = this.jdbc
			.sql("SELECT id FROM appointment_type WHERE name = ? AND duration_min = 40 "
					+ "AND buffer_before_min = 5 AND buffer_after_min = 10")
			.param(name)
			.query(Long.class)
			.single();
		assertThat(this.jdbc.sql("SELECT provider_id FROM appointment_type_provider WHERE appointment_type_id = ?")
			.param(id)
			.query(Long.class)
			.list()).containsExactly(provider);
		assertThat(this.jdbc
			.sql("SELECT synonym FROM appointment_type_synonym WHERE appointment_type_id = ? ORDER BY synonym")
			.param(id)
			.query(String.class)
			.list()).containsExactly("zq one", "zq two");
		assertThat(audited("APPOINTMENT_TYPE_ADDED")).isOne();
	}

	@Test
	void bookingRulesThatBreakARuleChangeNothing() throws Exception {
		var before = this.clinics.bookingRules();

		this.mvc
			.perform(post("/settings/rules").session(this.session)
				.param("minimumNoticeMin", "60")
				.param("maximumAdvanceDays", "90")
				.param("slotGridMin", "7")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Slot grid (minutes) must divide a day into equal parts")));
		this.mvc
			.perform(post("/settings/rules").session(this.session)
				.param("minimumNoticeMin", "soon")
				.param("maximumAdvanceDays", "90")
				.param("slotGridMin", "15")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Minimum notice (minutes) must be a whole number")));

		assertThat(this.clinics.bookingRules()).isEqualTo(before);
		assertThat(audited("BOOKING_RULES_CHANGED")).isZero();
	}

	@Test
	void aTimeZoneThatIsNoneChangesNothing() throws Exception {
		var before = this.clinics.clinic();

		this.mvc
			.perform(post("/settings/clinic").session(this.session)
				.param("name", "Renamed Clinic")
				.param("timeZone", "Mars/Olympus")
				.param("phone", "+14165550100")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Time zone is not an IANA time zone")))
			.andExpect(content().string(not(containsString("Renamed Clinic</dd>"))));

		assertThat(this.clinics.clinic()).isEqualTo(before);
	}

	@Test
	void aProvidersClosedDateIsAddedAndOpenedAgainWithAuditEntries() throws Exception {
		long provider = provider();

		this.mvc
			.perform(post("/settings/closed-dates").session(this.session)
				.param("date", "2026-05-05")
				.param("name", "Course")
				.param("providerId", String.valueOf(provider))
				.with(csrf()))
			.andExpect(redirectedUrl("/settings/closed-dates"));
		var closed = this.clinicSetup
			.closedDates(java.time.LocalDate.parse("2026-05-05"), java.time.LocalDate.parse("2026-05-05"))
			.stream()
			.filter((date) -> Long.valueOf(provider).equals(date.providerId()))
			.findFirst()
			.orElseThrow();
		this.mvc.perform(post("/settings/closed-dates/" + closed.id() + "/delete").session(this.session).with(csrf()))
			.andExpect(redirectedUrl("/settings/closed-dates"));

		assertThat(audited("CLOSED_DATE_ADDED")).isOne();
		assertThat(audited("CLOSED_DATE_REMOVED")).isOne();
		this.mvc
			.perform(post("/settings/closed-dates").session(this.session)
				.param("date", "5 May")
				.param("name", "Course")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Date must be a date written as YYYY-MM-DD")));
		this.mvc
			.perform(post("/settings/closed-dates/holidays").session(this.session)
				.param("jurisdiction", "CA-XX")
				.param("years", "1")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Province or territory must be one of")));
	}

	@Test
	void aProviderOrTypeThatIsNotThereIsTheNotFoundPage() throws Exception {
		for (String path : new String[] { "/settings/providers/999999999", "/settings/providers/abc",
				"/settings/types/999999999" }) {
			this.mvc.perform(get(path).session(this.session))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("<h1>Not found</h1>")));
		}
	}

	private long provider() {
		long id = this.providerSetup.create("Dr. Settings " + UUID.randomUUID().toString().substring(0, 8), null)
			.value()
			.id();
		this.providers.add(id);
		Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			hours.put(day, List.of());
		}
		hours.put(DayOfWeek.MONDAY, List.of(range("10:00", "11:00")));
		this.providerSetup.replaceWeeklyHours(id, hours, true);
		return id;
	}

	private MockHttpSession signIn(StaffAccount account) throws Exception {
		return (MockHttpSession) this.mvc
			.perform(post("/login").param("email", account.email())
				.param("password", StaffAccountFixtures.PASSWORD)
				.with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession();
	}

	private long audited(String action) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = ? AND actor = ?")
			.params(action, this.admin.email())
			.query(Long.class)
			.single();
	}

	private static TimeRange range(String start, String end) {
		return new TimeRange(LocalTime.parse(start), LocalTime.parse(end));
	}

}
