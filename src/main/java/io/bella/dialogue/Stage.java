package io.bella.dialogue;

import io.bella.extraction.Extraction;

/**
 * Reads the caller's answer at one {@link DialogueStage} and answers it.
 */
@FunctionalInterface
interface Stage {

	/**
	 * @param session the call
	 * @param heard what the extractor read in the utterance
	 * @param said the utterance as normalized by the extractor, in lower case
	 */
	Reply answer(CallSession session, Extraction heard, String said);

}
