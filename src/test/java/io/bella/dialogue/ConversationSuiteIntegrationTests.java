package io.bella.dialogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.BookingService;
import io.bella.booking.Patients;
import io.bella.booking.Providers;
import io.bella.dialogue.ConversationCheck.Verdict;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conversation suite: {@link CallerModel}'s scripted callers, each phoning the
 * transport-free {@link DialogueEngine} (rule extractor, PostgreSQL, the demo clinic) and
 * answering what Bella says by its goal, then checked in the database. Prints the table
 * per kind of request and per way of talking and writes it, with the first failing
 * transcript of each class, to {@code target/conversations.md}.
 * <p>
 * The build holds every class's success to the floor in
 * {@code src/test/resources/dialogue/conversation-floor.properties} and allows no wrong
 * outcome; {@code -Dbella.docs.update=true} rewrites the floors from the run, and
 * {@code -Dbella.conversations.report-only=true} only measures.
 */
@BellaIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class ConversationSuiteIntegrationTests {

	static final Path REPORT = Path.of("target/conversations.md");

	static final Path TRANSCRIPTS = Path.of("target/conversations-transcripts.txt");

	private final DialogueEngine engine;

	private final ConversationSetup setup;

	private final ConversationCheck check;

	ConversationSuiteIntegrationTests(DialogueEngine engine, JdbcClient jdbc, MutableClock clock, Patients patients,
			Providers providers, AppointmentTypes types, BookingService bookings) {
		this.engine = engine;
		this.setup = new ConversationSetup(jdbc, clock, patients, providers, types, bookings);
		this.check = new ConversationCheck(jdbc, ConversationSetup.TORONTO);
	}

	@Test
	void scriptedCallersGetWhatTheyCalledForAndNothingElse() throws IOException {
		long started = System.nanoTime();
		List<CallerGoal> callers = CallerModel.callers();
		assertThat(callers).hasSizeGreaterThanOrEqualTo(300);
		ConversationReport report = new ConversationReport();
		StringBuilder transcripts = new StringBuilder();
		for (CallerGoal goal : callers) {
			Map<Long, Integer> seeded = this.setup.prepare(goal);
			ScriptedCaller caller = new ScriptedCaller(goal);
			Reply.Action ended = play(this.engine, caller);
			Verdict verdict = this.check.check(caller, seeded, ended);
			report.add(caller, verdict);
			transcripts.append(String.join("\n", ConversationReport.describe(caller, verdict))).append("\n\n");
		}
		this.setup.clear();
		String table = report
			.markdown(String.format("Conversation suite: %d scripted callers over the dialogue engine " + "(%.1f s)",
					callers.size(), (System.nanoTime() - started) / 1e9));
		System.out.println(table);
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, table + "\n" + report.failures());
		Files.writeString(TRANSCRIPTS, transcripts);
		if (Boolean.getBoolean("bella.docs.update")) {
			report.writeFloors();
		}
		if (Boolean.getBoolean("bella.conversations.report-only")) {
			return;
		}
		Properties floors = ConversationReport.floors();
		SoftAssertions softly = new SoftAssertions();
		report.success()
			.forEach((key, percent) -> softly.assertThat(percent)
				.as("success of %s (floor in %s; transcripts in %s)", key, ConversationReport.FLOORS, REPORT)
				.isGreaterThanOrEqualTo(Double.parseDouble(floors.getProperty(key, "0"))));
		softly.assertThat(report.wrongOutcomes()).as("wrong outcomes (transcripts in %s)", REPORT).isEmpty();
		softly.assertAll();
	}

	/**
	 * Plays the call to its end; returns how Bella ended it, or {@code LISTEN} when the
	 * caller gave up.
	 */
	static Reply.Action play(DialogueEngine engine, ScriptedCaller caller) {
		CallerGoal goal = caller.goal();
		CallSession call = new CallSession("CA" + UUID.randomUUID().toString().replace("-", ""), goal.callerId(),
				"+14165550100", ConversationSetup.OPEN);
		Reply reply = engine.start(call);
		while (reply.action() == Reply.Action.LISTEN) {
			String said = caller.answer(reply.speech());
			if (said == null) {
				return Reply.Action.LISTEN;
			}
			reply = engine.respond(call, new Utterance(said, 0.9));
		}
		caller.heardLast(reply.speech() + "  [" + reply.action() + "]");
		return reply.action();
	}

}
