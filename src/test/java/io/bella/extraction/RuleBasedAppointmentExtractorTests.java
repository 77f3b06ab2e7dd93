package io.bella.extraction;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per convention of docs/extraction.md, against fixed reference instants.
 */
class RuleBasedAppointmentExtractorTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	/** Tuesday 17 November 2026, 10:00 in Toronto. */
	static final Instant TUESDAY = ZonedDateTime.of(2026, 11, 17, 10, 0, 0, 0, TORONTO).toInstant();

	private final RuleBasedAppointmentExtractor extractor = new RuleBasedAppointmentExtractor();

	private Extraction read(String text) {
		return this.extractor.extract(new ExtractionRequest(text, TUESDAY, TORONTO));
	}

	private Extraction read(String text, Expectation expect) {
		return this.extractor.extract(new ExtractionRequest(text, TUESDAY, TORONTO, expect));
	}

	private Extraction readAt(String text, String localDateTime, String zone) {
		ZoneId z = ZoneId.of(zone);
		Instant at = java.time.LocalDateTime.parse(localDateTime).atZone(z).toInstant();
		return this.extractor.extract(new ExtractionRequest(text, at, z));
	}

	@Nested
	class Weekdays {

		@ParameterizedTest
		@CsvSource({ "Wednesday, 2026-11-18", "Tuesday, 2026-11-24", "this Tuesday, 2026-11-24",
				"this Friday, 2026-11-20", "on Monday, 2026-11-23", "next Wednesday, 2026-11-25",
				"next Monday, 2026-11-23", "next Tuesday, 2026-11-24", "next Sunday, 2026-11-29",
				"Thursday next week, 2026-11-26", "Friday after next, 2026-12-04" })
		void resolveAgainstTuesday(String text, LocalDate expected) {
			assertThat(read(text).date()).isEqualTo(expected);
		}

		@Test
		void pluralWeekdayIsNotADate() {
			assertThat(read("are you open on Saturdays").date()).isNull();
		}

		@Test
		void weekdayInsideAMentionedWeekIsThatWeeksDay() {
			assertThat(read("sometime next week maybe Thursday").date()).isEqualTo(LocalDate.of(2026, 11, 26));
		}

	}

	@Nested
	class FutureBias {

		@Test
		void dayOfMonthAlreadyPastMovesToNextMonth() {
			assertThat(read("the 5th").date()).isEqualTo(LocalDate.of(2026, 12, 5));
		}

		@Test
		void todayIsNotInThePast() {
			assertThat(read("the 17th").date()).isEqualTo(LocalDate.of(2026, 11, 17));
		}

		@Test
		void monthDayAlreadyPastMovesToNextYear() {
			assertThat(readAt("January 20th", "2026-02-10T14:00", "America/Halifax").date())
				.isEqualTo(LocalDate.of(2027, 1, 20));
		}

		@Test
		void dayMissingFromNextMonthSkipsToAMonthThatHasIt() {
			assertThat(readAt("the 30th", "2026-01-31T13:00", "America/Toronto").date())
				.isEqualTo(LocalDate.of(2026, 3, 30));
		}

		@Test
		void yearEndRollsOver() {
			assertThat(readAt("next Monday", "2026-12-30T11:00", "America/Toronto").date())
				.isEqualTo(LocalDate.of(2027, 1, 4));
			assertThat(readAt("January 2nd", "2026-12-30T11:00", "America/Toronto").date())
				.isEqualTo(LocalDate.of(2027, 1, 2));
		}

		@Test
		void impossibleDateIsNotInvented() {
			assertThat(readAt("February 29th", "2026-02-10T14:00", "America/Halifax").date()).isNull();
		}

		@Test
		void ordinalWordBeforeAMonthNeedsNoArticle() {
			assertThat(readAt("twenty-second of December", "2026-12-30T11:00", "America/Toronto").date())
				.isEqualTo(LocalDate.of(2027, 12, 22));
		}

		@Test
		void weekOfAMonthIsARange() {
			assertThat(readAt("the first week of January", "2026-12-30T11:00", "America/Toronto").dateRange())
				.isEqualTo(new Extraction.DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 7)));
			assertThat(read("end of December").dateRange())
				.isEqualTo(new Extraction.DateRange(LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 31)));
		}

		@Test
		void explicitYearIsKept() {
			assertThat(read("March 3rd 2027").date()).isEqualTo(LocalDate.of(2027, 3, 3));
		}

	}

	@Nested
	class RelativeDates {

		@ParameterizedTest
		@CsvSource({ "tomorrow, 2026-11-18", "the day after tomorrow, 2026-11-19", "in three days, 2026-11-20",
				"in 2 weeks, 2026-12-01", "a week from today, 2026-11-24", "a week from Thursday, 2026-11-26",
				"two weeks from tomorrow, 2026-12-02", "in a couple of weeks, 2026-12-01", "today, 2026-11-17",
				"tonight, 2026-11-17", "this afternoon, 2026-11-17" })
		void resolve(String text, LocalDate expected) {
			assertThat(read(text).date()).isEqualTo(expected);
		}

		@Test
		void dayOfNextMonth() {
			assertThat(read("on the 3rd of next month").date()).isEqualTo(LocalDate.of(2026, 12, 3));
		}

		@Test
		void fortnight() {
			assertThat(read("a fortnight from today").date()).isEqualTo(LocalDate.of(2026, 12, 1));
		}

		@Test
		void referenceDayIsTheClinicsDayNotUtc() {
			Extraction e = this.extractor
				.extract(new ExtractionRequest("tomorrow", Instant.parse("2026-11-18T03:30:00Z"), TORONTO));
			assertThat(e.date()).isEqualTo(LocalDate.of(2026, 11, 18));
		}

		private final RuleBasedAppointmentExtractor extractor = new RuleBasedAppointmentExtractor();

	}

	@Nested
	class Ranges {

		@Test
		void nextWeekIsMondayToSunday() {
			assertThat(read("sometime next week").dateRange())
				.isEqualTo(new Extraction.DateRange(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29)));
		}

		@Test
		void thisWeekIsTodayToSunday() {
			assertThat(read("anything this week").dateRange())
				.isEqualTo(new Extraction.DateRange(LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 22)));
		}

		@Test
		void aDateWinsOverItsWeek() {
			Extraction e = read("next week on Thursday");
			assertThat(e.date()).isEqualTo(LocalDate.of(2026, 11, 26));
			assertThat(e.dateRange()).isNull();
		}

	}

	@Nested
	class Times {

		@ParameterizedTest
		@CsvSource({ "at 3, 15:00", "at 1, 13:00", "at 6, 18:00", "at 7, 07:00", "at 11, 11:00", "at 12, 12:00",
				"at noon, 12:00", "at 3 pm, 15:00", "at 3 p.m., 15:00", "at 3 p m, 15:00", "at 9 a.m., 09:00",
				"at two thirty, 14:30", "at ten oh five, 10:05", "at 10:45, 10:45", "at 8 at night, 20:00",
				"at 7 in the evening, 19:00", "at 6 in the morning, 06:00", "around 3, 15:00", "3-ish, 15:00",
				"at 3ish, 15:00", "at 1400 hours, 14:00", "at 12 midnight, 00:00", "at half past two, 14:30",
				"at quarter to four, 15:45", "at twenty past three, 15:20", "at 4 o'clock, 16:00", "at 12 am, 00:00",
				"at 14:30, 14:30", "tonight at 7, 19:00", "tomorrow morning at 11, 11:00" })
		void clockTimes(String text, LocalTime expected) {
			assertThat(read(text).time()).isEqualTo(expected);
		}

		@Test
		void proposedBareHour() {
			assertThat(read("yeah 11 is good").time()).isEqualTo(LocalTime.of(11, 0));
			assertThat(read("ok let's do 2").time()).isEqualTo(LocalTime.of(14, 0));
		}

		@Test
		void numbersThatAreNotTimesStayNull() {
			assertThat(read("an appointment for two people").time()).isNull();
			assertThat(read("I'm running 10 minutes late").time()).isNull();
		}

		@Test
		void aTimeWithAPartOfDayHasNoWindow() {
			Extraction e = read("Friday afternoon at 2");
			assertThat(e.time()).isEqualTo(LocalTime.of(14, 0));
			assertThat(e.timeWindow()).isNull();
		}

	}

	@Nested
	class Windows {

		@ParameterizedTest
		@CsvSource(value = { "in the morning, 08:00, 12:00", "Friday afternoon, 12:00, 17:00",
				"in the evening, 17:00, 21:00", "between 2 and 4, 14:00, 16:00", "between ten and two, 10:00, 14:00",
				"between 9 and 11 am, 09:00, 11:00", "after 3, 15:00, null", "before noon, null, 12:00",
				"no later than 3, null, 15:00", "not before 10, 10:00, null", "after lunch, 13:00, null" },
				nullValues = "null")
		void windows(String text, LocalTime from, LocalTime to) {
			Extraction e = read(text);
			assertThat(e.timeWindow()).isEqualTo(new Extraction.TimeWindow(from, to));
			assertThat(e.time()).isNull();
		}

		@Test
		void greetingIsNotAPartOfDay() {
			assertThat(read("good morning I'd like to book a cleaning").timeWindow()).isNull();
		}

	}

	@Nested
	class StartsAt {

		@Test
		void offsetIsTheZonesOnThatDateAcrossSpringForward() {
			Extraction before = readAt("Saturday at 10", "2026-03-05T09:30", "America/Toronto");
			Extraction after = readAt("Sunday at 10", "2026-03-05T09:30", "America/Toronto");
			assertThat(before.startsAt()).isEqualTo(OffsetDateTime.parse("2026-03-07T10:00-05:00"));
			assertThat(after.startsAt()).isEqualTo(OffsetDateTime.parse("2026-03-08T10:00-04:00"));
		}

		@Test
		void offsetAcrossFallBack() {
			Extraction e = readAt("Monday at 9:30", "2026-10-29T15:00", "America/Toronto");
			assertThat(e.startsAt()).isEqualTo(OffsetDateTime.parse("2026-11-02T09:30-05:00"));
		}

		@Test
		void halfHourZone() {
			Extraction e = readAt("today at 3", "2026-09-05T12:00", "America/St_Johns");
			assertThat(e.startsAt()).isEqualTo(OffsetDateTime.parse("2026-09-05T15:00-02:30"));
		}

		@Test
		void onlyWhenDateAndTimeAreBothKnown() {
			assertThat(read("at 3").startsAt()).isNull();
			assertThat(read("tomorrow").startsAt()).isNull();
		}

	}

	@Nested
	class PhoneNumbers {

		@ParameterizedTest
		@ValueSource(
				strings = { "my number is 416 555 0199", "416-555-0199", "four one six five five five oh one nine nine",
						"four one six, triple five, oh one double nine", "for one six five five five oh one nine nine",
						"plus one four one six five five five zero one nine nine", "1 416 555 0199",
						"area code four one six and then five five five oh one nine nine",
						"four sixteen five five five oh one ninety nine" })
		void spokenFormsOfOneNumber(String text) {
			assertThat(read(text).phone()).isEqualTo("+14165550199");
		}

		@Test
		void homophoneInsideTheRun() {
			assertThat(read("six for seven five five five oh one to three").phone()).isEqualTo("+16475550123");
		}

		@ParameterizedTest
		@ValueSource(strings = { "my number is 555 0123", "416 555 012", "call me at 123 555 0199", "my number is" })
		void incompleteOrInvalidNumbersAreNotInvented(String text) {
			Extraction e = read(text);
			assertThat(e.phone()).isNull();
		}

		@Test
		void invalidNumberLowersConfidence() {
			assertThat(read("my number is 123 555 0199").confidence())
				.isLessThan(read("my number is 416 555 0199").confidence());
		}

	}

	@Nested
	class Names {

		@ParameterizedTest
		@CsvSource(delimiter = '|', quoteCharacter = '"', value = { "my name is Emily Roy | Emily Roy",
				"this is Raj Singh calling | Raj Singh", "hi it's Sophie Gagnon speaking | Sophie Gagnon",
				"I'm Marie Côté | Marie Côté", "my name is lisa win, that's N G U Y E N | Lisa Nguyen",
				"first name Marie, last name Tremblay | Marie Tremblay", "my name is Raj, last name Singh | Raj Singh",
				"it's for my son, his name is Ethan Roy | Ethan Roy", "my name is sean o'brien | Sean O'Brien",
				"this is jean-luc gagnon | Jean-Luc Gagnon" })
		void cues(String text, String expected) {
			assertThat(read(text).name()).isEqualTo(expected);
		}

		@ParameterizedTest
		@ValueSource(strings = { "i'm looking to book a check up for my son sometime after school",
				"i need a cleaning for my wife sometime next week", "book my husband in whenever you can" })
		void aWhenWordAfterTheFamilyMemberIsNoName(String said) {
			assertThat(read(said).name()).isNull();
		}

		@Test
		void surnameFirstThenFirstName() {
			assertThat(read("it's Tremblay, T R E M B L A Y, first name Marie-Ève").name())
				.isEqualTo("Marie-Ève Tremblay");
		}

		@Test
		void surnameThenWholeName() {
			assertThat(read("the name is Gagnon, Luc Gagnon").name()).isEqualTo("Luc Gagnon");
		}

		@Test
		void nameBeforeSpeaking() {
			assertThat(read("Sarah speaking").name()).isEqualTo("Sarah");
			assertThat(read("hi, Raj Singh here").name()).isEqualTo("Raj Singh");
		}

		@Test
		void bareNameWhenANameWasAsked() {
			assertThat(read("Emily Roy", Expectation.NAME).name()).isEqualTo("Emily Roy");
			assertThat(read("Emily Roy").name()).isNull();
		}

		@ParameterizedTest
		@ValueSource(strings = { "I'm calling to book a cleaning", "this is about my appointment", "I'm not sure",
				"I'm free Tuesday", "it's a toothache", "i'm due for a cleaning", "i'm pretty flexible",
				"i'm home all day tuesday", "it's emily" })
		void wordsAfterACueAreNotANameByDefault(String text) {
			assertThat(read(text).name()).isNull();
		}

	}

	@Nested
	class Durations {

		@ParameterizedTest
		@CsvSource({ "half an hour, 30", "an hour and a half, 90", "45 minutes, 45", "two hours, 120",
				"an hour and 15 minutes, 75", "one and a half hours, 90" })
		void durations(String text, int minutes) {
			assertThat(read(text).durationMin()).isEqualTo(minutes);
		}

		@Test
		void relativeTimeIsNotADuration() {
			assertThat(read("in an hour").durationMin()).isNull();
			assertThat(read("I'll be 10 minutes late").durationMin()).isNull();
		}

	}

	@Nested
	class Intents {

		@ParameterizedTest
		@ValueSource(strings = { "yes", "yeah that works", "uh huh", "correct", "sounds good", "mm-hmm",
				"yeah no that's fine", "sure" })
		void confirmations(String text) {
			assertThat(read(text, Expectation.CONFIRMATION).intent()).isEqualTo(Intent.CONFIRM);
		}

		@ParameterizedTest
		@ValueSource(strings = { "no", "nope", "that doesn't work for me", "no that's wrong", "not really", "uh-uh" })
		void refusals(String text) {
			assertThat(read(text, Expectation.CONFIRMATION).intent()).isEqualTo(Intent.DENY);
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', quoteCharacter = '"',
				value = { "can I talk to a real person | HUMAN", "the receptionist please | HUMAN",
						"I need to cancel my appointment | CANCEL", "I can't make it tomorrow | CANCEL",
						"can I move my appointment to Friday | RESCHEDULE", "I need to reschedule | RESCHEDULE",
						"I'd like to book a cleaning | BOOK", "what are your hours | QUESTION",
						"do you take insurance | QUESTION", "the weather is nice | UNKNOWN" })
		void intents(String text, Intent intent) {
			assertThat(read(text).intent()).isEqualTo(intent);
		}

		@Test
		void negatedDateNeverWins() {
			assertThat(read("no I said Tuesday not Thursday", Expectation.CONFIRMATION).date())
				.isEqualTo(LocalDate.of(2026, 11, 24));
			assertThat(read("at 3 not 4").time()).isEqualTo(LocalTime.of(15, 0));
		}

		@Test
		void correctionWins() {
			assertThat(read("Thursday at 10 no sorry Friday at 10").date()).isEqualTo(LocalDate.of(2026, 11, 20));
		}

		@Test
		void greetingIsNotAConfirmation() {
			assertThat(read("good evening").intent()).isEqualTo(Intent.UNKNOWN);
			assertThat(read("good", Expectation.CONFIRMATION).intent()).isEqualTo(Intent.CONFIRM);
		}

		@Test
		void alternativeClauseKeepsItsTimeToo() {
			Extraction e = read("Friday at 4 or Saturday at 10");
			assertThat(e.date()).isEqualTo(LocalDate.of(2026, 11, 20));
			assertThat(e.time()).isEqualTo(LocalTime.of(16, 0));
		}

		@Test
		void rescheduleTakesTheNewDate() {
			Extraction e = read("move my Tuesday appointment to Thursday at 4");
			assertThat(e.date()).isEqualTo(LocalDate.of(2026, 11, 19));
			assertThat(e.time()).isEqualTo(LocalTime.of(16, 0));
		}

	}

	@Nested
	class ClockRanges {

		@ParameterizedTest
		@CsvSource({ "three to four p m, 15:00, 16:00", "9-11am, 09:00, 11:00", "tomorrow 3-4 pm, 15:00, 16:00",
				"I'm free 10:30-11:30 on Friday, 10:30, 11:30", "Tuesday afternoon 3 to 5, 15:00, 17:00",
				"nine-eleven a m, 09:00, 11:00", "from ten thirty to eleven thirty, 10:30, 11:30" })
		void twoClockTimesAreAWindowNeverHourAndMinutes(String text, LocalTime from, LocalTime to) {
			Extraction e = read(text);
			assertThat(e.timeWindow()).isEqualTo(new Extraction.TimeWindow(from, to));
			assertThat(e.time()).isNull();
		}

		@Test
		void bareHoursAreAWindowOnlyWhereATimeIsMeant() {
			assertThat(read("two to four", Expectation.TIME).timeWindow())
				.isEqualTo(new Extraction.TimeWindow(LocalTime.of(14, 0), LocalTime.of(16, 0)));
			assertThat(read("I'll be there 2 to 3 minutes late").timeWindow()).isNull();
		}

		@Test
		void minutesToTheHourStayATime() {
			assertThat(read("ten to eleven am").time()).isEqualTo(LocalTime.of(10, 50));
		}

		@ParameterizedTest
		@CsvSource({ "quarter to twelve in the morning, 11:45", "ten to one in the afternoon, 12:50",
				"half past six in the evening, 18:30", "at quarter to noon, 11:45" })
		void thePartOfDayIsThatOfTheTimeRead(String text, LocalTime expected) {
			assertThat(read(text).time()).isEqualTo(expected);
		}

		@ParameterizedTest
		@CsvSource({ "afternoon 2, 14:00", "tomorrow morning eleven, 11:00", "this evening six, 18:00" })
		void partOfDayBeforeTheHour(String text, LocalTime expected) {
			assertThat(read(text).time()).isEqualTo(expected);
		}

		@Test
		void aCorrectionForgetsThePartOfDaySaidBeforeIt() {
			assertThat(read("Friday at ten in the morning no wait Thursday at 4").time())
				.isEqualTo(LocalTime.of(16, 0));
			assertThat(read("at 7 in the evening or 8").time()).isEqualTo(LocalTime.of(19, 0));
		}

	}

	@Nested
	class Homophones {

		@ParameterizedTest
		@CsvSource({ "book it for ten thirty, 10:30", "half past to, 14:30", "at for pm, 16:00", "at to p m, 14:00",
				"at ate thirty, 08:30", "around won o'clock, 13:00", "quarter past for, 16:15", "at for, 16:00",
				"i could do ate fifteen in the morning, 08:15" })
		void hourHomophoneWhereAClockIsMeant(String text, LocalTime expected) {
			assertThat(read(text).time()).isEqualTo(expected);
		}

		@ParameterizedTest
		@ValueSource(strings = { "I want to come in", "what can you do for me", "I won the lottery", "I ate already" })
		void homophoneAsAWordIsNoTime(String text) {
			assertThat(read(text).time()).isNull();
		}

	}

	@Nested
	class StrayNumbers {

		@ParameterizedTest
		@ValueSource(strings = { "that one sounds great", "the earlier one", "one of those works", "the first one",
				"whatever you have first", "either one is fine" })
		void aPickIsNeverATimeOrADate(String text) {
			Extraction e = read(text, Expectation.TIME);
			assertThat(e.time()).isNull();
			assertThat(e.date()).isNull();
		}

		@Test
		void onSecondThoughtIsNoDate() {
			Extraction e = read("on second thought make it Wednesday");
			assertThat(e.date()).isEqualTo(LocalDate.of(2026, 11, 18));
		}

		@Test
		void theTimeBeforeAPickIsKept() {
			assertThat(read("the two thirty one", Expectation.TIME).time()).isEqualTo(LocalTime.of(14, 30));
		}

		@ParameterizedTest
		@CsvSource({ "on twenty second, 2026-11-22", "on twenty fifth of this month, 2026-11-25",
				"Tuesday twenty fourth, 2026-11-24", "sometime on twenty third, 2026-11-23" })
		void ordinalWithoutThe(String text, LocalDate expected) {
			assertThat(read(text).date()).isEqualTo(expected);
		}

	}

	@Nested
	class Holidays {

		@ParameterizedTest
		@CsvSource({ "Christmas, 2026-12-25", "Boxing Day, 2026-12-26", "New Year's Day, 2027-01-01",
				"Family Day, 2027-02-15", "Good Friday, 2027-03-26", "Easter Monday, 2027-03-29",
				"Victoria Day, 2027-05-24", "Canada Day, 2027-07-01", "the civic holiday, 2027-08-02",
				"Labour Day, 2027-09-06", "Thanksgiving, 2027-10-11", "Thanksgiving Monday, 2027-10-11",
				"Remembrance Day, 2027-11-11", "the day after Boxing Day, 2026-12-27",
				"the Tuesday after Labour Day, 2027-09-07", "the Monday before Christmas, 2026-12-21" })
		void theNextOneToCome(String text, LocalDate expected) {
			assertThat(read(text).date()).isEqualTo(expected);
		}

		@Test
		void easterFollowsTheGregorianComputus() {
			assertThat(CanadianHoliday.easter(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
			assertThat(CanadianHoliday.easter(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
			assertThat(CanadianHoliday.easter(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
		}

		@ParameterizedTest
		@ValueSource(strings = { "sometime before Christmas", "over the Labour Day weekend", "after new year's day" })
		void aSpanAroundAHolidayIsNoDate(String text) {
			assertThat(read(text).date()).isNull();
		}

		@ParameterizedTest
		@ValueSource(strings = { "sounds good Friday works", "yeah good Friday at 2", "good Friday then" })
		void goodAsAnAnswerBeforeFridayIsTheWeekday(String text) {
			assertThat(read(text).date()).isEqualTo(LocalDate.of(2026, 11, 20));
		}

		@Test
		void onTheDayItIsToday() {
			assertThat(readAt("Remembrance Day", "2026-11-11T09:00", "America/Toronto").date())
				.isEqualTo(LocalDate.of(2026, 11, 11));
		}

	}

	@Nested
	class DayRanges {

		@ParameterizedTest
		@CsvSource({ "the 13th to the 15th, 2026-12-13, 2026-12-15",
				"between Monday and Wednesday, 2026-11-23, 2026-11-25",
				"from Thursday through Saturday, 2026-11-19, 2026-11-21",
				"between Tuesday and Thursday next week, 2026-11-24, 2026-11-26" })
		void twoDaysAreARange(String text, LocalDate from, LocalDate to) {
			Extraction e = read(text);
			assertThat(e.dateRange()).isEqualTo(new Extraction.DateRange(from, to));
			assertThat(e.date()).isNull();
		}

		@Test
		void whenMovingTheNewDayAndTimeWin() {
			Extraction e = read("move it from Tuesday to Thursday at four");
			assertThat(e.intent()).isEqualTo(Intent.RESCHEDULE);
			assertThat(e.date()).isEqualTo(LocalDate.of(2026, 11, 19));
			assertThat(e.time()).isEqualTo(LocalTime.of(16, 0));
			assertThat(e.dateRange()).isNull();
		}

		@Test
		void whenMovingTheNewHourIsReadAlone() {
			assertThat(read("can we move my eleven o'clock to nine").time()).isEqualTo(LocalTime.of(9, 0));
			assertThat(read("move my 3 o'clock to 4:30").time()).isEqualTo(LocalTime.of(16, 30));
		}

	}

	@Nested
	class Services {

		@ParameterizedTest
		@CsvSource(delimiter = '|', quoteCharacter = '"',
				value = { "I need a cleaning | cleaning", "time for my checkup | checkup", "a check-up | checkup",
						"I have a toothache | emergency", "my tooth is killing me, real pain | emergency",
						"I broke a tooth | emergency" })
		void serviceWords(String text, String service) {
			assertThat(read(text).service()).isEqualTo(service);
		}

	}

	@Nested
	class BareAnswers {

		@Test
		void bareNumberIsATimeOnlyWhenATimeWasAsked() {
			assertThat(read("two", Expectation.TIME).time()).isEqualTo(LocalTime.of(14, 0));
			assertThat(read("two").time()).isNull();
		}

		@Test
		void bareOrdinalIsADateWhenADateWasAsked() {
			assertThat(read("the fifth", Expectation.DATE).date()).isEqualTo(LocalDate.of(2026, 12, 5));
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', textBlock = """
				tuesday at four     | TUESDAY  | 16:00
				thursday at ten     | THURSDAY | 10:00
				friday around one   | FRIDAY   | 13:00
				saturday at nine    | SATURDAY | 09:00
				""")
		void aWeekdayAndANumberAnsweringWhatDayAreADayAndAnHour(String said, DayOfWeek day, LocalTime time) {
			Extraction heard = read(said, Expectation.DATE);

			assertThat(heard.date().getDayOfWeek()).isEqualTo(day);
			assertThat(heard.time()).isEqualTo(time);
		}

		@Test
		void aBareNumberAnsweringWhatDayIsTheDayOfTheMonth() {
			assertThat(read("ten", Expectation.DATE).date().getDayOfMonth()).isEqualTo(10);
			assertThat(read("ten", Expectation.DATE).time()).isNull();
		}

		@ParameterizedTest
		@ValueSource(strings = { "do you have anything end of day thursday", "thursday at the end of the day" })
		void theEndOfTheDayIsTheAfternoon(String said) {
			Extraction heard = read(said);

			assertThat(heard.date().getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
			assertThat(heard.timeWindow()).isNotNull();
			assertThat(heard.timeWindow().from()).isEqualTo(LocalTime.NOON);
		}

		@Test
		void makeItAndANumberIsAnHourWhateverWasAsked() {
			assertThat(read("actually can we make it three instead", Expectation.CONFIRMATION).time())
				.isEqualTo(LocalTime.of(15, 0));
			assertThat(read("could you make that eleven", Expectation.CONFIRMATION).time())
				.isEqualTo(LocalTime.of(11, 0));
		}

	}

	@Nested
	class Confidence {

		@Test
		void clearRequestIsConfident() {
			assertThat(read("I'd like to book a cleaning next Wednesday at 2:30 pm").confidence())
				.isGreaterThanOrEqualTo(0.9);
		}

		@Test
		void nothingUnderstoodIsNotConfident() {
			assertThat(read("the weather is nice").confidence()).isLessThanOrEqualTo(0.3);
			assertThat(read("").confidence()).isZero();
		}

		@Test
		void unansweredQuestionIsNotConfident() {
			assertThat(read("I don't know", Expectation.PHONE).confidence()).isLessThan(0.6);
		}

		@Test
		void weekdayThatDoesNotMatchTheDateLowersConfidence() {
			assertThat(read("Friday the 24th").confidence()).isLessThan(read("Tuesday the 24th").confidence());
		}

	}

	@Test
	void normalizedTextDropsFillersAndReadsMeridiem() {
		assertThat(read("Um, I'd like, uh, 3 p.m. please").normalizedText()).isEqualTo("i'd like 3 pm please");
	}

	@Test
	void neverThrowsOnNullOrEmpty() {
		assertThat(read(null).intent()).isEqualTo(Intent.UNKNOWN);
		assertThat(this.extractor.extract(new ExtractionRequest("tomorrow at 3", null, null)).time())
			.isEqualTo(LocalTime.of(15, 0));
	}

	@Test
	void isThreadSafe() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Extraction>> results = pool.invokeAll(java.util.Collections.nCopies(200,
					() -> read("my name is Emily Roy, next Wednesday at 2:30 pm, 416 555 0199")));
			for (Future<Extraction> f : results) {
				Extraction e = f.get();
				assertThat(e.name()).isEqualTo("Emily Roy");
				assertThat(e.phone()).isEqualTo("+14165550199");
				assertThat(e.startsAt()).isEqualTo(OffsetDateTime.parse("2026-11-25T14:30-05:00"));
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
