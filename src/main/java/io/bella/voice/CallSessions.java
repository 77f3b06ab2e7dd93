package io.bella.voice;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import io.bella.dialogue.CallSession;

/**
 * The state of calls in progress, by call SID, together with the TwiML that answered each
 * turn so that a webhook Twilio retries is answered the same way instead of acting twice.
 * Entries expire some time after the call's last turn.
 */
interface CallSessions {

	Optional<CallSession> find(String callSid);

	/**
	 * Stores the session as it is after a turn, together with the TwiML that answered the
	 * turn.
	 */
	void save(CallSession session, int turn, String twiml);

	/**
	 * Stores the TwiML that answered a turn when the session itself could not be
	 * advanced.
	 */
	void saveAnswer(String callSid, int turn, String twiml);

	/**
	 * The TwiML that already answered a turn.
	 */
	Optional<String> answer(String callSid, int turn);

	/**
	 * Claims a turn for processing; only the first claim of a turn succeeds, so that two
	 * deliveries of the same webhook arriving together act once.
	 */
	boolean claim(String callSid, int turn);

	void delete(String callSid);

	/**
	 * How long ago each of these calls' sessions was last written, for those still
	 * stored; a call missing from the answer has ended or expired.
	 */
	Map<String, Duration> idle(Collection<String> callSids);

	/**
	 * Throws when the store cannot be reached, so that readiness reports it.
	 */
	default void check() {
	}

	/**
	 * Where sessions are kept ({@code memory}, {@code redis}), for health details.
	 */
	default String store() {
		return getClass().getSimpleName();
	}

}
