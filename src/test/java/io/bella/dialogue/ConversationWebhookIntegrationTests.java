package io.bella.dialogue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.BookingService;
import io.bella.booking.Patients;
import io.bella.booking.Providers;
import io.bella.dialogue.CallerGoal.Kind;
import io.bella.dialogue.ConversationCheck.Verdict;
import io.bella.simulator.CallSimulator;
import io.bella.simulator.CallSimulator.Transcript;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sample of the conversation suite's callers, one of each kind of request, phoning
 * through Twilio's webhooks (signed as Twilio signs them, played by the
 * {@link CallSimulator}) instead of the engine directly, and checked the same way: the
 * transport must neither lose a caller's goal nor leave anything behind that the engine
 * alone would not.
 */
@BellaIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class ConversationWebhookIntegrationTests {

	private final DialogueEngine engine;

	private final CallSimulator simulator;

	private final ConversationSetup setup;

	private final ConversationCheck check;

	ConversationWebhookIntegrationTests(@LocalServerPort int port, DialogueEngine engine, JdbcClient jdbc,
			MutableClock clock, Patients patients, Providers providers, AppointmentTypes types,
			BookingService bookings) {
		this.engine = engine;
		this.simulator = new CallSimulator(URI.create("http://localhost:" + port),
				BellaIntegrationTest.TWILIO_AUTH_TOKEN, null);
		this.setup = new ConversationSetup(jdbc, clock, patients, providers, types, bookings);
		this.check = new ConversationCheck(jdbc, ConversationSetup.TORONTO);
	}

	@Test
	void aSampleOfCallersOverTwilioFaresAsOverTheEngine() {
		List<CallerGoal> sample = CallerModel.callers().subList(0, Kind.values().length);
		List<String> differences = new ArrayList<>();
		int succeeded = 0;
		for (CallerGoal goal : sample) {
			Verdict overEngine = overEngine(goal);
			Map<Long, Integer> seeded = this.setup.prepare(goal);
			ScriptedCaller caller = new ScriptedCaller(goal);
			Transcript call = this.simulator.call(goal.callerId(), "+14165550100", caller);
			Verdict verdict = this.check.check(caller, seeded, ended(call));
			succeeded += verdict.success() ? 1 : 0;
			if (verdict.success() != overEngine.success()
					|| !String.valueOf(verdict.wrong()).equals(String.valueOf(overEngine.wrong()))) {
				differences.add("caller " + goal.id() + " (" + goal.kind() + "): over Twilio " + verdict + ", over the "
						+ "engine " + overEngine + "\n" + String.join("\n", caller.transcript()));
			}
		}
		this.setup.clear();
		System.out.printf("Conversation sample over Twilio's webhooks: %d of %d callers got what they called for%n",
				succeeded, sample.size());
		assertThat(differences).as("callers faring differently over Twilio than over the engine").isEmpty();
	}

	/** The same caller over the engine, for comparison. */
	private Verdict overEngine(CallerGoal goal) {
		Map<Long, Integer> seeded = this.setup.prepare(goal);
		ScriptedCaller caller = new ScriptedCaller(goal);
		return this.check.check(caller, seeded, ConversationSuiteIntegrationTests.play(this.engine, caller));
	}

	private static Reply.Action ended(Transcript call) {
		return switch (call.end()) {
			case TRANSFERRED -> Reply.Action.TRANSFER;
			case MESSAGE -> Reply.Action.TAKE_MESSAGE;
			case HUNG_UP -> Reply.Action.HANG_UP;
			case CALLER_HUNG_UP -> Reply.Action.LISTEN;
		};
	}

}
