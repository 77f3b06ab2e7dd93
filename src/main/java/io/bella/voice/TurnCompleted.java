package io.bella.voice;

import java.time.Instant;

import io.bella.dialogue.Reply;

/**
 * Bella answered one turn of a call.
 *
 * @param callSid Twilio's call SID
 * @param turn the turn number, 0 being the greeting
 * @param confidence the recognizer's confidence in what was heard, {@code null} for the
 * greeting
 * @param action what Bella does after speaking
 * @param latencyMs how long Bella took to answer, from receiving the webhook to the
 * rendered TwiML
 * @param fallback whether Bella answered with the apology because something failed or
 * took too long
 * @param at when the turn completed
 */
public record TurnCompleted(String callSid, int turn, Double confidence, Reply.Action action, long latencyMs,
		boolean fallback, Instant at) {
}
