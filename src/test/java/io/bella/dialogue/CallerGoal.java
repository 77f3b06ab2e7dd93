package io.bella.dialogue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * What one scripted caller of the conversation suite wants from the call, precise enough
 * to check afterwards in the database: the kind of request, the visit, the day and time
 * (or window) that would do, the appointments already on file, and how the caller talks.
 *
 * @param id the caller's number in the suite, also its seed
 * @param kind what the caller wants done
 * @param style how the caller phrases it
 * @param closed whether the call comes in while the front desk is closed
 * @param callerId the caller ID Bella sees (E.164, or "anonymous")
 * @param phone the caller's own number (E.164), under which their patients are kept
 * @param name the patient's name as the caller would spell it
 * @param known whether the patient is on file under the caller ID before the call
 * @param type the kind of visit (an appointment type's name)
 * @param want the times that would do (for a move: the new time)
 * @param mind after a change of mind, the times that would do instead; {@code null}
 * otherwise
 * @param onFile the caller's appointments already booked before the call
 * @param target which of {@code onFile} is to be moved or cancelled, or -1
 * @param question the question asked in the middle of the call, or {@code null}
 */
record CallerGoal(int id, Kind kind, Style style, boolean closed, String callerId, String phone, String name,
		boolean known, String type, Want want, Want mind, List<OnFile> onFile, int target, Question question) {

	/** The times that satisfy the caller: the wish after a change of mind, if any. */
	Want finalWant() {
		return (this.mind != null) ? this.mind : this.want;
	}

	boolean books() {
		return this.kind.books;
	}

	/**
	 * What the caller wants done.
	 */
	enum Kind {

		/** Book a kind of visit at a given day and time. */
		BOOK_AT(true),
		/** Book within a part of a given day. */
		BOOK_WINDOW(true),
		/** Book as soon as possible. */
		BOOK_ASAP(true),
		/** Move the one appointment on file. */
		MOVE(true),
		/** Move one of two appointments on file. */
		MOVE_OF_TWO(true),
		/** Cancel an appointment on file (one or two on file). */
		CANCEL(false),
		/**
		 * Ask about the clinic (hours, address, parking, insurance, prices), then book.
		 */
		QUESTION_THEN_BOOK(true),
		/** An emergency while the clinic is open: a person, at once. */
		EMERGENCY_OPEN(false),
		/** An emergency after hours: the earliest emergency slot at the next opening. */
		EMERGENCY_CLOSED(true),
		/** Speak to a person (a message when the front desk is closed). */
		REACH_PERSON(false),
		/** Book, then change the day right after "You're all set". */
		CHANGE_OF_MIND(true),
		/** Refuse the first time read back, then take another. */
		REFUSE_THEN_PICK(true);

		final boolean books;

		Kind(boolean books) {
			this.books = books;
		}

	}

	/**
	 * How the caller talks: the phrasing classes of issue 12.
	 */
	enum Style {

		/** Plain written sentences. */
		PLAIN,
		/** A yes that names the action ("yes go ahead and book it"). */
		ACTION_YES,
		/** Hedged answers ("I guess so"). */
		HEDGE,
		/** Corrections of what was just said ("Thursday, no, Friday"). */
		CORRECTION,
		/** Ordinal and number words around the offers ("the second one", "that one"). */
		ORDINAL_WORDS,
		/** Constraints on the offers ("anything after three", "not Mondays"). */
		OFFER_CONSTRAINT,
		/** Service words that are not type names ("my teeth cleaned"). */
		SERVICE_WORDS,
		/** Names spelled out letter by letter, "Mc", "O'", hyphens. */
		SPELLED_NAME,
		/**
		 * Recognizer transcripts: lower case, no punctuation, numbers as words, fillers.
		 */
		PHONE_STYLE

	}

	/**
	 * A question asked in the middle of a call, and words of the clinic's answer.
	 */
	enum Question {

		HOURS("a.m.", "p.m.", "noon"), ADDRESS("queen"), PARKING("parking"), INSURANCE("insurance"),
		PRICE("dollar", "$");

		final List<String> answerWords;

		Question(String... answerWords) {
			this.answerWords = List.of(answerWords);
		}

	}

	/**
	 * The times that would do: one day (or a range of days), and an exact time or a
	 * window of it; an optional weekday the caller cannot do.
	 *
	 * @param from the first day that would do
	 * @param to the last day that would do
	 * @param at the exact time, or {@code null}
	 * @param after the earliest time that would do (inclusive), or {@code null}
	 * @param before the latest start that would do (exclusive), or {@code null}
	 * @param notOn a weekday that will not do, or {@code null}
	 */
	record Want(LocalDate from, LocalDate to, LocalTime at, LocalTime after, LocalTime before, DayOfWeek notOn) {

		/** No time at all: the caller wants nothing booked. */
		static final Want NONE = new Want(LocalDate.MIN, LocalDate.MIN.plusDays(1), null, null, null, null);

		boolean isNone() {
			return this.equals(NONE);
		}

		static Want at(LocalDateTime when) {
			return new Want(when.toLocalDate(), when.toLocalDate(), when.toLocalTime(), null, null, null);
		}

		static Want window(LocalDate day, LocalTime after, LocalTime before) {
			return new Want(day, day, null, after, before, null);
		}

		static Want days(LocalDate from, LocalDate to, DayOfWeek notOn) {
			return new Want(from, to, null, null, null, notOn);
		}

		boolean accepts(LocalDateTime slot) {
			LocalDate day = slot.toLocalDate();
			LocalTime time = slot.toLocalTime();
			return !isNone() && !day.isBefore(this.from) && !day.isAfter(this.to)
					&& (this.notOn == null || day.getDayOfWeek() != this.notOn)
					&& (this.at == null || this.at.equals(time)) && (this.after == null || !time.isBefore(this.after))
					&& (this.before == null || time.isBefore(this.before));
		}

	}

	/**
	 * An appointment booked before the call.
	 *
	 * @param type the kind of visit
	 * @param startsAt when, in the clinic's time
	 */
	record OnFile(String type, LocalDateTime startsAt) {
	}

}
