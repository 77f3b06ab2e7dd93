package io.bella.operations;

import java.time.Instant;

/**
 * Spring Modulith's event publication registry for people: how many publications their
 * listener has not completed (a text not sent, a transcription not done) and how old the
 * oldest is.
 */
public interface EventBacklog {

	/** The incomplete publications now. */
	Backlog backlog();

	/**
	 * Event publications that their listener has not completed.
	 *
	 * @param incomplete how many
	 * @param oldest when the oldest was published, {@code null} without any
	 */
	record Backlog(long incomplete, Instant oldest) {
	}

}
