package io.bella.operations.kpi;

import java.time.Instant;
import java.util.List;

import io.bella.dialogue.CallOutcome;
import io.bella.dialogue.Reply;
import io.bella.operations.slo.CallSuccess;
import io.bella.voice.CallEnded;
import io.bella.voice.CallRecord;
import io.bella.voice.CallTurn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is kept of an ended call: its turns counted, a question answered and a hand-over
 * the caller asked for told apart as the call-success SLO tells them.
 */
class BusinessRecorderTests {

	static final Instant T = Instant.parse("2026-06-01T14:00:00Z");

	static final CallSuccess SUCCESS = new CallSuccess(List.of("Of course.", "That sounds urgent."),
			"Is there anything else I can help you with?");

	@Test
	void aQuestionDealtWithAndNoApologyIsAnswered() {
		KpiCall call = facts(CallOutcome.ABANDONED, 75, turn(0, null, "Hello, this is Bella.", Reply.Action.LISTEN),
				turn(1, "when are you open on saturday",
						"We are open 9 to 1 on Saturday. Is there anything else I can help you with?",
						Reply.Action.LISTEN),
				turn(2, "no that's all thanks", "Thank you for calling. Goodbye!", Reply.Action.HANG_UP));

		assertThat(call).isEqualTo(new KpiCall("CA1", T, T.plusSeconds(90), 75, "ABANDONED", 3, 2, true, true));
		assertThat(call.succeeded()).isTrue();
	}

	@Test
	void hangingUpOnSilenceAnswersNothing() {
		KpiCall call = facts(CallOutcome.ABANDONED, null, turn(0, null, "Hello, this is Bella.", Reply.Action.LISTEN),
				turn(1, null, "Goodbye!", Reply.Action.HANG_UP));

		assertThat(call.questionAnswered()).isFalse();
		assertThat(call.speechTurns()).isZero();
		assertThat(call.durationSec()).isNull();
		assertThat(call.seconds()).isEqualTo(90);
		assertThat(call.succeeded()).isFalse();
	}

	@Test
	void aTransferTheCallerAskedForIsASuccess() {
		KpiCall call = facts(CallOutcome.TRANSFERRED, 40, turn(0, null, "Hello, this is Bella.", Reply.Action.LISTEN),
				turn(1, "can I talk to a person", "Of course. I'll put you through.", Reply.Action.TRANSFER));

		assertThat(call.handoffUnasked()).isFalse();
		assertThat(call.succeeded()).isTrue();
	}

	@Test
	void aTransferBecauseBellaDidNotUnderstandIsNoSuccess() {
		KpiCall call = facts(CallOutcome.TRANSFERRED, 40, turn(0, null, "Hello, this is Bella.", Reply.Action.LISTEN),
				turn(1, "mumble", "Sorry, I didn't catch that. Let me put you through to our team.",
						Reply.Action.TRANSFER));

		assertThat(call.handoffUnasked()).isTrue();
		assertThat(call.succeeded()).isFalse();
	}

	@Test
	void aTransferOnTheApologyPathIsNoSuccessWhateverItSays() {
		KpiCall call = facts(CallOutcome.TRANSFERRED, 40, turn(0, null, "Hello, this is Bella.", Reply.Action.LISTEN),
				new CallTurn(1, "I need to book", 0.9, "Of course. I'll put you through.", Reply.Action.TRANSFER, 100,
						true, T.plusSeconds(10), null));

		assertThat(call.handoffUnasked()).isTrue();
		assertThat(call.succeeded()).isFalse();
	}

	private static KpiCall facts(CallOutcome outcome, Integer durationSec, CallTurn... turns) {
		CallRecord record = new CallRecord("CA1", "+14165550188", "+14165550100", T, T.plusSeconds(90), durationSec,
				outcome, null, turns.length, List.of(turns));
		return BusinessRecorder.facts(record, new CallEnded("CA1", outcome, durationSec, null, T.plusSeconds(90)),
				SUCCESS);
	}

	private static CallTurn turn(int turn, String heard, String said, Reply.Action action) {
		return new CallTurn(turn, heard, (heard != null) ? 0.9 : null, said, action, 100, false,
				T.plusSeconds(10L * turn), null);
	}

}
