package io.bella.voice;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Between the request thread and the worker running its turn: whichever claims the turn
 * first owns its answer, so that what the caller hears is what the session and a retry of
 * the turn hold.
 */
final class TurnHandOff {

	final AtomicReference<Owner> owner = new AtomicReference<>();

	final CompletableFuture<String> answer = new CompletableFuture<>();

	final String apology;

	TurnHandOff(String apology) {
		this.apology = apology;
	}

	boolean claim(Owner claimant) {
		return this.owner.compareAndSet(null, claimant);
	}

	enum Owner {

		/**
		 * The worker that ran the turn: the caller hears what the dialogue said.
		 */
		WORKER,

		/**
		 * The request thread that stopped waiting: the caller hears the apology.
		 */
		APOLOGY

	}

}
