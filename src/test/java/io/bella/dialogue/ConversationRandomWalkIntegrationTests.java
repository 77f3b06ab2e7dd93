package io.bella.dialogue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.BookingService;
import io.bella.booking.Patients;
import io.bella.booking.Providers;
import io.bella.dialogue.CallerGoal.Kind;
import io.bella.dialogue.ConversationCheck.Row;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A property of every conversation, whatever the caller says: random walks over the
 * dialogue, each turn drawn from a vocabulary of plausible answers (yes, no, hedges,
 * picks, days and times, names, numbers, cancel, move, "actually…", silence), and after
 * each walk two checks in the database:
 * <ul>
 * <li>no patient holds two booked appointments that overlap;</li>
 * <li>every appointment booked or moved in the walk is at a time whose read-back ("So
 * that's … Shall I book it?", "Shall I move your appointment to that time?", or a single
 * time offered with "Would that work?") the walk last answered with a yes; so nothing is
 * booked that the walk refused or never agreed to.</li>
 * </ul>
 * The walks are seeded ({@code -Dbella.walk.seed=…} replays another seed); a failure
 * names the seed and the walk with its transcript.
 */
@BellaIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class ConversationRandomWalkIntegrationTests {

	static final int WALKS = 120;

	static final int MAX_TURNS = 14;

	private static final List<String> YES = List.of("yes", "yeah sure", "yes please go ahead", "I guess so",
			"that works for me", "perfect, book it", "okay", "yep that's fine");

	private static final List<String> OTHER = List.of("no", "nope", "no that's not right", "no thanks", "not really",
			"the first one", "the second one", "the last one", "the later one", "that one", "the one at two thirty",
			"tomorrow at 10", "Thursday afternoon", "next week", "Friday at 3 pm", "the 17th in the morning",
			"anything after three", "the latest you have", "Emily Roy", "it's Sean McKenna", "my name is Maya Patel",
			"four one six five five five zero one two three", "I'd like to book a cleaning", "I need a checkup",
			"I want to cancel my appointment", "can I move my appointment", "actually can we do Wednesday instead",
			"actually never mind", "on second thought make it Friday", "hmm I'm not sure", "maybe", "let me think",
			"what are your hours", "the cleaning", "the one on Wednesday", "um", "");

	private final DialogueEngine engine;

	private final ConversationSetup setup;

	private final ConversationCheck check;

	ConversationRandomWalkIntegrationTests(DialogueEngine engine, JdbcClient jdbc, MutableClock clock,
			Patients patients, Providers providers, AppointmentTypes types, BookingService bookings) {
		this.engine = engine;
		this.setup = new ConversationSetup(jdbc, clock, patients, providers, types, bookings);
		this.check = new ConversationCheck(jdbc, ConversationSetup.TORONTO);
	}

	@Test
	void noCallerIsEverBookedTwiceAtOnceOrForATimeTheyDidNotAgreeTo() {
		long seed = Long.getLong("bella.walk.seed", CallerModel.SEED);
		long started = System.nanoTime();
		Random random = new Random(seed);
		List<String> violations = new ArrayList<>();
		for (int walk = 0; walk < WALKS; walk++) {
			String violation = walk(random, walk);
			if (violation != null) {
				violations.add("seed " + seed + ", walk " + walk + ": " + violation);
			}
		}
		this.setup.clear();
		System.out.printf("Random walks: %d walks of up to %d turns, seed %d, %.1f s%n", WALKS, MAX_TURNS, seed,
				(System.nanoTime() - started) / 1e9);
		assertThat(violations).as("random walks (replay with -Dbella.walk.seed=%d)", seed).isEmpty();
	}

	private String walk(Random random, int walk) {
		// a caller with zero to two appointments on file, known, new or anonymous
		Kind kind = List.of(Kind.BOOK_AT, Kind.MOVE, Kind.MOVE_OF_TWO, Kind.CANCEL).get(random.nextInt(4));
		CallerGoal goal = CallerModel.caller(1000 + random.nextInt(8000), kind);
		Map<Long, Integer> seeded = this.setup.prepare(goal);
		CallSession call = new CallSession("CA" + UUID.randomUUID().toString().replace("-", ""), goal.callerId(),
				"+14165550100", ConversationSetup.OPEN);
		List<String> transcript = new ArrayList<>();
		Map<LocalDateTime, Boolean> agreed = new HashMap<>();
		Reply reply = this.engine.start(call);
		transcript.add("Bella:  " + reply.speech());
		for (int turn = 0; turn < MAX_TURNS && reply.action() == Reply.Action.LISTEN; turn++) {
			boolean yes = random.nextInt(4) == 0;
			String said = yes ? YES.get(random.nextInt(YES.size())) : OTHER.get(random.nextInt(OTHER.size()));
			LocalDateTime readBack = readBack(reply.speech());
			if (readBack != null) {
				agreed.put(readBack, yes);
			}
			transcript.add("Caller: " + (said.isEmpty() ? "(silence)" : said));
			reply = this.engine.respond(call, said.isEmpty() ? Utterance.silence() : new Utterance(said, 0.9));
			transcript.add("Bella:  " + reply.speech());
		}
		String violation = violation(goal, seeded, agreed);
		return (violation != null) ? violation + "\n" + String.join("\n", transcript) : null;
	}

	private String violation(CallerGoal goal, Map<Long, Integer> seeded, Map<LocalDateTime, Boolean> agreed) {
		List<Row> rows = this.check.appointments(goal.phone());
		String overlapping = ConversationCheck.overlapping(rows);
		if (overlapping != null) {
			return overlapping;
		}
		List<Row> booked = rows.stream().filter(Row::booked).toList();
		for (Row row : booked) {
			Integer index = seeded.get(row.id());
			boolean madeInTheWalk = index == null || !goal.onFile().get(index).startsAt().equals(row.startsAt());
			if (madeInTheWalk && !Boolean.TRUE.equals(agreed.get(row.startsAt()))) {
				return ((index != null) ? "moved to " : "booked ") + row.startsAt() + ", whose read-back the walk "
						+ (agreed.containsKey(row.startsAt()) ? "last refused" : "never agreed to");
			}
		}
		return null;
	}

	/** The one time Bella asked a yes to, if she did. */
	private static LocalDateTime readBack(String speech) {
		String lower = speech.toLowerCase(Locale.ROOT);
		List<LocalDateTime> slots = ScriptedCaller.slots(speech);
		boolean asks = lower.contains("shall i book it") || lower.contains("shall i move")
				|| lower.contains("would that work") || lower.contains("work for you");
		return (asks && slots.size() == 1) ? slots.get(0) : null;
	}

}
