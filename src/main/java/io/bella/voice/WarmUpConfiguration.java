package io.bella.voice;

import java.time.Clock;

import io.bella.dialogue.DialogueEngine;
import io.bella.extraction.RuleBasedAppointmentExtractor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The start-up warm-up of the call path and the readiness that waits for it.
 */
@Configuration(proxyBeanMethods = false)
class WarmUpConfiguration {

	/**
	 * Replaces Spring Boot's own record of availability (which backs off), so that
	 * readiness waits for the warm-up.
	 */
	@Bean
	WarmUpGatedAvailability applicationAvailability(WarmUpProperties properties) {
		return new WarmUpGatedAvailability(!properties.enabled());
	}

	/**
	 * The synthetic calls run through a dialogue of their own that reads callers with the
	 * rules even when the language model is configured: the same code, without its cost.
	 */
	@Bean
	CallPathWarmUp callPathWarmUp(WarmUpProperties properties, RuleBasedAppointmentExtractor rules,
			DialogueEngine dialogueEngine, CallSessions sessions, CallRecords records, Twiml twiml,
			TransactionTemplate transactions, WarmUpGatedAvailability availability, ApplicationEventPublisher events,
			Clock clock) {
		DialogueEngine dialogue = dialogueEngine.withExtractor(rules);
		WarmUpCall call = new WarmUpCall(dialogue, sessions, records, twiml, transactions, clock);
		return new CallPathWarmUp(properties, call, rules, availability, events, (task) -> {
			Thread thread = new Thread(task, "voice-warm-up");
			thread.setDaemon(true);
			thread.start();
		});
	}

}
