package io.bella.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.bella.ApiClient;
import io.bella.ApiClient.Response;
import io.bella.BellaIntegrationTest;
import io.bella.booking.Appointment;
import io.bella.booking.AppointmentType;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.BookingRequest;
import io.bella.booking.BookingService;
import io.bella.booking.BookingSource;
import io.bella.booking.Patients;
import io.bella.booking.Provider;
import io.bella.booking.Providers;
import io.bella.dashboard.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schedule in a real browser against the whole service, signed in as staff: booking a
 * new patient, moving and cancelling, each seen through the API; a slot taken between
 * loading the form and sending it; a booking rule in plain words; marking an appointment
 * completed; a hostile name as text; and axe-core's scan of the day and week views. The
 * clock stands on Monday 7 June 2027, 08:00 in Toronto, a week no other test books.
 */
class ScheduleBrowserIntegrationTests extends AbstractDashboardBrowserIntegrationTests {

	private static final Instant MONDAY_8AM = Instant.parse("2027-06-07T12:00:00Z");

	private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	private static final Pattern BOOKED = Pattern.compile("Booked appointment (\\d+)");

	@Autowired
	BookingService bookings;

	@Autowired
	Patients patients;

	@Autowired
	Providers providers;

	@Autowired
	AppointmentTypes types;

	ApiClient api;

	long ng;

	long checkup;

	@BeforeEach
	void freeTheWeek() {
		this.clock.set(MONDAY_8AM);
		this.api = new ApiClient(this.port, BellaIntegrationTest.API_KEY);
		this.ng = this.providers.findAll()
			.stream()
			.filter((provider) -> provider.name().equals("Dr. Sarah Ng"))
			.mapToLong(Provider::id)
			.findFirst()
			.orElseThrow();
		this.checkup = this.types.findByName("checkup").map(AppointmentType::id).orElseThrow();
		// earlier runs on a kept database: this class's week starts empty
		Instant from = LocalDate.of(2027, 6, 7).atStartOfDay(TORONTO).toInstant();
		this.bookings.startingBetween(from, from.plus(Duration.ofDays(7)), null)
			.stream()
			.filter(Appointment::isBooked)
			.forEach((appointment) -> this.bookings.cancel(appointment.id(), "test week reset", BookingSource.API));
	}

	@Test
	void staffBookANewPatientMoveAndCancelAndTheApiSeesEachChange() {
		signInAs(Role.STAFF);
		this.page.navigate("/schedule?date=2027-06-09&provider=" + this.ng + "&type=" + this.checkup);
		Locator firstFree = this.page
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName(Pattern.compile("^Book \\d\\d:\\d\\d with Dr. Sarah Ng$")))
			.first();
		String time = clockTime(firstFree);
		firstFree.click();
		String name = "Ines Moreau " + ThreadLocalRandom.current().nextInt(1000, 9999);
		this.page.getByLabel("Name").fill(name);
		this.page.getByLabel("Phone").fill(phone());
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book")).click();

		Locator status = this.page.getByRole(AriaRole.STATUS);
		PlaywrightAssertions.assertThat(status).containsText(name + " (new patient), checkup with Dr. Sarah Ng");
		Matcher booked = BOOKED.matcher(status.innerText());
		assertThat(booked.find()).isTrue();
		long id = Long.parseLong(booked.group(1));
		JsonNode created = this.api.get("/api/appointments/" + id).json();
		assertThat(created.get("status").asString()).isEqualTo("booked");
		assertThat(created.get("source").asString()).isEqualTo("dashboard");
		assertThat(created.get("starts_at").asString()).isEqualTo("2027-06-09T" + time + ":00-04:00");
		PlaywrightAssertions.assertThat(this.page.locator("#appointment-" + id)).containsText(name);

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open appointment " + id)).click();
		Locator moveTo = this.page
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Move to \\d\\d:\\d\\d$")))
			.last();
		String newTime = clockTime(moveTo);
		moveTo.click();
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.STATUS))
			.containsText("Moved appointment " + id + " to Wednesday, June 9, 2027 at " + newTime);
		assertThat(this.api.get("/api/appointments/" + id).json().get("starts_at").asString())
			.isEqualTo("2027-06-09T" + newTime + ":00-04:00");

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open appointment " + id)).click();
		this.page.getByLabel("Reason").fill("Moving away");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel appointment")).click();
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.STATUS))
			.containsText("Cancelled appointment " + id);
		JsonNode cancelled = this.api.get("/api/appointments/" + id).json();
		assertThat(cancelled.get("status").asString()).isEqualTo("cancelled");
		assertThat(cancelled.get("cancellation_reason").asString()).isEqualTo("Moving away");
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void aSlotTakenMeanwhileSaysSoAndShowsTheScheduleAgain() {
		signInAs(Role.STAFF);
		this.page.navigate("/schedule/book?date=2027-06-10&time=11:00&provider=" + this.ng + "&type=" + this.checkup);
		this.page.getByLabel("Name").fill("Omar Farouk");
		this.page.getByLabel("Phone").fill(phone());
		long other = this.patients.register("Lena Quick", phone(), null).id();
		this.bookings.book(new BookingRequest(other, Instant.parse("2027-06-10T15:00:00Z"), null, this.checkup, this.ng,
				null, BookingSource.VOICE));

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book")).click();

		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("already taken");
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.ALERT))
			.containsText("Someone booked it meanwhile");
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Schedule");
		PlaywrightAssertions
			.assertThat(
					this.page.getByRole(AriaRole.ROW,
							new Page.GetByRoleOptions()
								.setName(Pattern.compile("11:00–11:30 Lena Quick.*Dr. Sarah Ng.*Booked Phone"))))
			.hasCount(1);
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Book 11:00 with Dr. Sarah Ng").setExact(true)))
			.hasCount(0);
	}

	@Test
	void aBrokenBookingRuleIsShownInPlainWords() {
		signInAs(Role.STAFF);
		this.page.navigate("/schedule/book?date=2027-06-07&time=09:00&provider=" + this.ng + "&type=" + this.checkup);
		this.page.getByLabel("Name").fill("Tara Singh");
		this.page.getByLabel("Phone").fill(phone());

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book")).click();

		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.ALERT))
			.containsText("Not booked: Appointments need at least 2 hours notice; the earliest time that can be "
					+ "booked is Monday June 7 at 10:00");
		PlaywrightAssertions.assertThat(this.page.getByLabel("Name")).hasValue("Tara Singh");
		assertAccessible();
	}

	@Test
	void aPhoneNumberThatIsNoNumberIsNamedAndNothingIsBooked() {
		signInAs(Role.STAFF);
		this.page.navigate("/schedule/book?date=2027-06-10&time=14:00&provider=" + this.ng + "&type=" + this.checkup);
		this.page.getByLabel("Name").fill("Pat Nobody");
		this.page.getByLabel("Phone").fill("555");

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book")).click();

		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.ALERT))
			.containsText("The phone number is not a valid phone number");
		PlaywrightAssertions.assertThat(this.page.getByLabel("Phone")).hasValue("555");
		Instant thursday = Instant.parse("2027-06-10T04:00:00Z");
		assertThat(this.bookings.startingBetween(thursday, thursday.plus(Duration.ofDays(1)), this.ng)).isEmpty();
	}

	@Test
	void aStartedAppointmentIsMarkedCompleted() {
		long patient = this.patients.register("Georges Blanc", phone(), null).id();
		Appointment appointment = this.bookings.book(new BookingRequest(patient, Instant.parse("2027-06-08T14:00:00Z"),
				null, this.checkup, this.ng, null, BookingSource.API));
		this.clock.set(Instant.parse("2027-06-08T14:10:00Z"));
		signInAs(Role.STAFF);

		this.page.navigate("/schedule/appointments/" + appointment.id());
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark completed")).click();

		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.STATUS))
			.containsText("Marked appointment " + appointment.id() + " completed.");
		PlaywrightAssertions.assertThat(this.page.locator("#appointment-status")).hasText("Completed");
		Response read = this.api.get("/api/appointments/" + appointment.id());
		assertThat(read.json().get("status").asString()).isEqualTo("completed");
	}

	@Test
	void aHostileNameIsShownAsText() {
		String hostile = "<img src=x onerror=alert(1)>";
		long patient = this.patients.register(hostile, phone(), null).id();
		Appointment appointment = this.bookings.book(new BookingRequest(patient, Instant.parse("2027-06-11T14:00:00Z"),
				null, this.checkup, this.ng, "</script>", BookingSource.API));
		signInAs(Role.STAFF);

		this.page.navigate("/schedule?date=2027-06-11");
		PlaywrightAssertions
			.assertThat(this.page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(hostile).setExact(true)))
			.hasCount(1);
		PlaywrightAssertions.assertThat(this.page.locator("main img")).hasCount(0);
		this.page.navigate("/schedule/appointments/" + appointment.id());
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.MAIN)).containsText(hostile);
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.MAIN)).containsText("</script>");
		PlaywrightAssertions.assertThat(this.page.locator("main img")).hasCount(0);
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void theDayAndWeekViewsAreAccessible() {
		book("Amira Haddad", "2027-06-09T13:00:00Z", BookingSource.VOICE);
		book("Jonas Berg", "2027-06-09T14:30:00Z", BookingSource.API);
		book("Chloé Martin", "2027-06-09T18:00:00Z", BookingSource.DASHBOARD);
		signInAs(Role.STAFF);

		this.page.navigate("/schedule?date=2027-06-09");
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.TABLE)).containsText("Amira Haddad");
		assertThat(this.consoleErrors).isEmpty();
		assertAccessible();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Week view")).click();
		PlaywrightAssertions
			.assertThat(
					this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sunday, June 13, 2027")))
			.isVisible();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next week")).click();
		PlaywrightAssertions.assertThat(this.page).hasURL(Pattern.compile("date=2027-06-16&view=week"));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Today")).click();
		PlaywrightAssertions.assertThat(this.page).hasURL(Pattern.compile("date=2027-06-07&view=week"));
		assertThat(this.consoleErrors).isEmpty();
		assertAccessible();
		this.page.navigate("/schedule?date=2027-06-09");
		screenshot("schedule");
	}

	@Test
	void aWrongQueryFallsBackToTodayWithAnAlert() {
		signInAs(Role.STAFF);

		this.page.navigate("/schedule?date=tomorrow&provider=999999");

		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("showing today instead");
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("no such provider");
		PlaywrightAssertions
			.assertThat(
					this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Monday, June 7, 2027")))
			.isVisible();
		this.page.navigate("/schedule/appointments/987654321");
		PlaywrightAssertions.assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Not found");
	}

	private void book(String name, String startsAt, BookingSource source) {
		long patient = this.patients.register(name, phone(), null).id();
		this.bookings
			.book(new BookingRequest(patient, Instant.parse(startsAt), null, this.checkup, null, null, source));
	}

	/** The time of day a free time's link or button shows. */
	private static String clockTime(Locator slot) {
		Matcher time = Pattern.compile("\\d\\d:\\d\\d").matcher(slot.textContent());
		assertThat(time.find()).isTrue();
		return time.group();
	}

	private static String phone() {
		return "(416) 555-" + ThreadLocalRandom.current().nextInt(1000, 10000);
	}

}
