package io.bella.simulator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A caller of the load benchmarks who wants a checkup at a given day and time and says yes
 * to what fits, pausing about {@code thinkMillis} before each answer (Bella speaking, the
 * caller answering, Twilio's speech recognition).
 *
 * @param day the day asked for
 * @param time the time asked for, as said ("9:30 am")
 * @param thinkMillis the mean pause before each answer
 */
public record BookingCaller(LocalDate day, String time, int thinkMillis) implements Caller {

	private static final DateTimeFormatter SPOKEN_DATE = DateTimeFormatter.ofPattern("EEEE MMMM d", Locale.CANADA);

	private static final String[] TIMES = { "9 am", "9:30 am", "10 am", "10:30 am", "11 am", "11:30 am", "1 pm",
			"1:30 pm", "2 pm", "2:30 pm", "3 pm", "3:30 pm", "4 pm" };

	/**
	 * The caller number {@code caller} of {@code callers}: callers {@code i} and
	 * {@code i + callers/2} ask for the same time, so that some race for a slot, over the
	 * 30 working days from {@code firstDay}.
	 */
	public static BookingCaller of(int caller, int callers, LocalDate firstDay, int thinkMillis) {
		List<LocalDate> days = workingDays(firstDay, 30);
		int request = caller % Math.max(1, callers / 2);
		return new BookingCaller(days.get(request % days.size()), TIMES[(request / days.size()) % TIMES.length],
				thinkMillis);
	}

	@Override
	public String answer(String bellaSaid) {
		if (this.thinkMillis > 0) {
			LockSupport.parkNanos(TimeUnit.MILLISECONDS
				.toNanos(ThreadLocalRandom.current().nextInt(this.thinkMillis / 2, this.thinkMillis * 3 / 2 + 1)));
		}
		String said = bellaSaid.toLowerCase(Locale.ROOT);
		if (said.contains("goodbye")) {
			return null;
		}
		if (said.contains("how can i help")) {
			return "Hi, I'd like to book a checkup on " + SPOKEN_DATE.format(this.day) + " at " + this.time;
		}
		if (said.contains("anything else")) {
			return "no that's all thank you";
		}
		if (said.contains("which one") || said.contains("which would")) {
			return "the first one";
		}
		if (said.contains("first and last name") || said.contains("your name")) {
			return "Pat Caller";
		}
		if (said.contains("what day") || said.contains("when would")) {
			return "as soon as possible";
		}
		return "yes";
	}

	private static List<LocalDate> workingDays(LocalDate from, int count) {
		List<LocalDate> days = new ArrayList<>();
		LocalDate day = from;
		while (days.size() < count) {
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				days.add(day);
			}
			day = day.plusDays(1);
		}
		return days;
	}

}
