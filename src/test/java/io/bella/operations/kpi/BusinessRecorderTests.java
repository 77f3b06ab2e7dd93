package io.bella.operations.kpi;

import java.time.Instant;
import java.util.List;

import io.bella.dialogue.CallOutcome;
import io.bella.dialogue.Reply;
import io.bella.voice.CallEnded;
import io.bella.voice.CallRecord;
import io.bella.voice.CallTurn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is kept of an ended call: its turns counted, the goodbye after a question and the
 * hand-off that was the apology path told apart.
 */
class BusinessRecorderTests {

	static final Instant T = Instant.parse("2026-06-01T14:00:00Z");

	@Test
	void aQuestionAnsweredEndsWithTheGoodbyeAfterTheCallerWasHeard() {
		KpiCall call = facts(CallOutcome.ABANDONED, 75, turn(0, null, Reply.Action.LISTEN, false),
				turn(1, "when are you open on saturday", Reply.Action.LISTEN, false),
				turn(2, "no that's all thanks", Reply.Action.HANG_UP, false));

		assertThat(call).isEqualTo(new KpiCall("CA1", T, T.plusSeconds(90), 75, "ABANDONED", 3, 2, true, false));
		assertThat(call.succeeded()).isTrue();
	}

	@Test
	void hangingUpOnSilenceIsNoGoodbye() {
		KpiCall call = facts(CallOutcome.ABANDONED, null, turn(0, null, Reply.Action.LISTEN, false),
				turn(1, null, Reply.Action.HANG_UP, false));

		assertThat(call.saidGoodbye()).isFalse();
		assertThat(call.speechTurns()).isZero();
		assertThat(call.durationSec()).isNull();
		assertThat(call.seconds()).isEqualTo(90);
	}

	@Test
	void aTransferAfterTheApologyIsAHandOffOnFailure() {
		KpiCall call = facts(CallOutcome.TRANSFERRED, 40, turn(0, null, Reply.Action.LISTEN, false),
				turn(1, "I need to book", Reply.Action.TRANSFER, true));

		assertThat(call.handoffOnFailure()).isTrue();
		assertThat(call.succeeded()).isFalse();
	}

	private static KpiCall facts(CallOutcome outcome, Integer durationSec, CallTurn... turns) {
		CallRecord record = new CallRecord("CA1", "+14165550188", "+14165550100", T, T.plusSeconds(90), durationSec,
				outcome, null, turns.length, List.of(turns));
		return BusinessRecorder.facts(record, new CallEnded("CA1", outcome, durationSec, null, T.plusSeconds(90)));
	}

	private static CallTurn turn(int turn, String heard, Reply.Action action, boolean fallback) {
		return new CallTurn(turn, heard, (heard != null) ? 0.9 : null, "said", action, 100, fallback,
				T.plusSeconds(10L * turn), null);
	}

}
