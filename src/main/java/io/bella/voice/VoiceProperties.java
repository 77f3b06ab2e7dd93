package io.bella.voice;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the phone conversation transport.
 *
 * @param turnBudget how long one webhook may take before Bella answers with an apology
 * and a safe path instead; Twilio gives up after 15 s, callers much sooner
 * @param sessionTtl how long the state of a call is kept after its last turn
 * @param transferNumber the number to dial when something fails and the clinic's own
 * transfer number cannot be read ({@code BELLA_TRANSFER_NUMBER}); without it the caller
 * is asked to leave a message
 * @param language the speech recognition language of {@code <Gather>}
 * @param messageMaxLength the longest voicemail a caller may leave
 * @param hintsRefresh how often the speech hints (clinic, providers, appointment types)
 * and the clinic's transfer number are re-read in the background; with the read itself,
 * the bound on how stale another instance's change can be (4 s: within 5 s)
 * @param maxConcurrentTurns the most turns running at once (see
 * {@link CapacityProperties}): a new call beyond what is left of it for new calls hears
 * that all lines are busy, a turn of a call in progress waits up to half its budget for
 * room and then hears the apology and a safe path, so that a hanging database cannot pile
 * up threads without limit
 */
@ConfigurationProperties("bella.voice")
public record VoiceProperties(@DefaultValue("1500ms") Duration turnBudget, @DefaultValue("2h") Duration sessionTtl,
		String transferNumber, @DefaultValue("en-CA") String language, @DefaultValue("120s") Duration messageMaxLength,
		@DefaultValue("4s") Duration hintsRefresh, @DefaultValue("64") int maxConcurrentTurns) {
}
