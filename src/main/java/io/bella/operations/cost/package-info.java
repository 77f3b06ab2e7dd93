/**
 * What Bella costs: a ledger with a line per cost item (a call's Twilio minutes and
 * speech recognition, its language-model tokens and voicemail transcription, each text's
 * segments), estimated from the price table when a call ends or a text is sent and
 * replaced by Twilio's actual price when Twilio reports it; the month against the budget
 * with its alerts ({@code budget-threshold}, {@code budget-forecast}); and
 * {@code /api/unified/cost-optimization} with the recommendations.
 */
package io.bella.operations.cost;
