package io.bella.messaging;

import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * What a patient's text asks of the front desk: a callback request they see beside the
 * voicemails, and the words Bella answers with.
 */
@Component
class Staff {

	private final CallbackRequests callbacks;

	private final ReplyTexts replies;

	Staff(CallbackRequests callbacks, ReplyTexts replies) {
		this.callbacks = callbacks;
		this.replies = replies;
	}

	ReplyTexts replies() {
		return this.replies;
	}

	long callBack(String caller, String reason, Instant at) {
		return this.callbacks.insertFromText(caller, reason, at);
	}

}
