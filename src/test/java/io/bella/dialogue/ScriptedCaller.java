package io.bella.dialogue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.bella.dialogue.CallerGoal.Kind;
import io.bella.dialogue.CallerGoal.Want;
import io.bella.simulator.Caller;

/**
 * A caller of the conversation suite who listens to what Bella says and answers by its
 * {@link CallerGoal}: gives its name and number when asked, picks an offered time that
 * satisfies its goal or asks for another, says yes to a read-back that is right for the
 * goal and no to one that is wrong (a wrong read-back), and hangs up after
 * {@link #TURN_CAP} turns. It hears only Bella's words, so the same caller plays over the
 * dialogue engine and over Twilio's webhooks.
 */
final class ScriptedCaller implements Caller {

	static final int TURN_CAP = 16;

	private static final Pattern DATE = Pattern.compile("(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
			+ "(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2})"
			+ "(?:st|nd|rd|th)");

	private static final Pattern TIME = Pattern.compile("\\bat (noon|(\\d{1,2})(?::(\\d{2}))? ([ap])\\.m\\.)");

	private static final Pattern RE_ASK = Pattern
		.compile("^(Sorry|I'm sorry, I'm having trouble understanding)|didn't (quite )?catch|please say yes or no");

	private static final Pattern SINGLE_OFFER = Pattern
		.compile("^(Sure\\. )?I have [A-Z][a-z]+day, .*Would that work\\?$");

	private final CallerGoal goal;

	private final CallerLines lines;

	private final List<String> transcript = new ArrayList<>();

	private final Set<LocalDateTime> refused = new HashSet<>();

	private int turns;

	private int turnsToDone;

	private int wrongReadBacks;

	private int reAsks;

	private boolean opened;

	private boolean refusedOnce;

	private boolean changedMind;

	private boolean questionPending;

	private boolean questionAnswered;

	private boolean done;

	ScriptedCaller(CallerGoal goal) {
		this.goal = goal;
		Random random = new Random(CallerModel.SEED ^ (goal.id() * 7919L));
		this.lines = new CallerLines(goal,
				new CallerWords(random, goal.style() == CallerGoal.Style.PHONE_STYLE, CallerModel.TODAY));
	}

	@Override
	public String answer(String bellaSaid) {
		this.transcript.add("Bella:  " + bellaSaid);
		if (RE_ASK.matcher(bellaSaid).find()) {
			this.reAsks++;
		}
		if (this.turns >= TURN_CAP) {
			this.transcript.add("        (caller gives up)");
			return null;
		}
		String said = react(bellaSaid);
		this.turns++;
		this.transcript.add("Caller: " + said);
		return said;
	}

	@Override
	public boolean echo() {
		return false;
	}

	/** Bella's last words when she ended the call (a transfer, a message, goodbye). */
	void heardLast(String bellaSaid) {
		this.transcript.add("Bella:  " + bellaSaid);
		if (this.questionPending) {
			this.questionAnswered = answers(bellaSaid);
		}
	}

	private String react(String speech) {
		String lower = speech.toLowerCase(Locale.ROOT);
		List<LocalDateTime> slots = slots(speech);
		if (this.questionPending) {
			this.questionPending = false;
			this.questionAnswered = answers(speech);
			if (!offersHandoff(lower)) {
				return this.lines.afterQuestion();
			}
		}
		if (lower.contains("you're all set") || lower.contains("your appointment is now")
				|| lower.contains("is cancelled")) {
			if (this.turnsToDone == 0 || this.changedMind) {
				this.turnsToDone = this.turns;
			}
			if (this.goal.kind() == Kind.CHANGE_OF_MIND && !this.changedMind) {
				this.changedMind = true;
				return this.lines.changeOfMind();
			}
			this.done = true;
		}
		if (lower.contains("shall i book it") || lower.contains("shall i move")) {
			return readBack(slots.isEmpty() ? null : slots.get(0), true, true);
		}
		if (slots.size() == 1 && lower.contains("would that work")) {
			return readBack(slots.get(0), SINGLE_OFFER.matcher(speech).find(), false);
		}
		if (lower.contains("would you like me to cancel it") || lower.contains("the one you'd like to move")) {
			return existing(slots);
		}
		if (lower.contains("already have an appointment then")) {
			boolean moving = this.goal.kind() == Kind.MOVE || this.goal.kind() == Kind.MOVE_OF_TWO || this.changedMind;
			return moving ? this.lines.yes("move") : this.lines.deny();
		}
		if (lower.contains("which one would you like to") || lower.contains("which appointment")) {
			return this.lines.whichAppointment(slots);
		}
		if (slots.size() >= 2) {
			return pick(slots);
		}
		return question(lower, speech);
	}

	/** The questions that ask for one thing: name, number, visit, day, a yes. */
	private String question(String lower, String speech) {
		if (offersHandoff(lower)) {
			return (this.goal.kind() == Kind.REACH_PERSON) ? this.lines.handoffYes() : this.lines.deny();
		}
		if (lower.contains("anything else")) {
			return this.done ? this.lines.closing() : restate();
		}
		if (lower.contains("name")) {
			return this.lines.name();
		}
		if (lower.contains("number you're calling from")) {
			return this.goal.callerId().equals(this.goal.phone()) ? this.lines.affirm() : this.lines.deny();
		}
		if (lower.contains("is that right")) {
			String digits = speech.replaceAll("\\D", "");
			return (this.goal.phone().endsWith(digits) && digits.length() >= 10) ? this.lines.affirm()
					: this.lines.deny();
		}
		if (lower.contains("number")) {
			return this.lines.phone();
		}
		if (lower.contains("is this for") || lower.contains("visit for")) {
			return this.goal.books() ? this.lines.service() : restate();
		}
		if (lower.contains("what day") || lower.contains("when would you like") || lower.contains("what other day")
				|| lower.contains("day and time")) {
			return this.goal.books() ? this.lines.answerWhen(want()) : restate();
		}
		if (!this.opened) {
			this.opened = true;
			this.questionPending = this.goal.question() != null;
			return this.lines.opening();
		}
		return restate();
	}

	private String restate() {
		if (this.goal.kind() == Kind.QUESTION_THEN_BOOK || this.changedMind) {
			return this.changedMind ? this.lines.changeOfMind() : this.lines.afterQuestion();
		}
		return this.lines.opening();
	}

	/**
	 * One time read back for a yes: yes when it is right for the goal, no (and a wrong
	 * read-back counted) when it is not; the refusing caller says no to the first.
	 */
	private String readBack(LocalDateTime slot, boolean readBack, boolean confirming) {
		if (slot == null) {
			return this.lines.deny();
		}
		if (this.goal.kind() == Kind.REFUSE_THEN_PICK && !this.refusedOnce) {
			this.refusedOnce = true;
			this.refused.add(slot);
			return this.lines.refuse();
		}
		if (!this.goal.books()) {
			this.wrongReadBacks += readBack ? 1 : 0;
			return this.lines.deny() + " " + this.lines.opening();
		}
		if (this.refused.contains(slot)) {
			// asking for a yes to a time the caller just turned down reads back what it
			// did not say
			this.wrongReadBacks += confirming ? 1 : 0;
			return this.lines.somethingElse(want(), slot);
		}
		if (want().accepts(slot)) {
			boolean moving = this.goal.kind() == Kind.MOVE || this.goal.kind() == Kind.MOVE_OF_TWO;
			return this.lines.yes(moving ? "move" : "book");
		}
		if (readBack) {
			this.wrongReadBacks++;
		}
		this.refused.add(slot);
		return this.lines.no() + " " + this.lines.answerWhen(want());
	}

	private String existing(List<LocalDateTime> slots) {
		if (this.goal.target() < 0) {
			return this.lines.deny();
		}
		LocalDateTime target = this.goal.onFile().get(this.goal.target()).startsAt();
		if (!slots.isEmpty() && slots.get(0).equals(target)) {
			return this.lines.yes((this.goal.kind() == Kind.CANCEL) ? "cancel" : "move");
		}
		this.wrongReadBacks++;
		return this.lines.no();
	}

	private String pick(List<LocalDateTime> offered) {
		if (!this.goal.books()) {
			return this.lines.deny() + " " + this.lines.opening();
		}
		Want want = want();
		List<Integer> fitting = new ArrayList<>();
		for (int i = 0; i < offered.size() && i < 3; i++) {
			if (want.accepts(offered.get(i)) && !this.refused.contains(offered.get(i))) {
				fitting.add(i);
			}
		}
		return fitting.isEmpty() ? this.lines.noneFits(want) : this.lines.pick(offered, this.lines.choose(fitting));
	}

	Want want() {
		return this.changedMind ? this.goal.mind() : this.goal.want();
	}

	/**
	 * Whether Bella answered the question in words of the clinic's facts (the demo clinic
	 * lists its hours, address, parking, insurance and prices).
	 */
	private boolean answers(String speech) {
		String lower = speech.toLowerCase(Locale.ROOT);
		return !offersHandoff(lower) && !lower.contains("take a message") && !lower.contains("i can book")
				&& this.goal.question().answerWords.stream().anyMatch(lower::contains);
	}

	private static boolean offersHandoff(String lower) {
		return lower.contains("would you like me to put you through")
				|| lower.contains("would you like to leave a message");
	}

	/**
	 * The times named in what Bella said, in order: each "at 2:30 p.m." on the last day
	 * named before it.
	 */
	static List<LocalDateTime> slots(String speech) {
		List<LocalDateTime> slots = new ArrayList<>();
		Matcher dates = DATE.matcher(speech);
		List<Integer> dateAt = new ArrayList<>();
		List<LocalDate> days = new ArrayList<>();
		while (dates.find()) {
			Month month = Month.valueOf(dates.group(2).toUpperCase(Locale.ROOT));
			int year = (month.getValue() < CallerModel.TODAY.getMonthValue()) ? 2027 : 2026;
			days.add(LocalDate.of(year, month, Integer.parseInt(dates.group(3))));
			dateAt.add(dates.start());
		}
		Matcher times = TIME.matcher(speech);
		while (times.find()) {
			LocalDate day = null;
			for (int i = 0; i < days.size(); i++) {
				if (dateAt.get(i) < times.start()) {
					day = days.get(i);
				}
			}
			if (day != null) {
				slots.add(day.atTime(time(times)));
			}
		}
		return slots;
	}

	private static LocalTime time(Matcher time) {
		if (time.group(1).equals("noon")) {
			return LocalTime.NOON;
		}
		int hour = Integer.parseInt(time.group(2)) % 12 + (time.group(4).equals("p") ? 12 : 0);
		int minute = (time.group(3) != null) ? Integer.parseInt(time.group(3)) : 0;
		return LocalTime.of(hour, minute);
	}

	CallerGoal goal() {
		return this.goal;
	}

	List<String> transcript() {
		return this.transcript;
	}

	Set<LocalDateTime> refused() {
		return this.refused;
	}

	int turns() {
		return this.turns;
	}

	int turnsToDone() {
		return this.turnsToDone;
	}

	int wrongReadBacks() {
		return this.wrongReadBacks;
	}

	int reAsks() {
		return this.reAsks;
	}

	boolean questionAnswered() {
		return this.questionAnswered;
	}

}
