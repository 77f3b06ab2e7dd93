package io.bella.voice;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.bella.dialogue.CallSession;
import io.bella.dialogue.DialogueEngine;
import io.bella.dialogue.DialogueStage;
import io.bella.dialogue.Reply;
import io.bella.dialogue.Utterance;
import io.bella.system.ModelUsage;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * One synthetic call through the dialogue, the database and the call sessions, as a real
 * one goes, but that leaves nothing behind: its database work is rolled back, its session
 * deleted, it never books (a caller's yes to a booking is never said) and so never texts
 * anyone.
 */
class WarmUpCall {

	private static final String CALLER = "+15550100199";

	private static final String CALLED = "+15550100100";

	private final DialogueEngine dialogue;

	private final CallSessions sessions;

	private final CallRecords records;

	private final Twiml twiml;

	private final TransactionTemplate transactions;

	private final Clock clock;

	WarmUpCall(DialogueEngine dialogue, CallSessions sessions, CallRecords records, Twiml twiml,
			TransactionTemplate transactions, Clock clock) {
		this.dialogue = dialogue;
		this.sessions = sessions;
		this.records = records;
		this.twiml = twiml;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Carries one call through what the caller says, stopping before anything would be
	 * booked, moved or cancelled.
	 */
	void run(List<String> callerSays) {
		String callSid = "CAwarmup" + UUID.randomUUID().toString().replace("-", "");
		try {
			this.transactions.executeWithoutResult((status) -> {
				status.setRollbackOnly();
				CallSession session = new CallSession(callSid, CALLER, CALLED, this.clock.instant());
				this.records.start(callSid, CALLER, CALLED, session.getStartedAt());
				answer(session, 0, null, this.dialogue.start(session));
				int turn = 1;
				for (String said : callerSays) {
					if (aboutToAct(session.conversation().stage())) {
						return;
					}
					Utterance utterance = new Utterance(said, 0.9);
					answer(session, turn, utterance, this.dialogue.respond(session, utterance));
					turn++;
				}
			});
		}
		finally {
			this.sessions.delete(callSid);
		}
	}

	private void answer(CallSession session, int turn, Utterance heard, Reply reply) {
		String answer = this.twiml.reply(reply, turn + 1, "");
		this.sessions.save(session, turn, answer);
		this.sessions.find(session.getCallSid());
		this.records.addTurn(session.getCallSid(),
				new CallTurn(turn, (heard != null) ? heard.text() : null, (heard != null) ? heard.confidence() : null,
						reply.speech(), reply.action(), 0, false, this.clock.instant(), ModelUsage.NONE));
	}

	/**
	 * Whether the caller's next words could book, move or cancel an appointment or text
	 * someone: the warm-up stops before them.
	 */
	private static boolean aboutToAct(DialogueStage stage) {
		return stage == null || switch (stage) {
			case PHONE_SAME, PHONE, PHONE_READBACK, CONFIRM_APPOINTMENT, ANYTHING_ELSE, ENDED -> true;
			default -> false;
		};
	}

}
