package io.bella.dialogue;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import io.bella.dialogue.CallerGoal.Kind;
import io.bella.dialogue.CallerGoal.OnFile;
import io.bella.dialogue.CallerGoal.Style;
import io.bella.dialogue.CallerGoal.Want;

/**
 * What a scripted caller says in each situation of a call, in its own style: the suite's
 * phrasing pools, written from how people phone a clinic.
 */
final class CallerLines {

	private final CallerGoal goal;

	private final CallerWords words;

	CallerLines(CallerGoal goal, CallerWords words) {
		this.goal = goal;
		this.words = words;
	}

	private boolean is(Style style) {
		return this.goal.style() == style;
	}

	/** The sentence as this caller's phone line delivers it. */
	String styled(String sentence) {
		String text = sentence.replace("..", ".");
		return is(Style.PHONE_STYLE) ? this.words.transcribed(text) : text;
	}

	String opening() {
		return styled(switch (this.goal.kind()) {
			case BOOK_AT, BOOK_WINDOW, CHANGE_OF_MIND, REFUSE_THEN_PICK -> introduced(book(this.goal.want()));
			case BOOK_ASAP -> introduced(asap());
			case MOVE, MOVE_OF_TWO -> move();
			case CANCEL -> cancel();
			case QUESTION_THEN_BOOK -> question();
			case EMERGENCY_OPEN -> emergency();
			case EMERGENCY_CLOSED -> emergency() + " " + this.words.any(List.of("Can I get in first thing tomorrow?",
					"When is the earliest someone can see me?", "Can I come in as soon as you open?"));
			case REACH_PERSON -> this.words.any(List.of("Can I talk to someone at the front desk?",
					"I'd like to speak with a receptionist please.", "Is there a person I could talk to?",
					"Could you put me through to somebody in the office?"));
		});
	}

	/** After the clinic answered the question: on to the booking. */
	String afterQuestion() {
		return styled(this.words.any(List.of("Great, thanks. ", "Okay good to know. ", "Perfect. "))
				+ book(this.goal.want()));
	}

	private String introduced(String request) {
		if (!this.goal.known() && this.words.chance(30) && !is(Style.SPELLED_NAME)) {
			return this.words.any(List.of("Hi, this is ", "Hello, my name is ", "Hi it's ")) + this.goal.name() + ". "
					+ request;
		}
		String greeting = this.words.any(List.of("Hi, ", "Hello, ", "Good morning, ", ""));
		return greeting.isEmpty() ? request
				: greeting + Character.toLowerCase(request.charAt(0)) + request.substring(1);
	}

	private String book(Want want) {
		String service = serviceWords();
		String when = when(want);
		if (is(Style.CORRECTION) && want.at() != null) {
			String wrong = this.words
				.day(want.from().plusDays((want.from().getDayOfWeek() == DayOfWeek.FRIDAY) ? -1 : 1));
			return this.words.any(List.of("I'd like to book " + service + " " + wrong + ", sorry, no, " + when + ".",
					"Can I get " + service + " " + wrong + ", actually make that " + when + "?",
					"I need " + service + " " + wrong + ", oh wait, I mean " + when + "."));
		}
		return this.words.any(List.of("I'd like to book " + service + " " + when + ".",
				"Could I get " + service + " " + when + "?", "I need to come in for " + service + " " + when + ".",
				"Do you have anything " + when + " for " + service + "?",
				"I was hoping to make an appointment for " + service + " " + when + "."));
	}

	private String asap() {
		String service = serviceWords();
		if (is(Style.OFFER_CONSTRAINT)) {
			return this.words.any(List.of("I need " + service + ", the soonest you have, just not on a Monday.",
					"Whatever you have first for " + service + ", as long as it's not a Monday."));
		}
		return this.words.any(List.of("I need " + service + " as soon as possible.",
				"What's the earliest you can fit me in for " + service + "?",
				"Could I get " + service + ", whatever's the next opening?",
				"I'd like " + service + ", first available please."));
	}

	private String move() {
		OnFile target = this.goal.onFile().get(this.goal.target());
		String mine = (this.goal.onFile().size() > 1 || this.words.chance(50)) ? "my " + target.type()
				: "my appointment";
		String when = when(this.goal.want());
		if (this.goal.kind() == Kind.MOVE_OF_TWO) {
			return this.words.any(List.of("Could you switch " + mine + " over to " + when + "?",
					"I need to reschedule " + mine + ", can we do " + when + " instead?",
					"Hi, I have to move " + mine + " to " + when + "."));
		}
		return this.words.any(List.of("I need to move " + mine + ".", "Can I reschedule " + mine + " please?",
				"Hi, I have to change the time of " + mine + ", could we do " + when + "?",
				"Something came up, I need to push back " + mine + "."));
	}

	private String cancel() {
		OnFile target = this.goal.onFile().get(this.goal.target());
		String mine = (this.goal.onFile().size() > 1) ? "my " + target.type() : "my appointment";
		return this.words.any(List.of("I need to cancel " + mine + ".",
				"Hi, I won't be able to make " + mine + ", can you cancel it?",
				"I'd like to cancel " + mine + " please.", "Can you take me off the schedule for " + mine + "?"));
	}

	private String question() {
		return switch (this.goal.question()) {
			case HOURS -> this.words.any(List.of("What time are you open until on Friday?",
					"Are you open on Saturday morning?", "What are your hours on Thursday?"));
			case ADDRESS -> this.words.any(List.of("Where exactly are you located?", "What's your address?"));
			case PARKING -> this.words.any(List.of("Is there somewhere to park near you?", "Do you have parking?"));
			case INSURANCE ->
				this.words.any(List.of("Do you take dental insurance?", "Can you bill my insurance directly?"));
			case PRICE -> this.words.any(List.of("How much is a cleaning?", "What does a checkup cost?"));
		};
	}

	private String emergency() {
		return this.words.any(List.of("My tooth cracked and it's bleeding quite a bit.",
				"I have really bad pain and my face is swelling up.", "My son just knocked out a tooth playing hockey.",
				"I think I have an abscess, the pain is unbearable."));
	}

	/** The kind of visit in the caller's own words. */
	String serviceWords() {
		if (is(Style.SERVICE_WORDS)) {
			return this.goal.type().equals("cleaning")
					? this.words.any(List.of("my teeth cleaned", "a scale and polish", "a hygiene visit"))
					: this.words.any(List.of("someone to look at a filling that fell out",
							"a general exam, it has been a while", "an exam, my gums have been bothering me"));
		}
		return this.goal.type().equals("cleaning") ? this.words.any(List.of("a cleaning", "a teeth cleaning"))
				: this.words.any(List.of("a checkup", "a check-up", "a dental checkup"));
	}

	/** The answer to "Is this for a checkup or a cleaning?". */
	String service() {
		String type = this.goal.type();
		return styled(this.words.any(List.of("A " + type + " please.", "Just a " + type + ".",
				"It's for a " + type + ".", (is(Style.HEDGE) ? "I guess a " + type : "A " + type) + ".")));
	}

	/** The day and time, as an answer to "What day and time would suit you?". */
	String answerWhen(Want want) {
		if (want.at() == null && want.after() == null && want.before() == null) {
			return styled(is(Style.OFFER_CONSTRAINT) ? "As soon as you can, but not a Monday." : this.words
				.any(List.of("As soon as possible.", "Whenever is soonest.", "The earliest you have.")));
		}
		return styled(this.words.any(List.of("", "How about ", "Maybe ")) + when(want) + ".");
	}

	String when(Want want) {
		if (want.at() == null && want.after() == null && want.before() == null) {
			return "as soon as possible";
		}
		String day = this.words.day(want.from());
		if (want.at() != null) {
			return day + " at " + this.words.time(want.at());
		}
		return day + " " + window(want.after(), want.before());
	}

	private String window(LocalTime after, LocalTime before) {
		if (before.getHour() == 10) {
			return this.words.any(List.of("first thing in the morning", "as early as you open"));
		}
		if (before.equals(LocalTime.NOON)) {
			return this.words.any(List.of("in the morning", "sometime in the morning", "before noon"));
		}
		if (after.getHour() == 15) {
			return this.words.any(List.of("after three", "anytime after 3 pm", "late in the afternoon after three"));
		}
		if (before.getHour() == 15) {
			return this.words.any(List.of("between one and three", "early afternoon, between 1 and 3"));
		}
		return this.words.any(List.of("in the afternoon", "after lunch", "sometime in the afternoon"));
	}

	/** When none of the times read out will do. */
	String noneFits(Want want) {
		if (is(Style.OFFER_CONSTRAINT) && want.notOn() != null) {
			return styled("Not Mondays please, anything later in the week?");
		}
		if (is(Style.OFFER_CONSTRAINT) && want.after() != null && want.after().getHour() == 15) {
			return styled(this.words
				.any(List.of("Do you have anything after three?", "What's the latest you have that day?")));
		}
		if (is(Style.OFFER_CONSTRAINT) && want.before() != null && want.before().equals(LocalTime.NOON)) {
			return styled("What's the earliest you have in the morning?");
		}
		return styled(this.words.any(List.of("None of those work for me. ", "Hmm, no. ", "Those don't suit me. "))
				+ "Do you have anything " + when(want) + "?");
	}

	/** Which of the times that would do the caller takes. */
	int choose(List<Integer> fitting) {
		return this.words.any(fitting);
	}

	/** A pick among the times read out. */
	String pick(List<LocalDateTime> offered, int index) {
		LocalDateTime slot = offered.get(index);
		boolean last = index == offered.size() - 1;
		String weekday = CallerWords.weekday(slot.toLocalDate());
		if (offered.stream().filter((other) -> other.toLocalTime().equals(slot.toLocalTime())).count() > 1) {
			return styled(this.words.any(List.of("The one on " + weekday + ".",
					weekday + " at " + this.words.clock(slot.toLocalTime()) + " please.")));
		}
		List<String> ways = new java.util.ArrayList<>(
				List.of("The one at " + this.words.clock(slot.toLocalTime()) + ".",
						this.words.clock(slot.toLocalTime()) + " please."));
		if (is(Style.ORDINAL_WORDS) || is(Style.PHONE_STYLE)) {
			String nth = List.of("first", "second", "third").get(index);
			ways.addAll(List.of("The " + nth + " one.", "I'll take the " + nth + " one please.",
					"The " + this.words.clock(slot.toLocalTime()) + " one sounds good."));
			if (index == 0) {
				ways.add("Whichever is first is fine.");
				ways.add("The earlier one.");
			}
			if (last) {
				ways.add("The later one works.");
				ways.add("The last one.");
			}
		}
		return styled(this.words.any(ways));
	}

	/** Yes to a read-back of something the caller wants. */
	String yes(String action) {
		List<String> ways = switch (this.goal.style()) {
			case ACTION_YES -> List.of("Yes, please " + action + " it.", "Yeah go ahead and " + action + " it.",
					"Yes " + action + " that please.", "Sure, " + action + " it.");
			case HEDGE -> List.of("I guess so.", "Yeah, I suppose that works.", "Sure, that should be fine.",
					"Mm, okay, I think that's fine.");
			default -> List.of("Yes.", "Yes please.", "That works.", "Yeah that's great.", "Sounds good.");
		};
		return styled(this.words.any(ways));
	}

	/** No to a read-back the caller does not want. */
	String no() {
		List<String> ways = is(Style.CORRECTION) ? List.of("No, the other one.", "No, that's not the one I meant.")
				: List.of("No.", "No, that's not right.", "No thanks, that doesn't work for me.");
		return styled(this.words.any(ways));
	}

	/** No to a time the caller refuses although it would do. */
	String refuse() {
		return styled(this.words.any(List.of("Hmm, no, I'd rather not take that one.", "No, that one doesn't suit me.",
				"Actually no, not that time.")));
	}

	/** A time read out again that the caller already turned down. */
	String somethingElse(Want want, LocalDateTime refused) {
		boolean roomLater = want.before() == null || refused.toLocalTime().plusMinutes(30).isBefore(want.before());
		String ask = roomLater
				? this.words.any(List.of("Do you have anything a bit later that day?", "Is there something later?"))
				: "Anything earlier than that?";
		return styled(this.words.any(List.of("No. ", "No, ")) + ask);
	}

	/** Right after "You're all set": another day after all. */
	String changeOfMind() {
		String day = CallerWords.weekday(this.goal.want().from());
		return styled(this.words.any(List.of(
				"Oh wait, actually " + day + " won't work after all. Can we do " + when(this.goal.mind()) + " instead?",
				"Sorry, I just realized I can't do " + day + ". Could you change it to " + when(this.goal.mind()) + "?",
				"Actually, can we make that " + when(this.goal.mind()) + " instead?")));
	}

	String name() {
		String name = this.goal.name();
		if (!is(Style.SPELLED_NAME)) {
			return styled(this.words.any(List.of(name + ".", "It's " + name + ".", "My name is " + name + ".")));
		}
		String[] parts = name.split(" ");
		return name + ", that's " + spelled(parts[0]) + ", " + spelled(parts[1]) + ".";
	}

	private static String spelled(String word) {
		StringBuilder letters = new StringBuilder();
		for (char c : word.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
			if (!letters.isEmpty()) {
				letters.append(' ');
			}
			letters.append((c == '\'') ? "apostrophe" : (c == '-') ? "hyphen" : String.valueOf(c));
		}
		return letters.toString();
	}

	String phone() {
		return styled(this.words.any(List.of("", "It's ", "Sure, it's ")) + this.words.phone(this.goal.phone()));
	}

	String closing() {
		return styled(this.words.any(
				List.of("No, that's all, thank you.", "Nope, that's everything. Bye.", "No thanks, have a good day.")));
	}

	String handoffYes() {
		return styled(this.words.any(List.of("Yes please.", "Yes, thank you.")));
	}

	String affirm() {
		return styled(this.words.any(List.of("Yes.", "Yes please.", "Yeah.")));
	}

	String deny() {
		return styled(this.words.any(List.of("No.", "No thanks.")));
	}

	/** Which appointment: by kind of visit, by day or by position. */
	String whichAppointment(List<LocalDateTime> listed) {
		OnFile target = this.goal.onFile().get(this.goal.target());
		int index = listed.indexOf(target.startsAt());
		List<String> ways = new java.util.ArrayList<>(List.of("The " + target.type() + ".",
				"The one on " + CallerWords.weekday(target.startsAt().toLocalDate()) + "."));
		if (index >= 0 && (is(Style.ORDINAL_WORDS) || is(Style.CORRECTION))) {
			ways.add("The " + List.of("first", "second", "third", "fourth").get(index) + " one.");
		}
		return styled(this.words.any(ways));
	}

}
