package io.bella.voice;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.bella.dialogue.DialogueEngine;
import io.bella.system.ProblemResponses;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * The phone transport: Twilio's webhooks behind their signature check, the call sessions,
 * and the threads that keep every turn within its time budget.
 */
@Configuration(proxyBeanMethods = false)
class VoiceConfiguration {

	@Bean
	FilterRegistrationBean<TwilioSignatureFilter> twilioSignatureFilter(TwilioProperties twilio,
			@Value("${bella.public-url:}") String publicUrl, Environment environment, ProblemResponses problems) {
		if (publicUrlRequired(twilio, publicUrl, environment)) {
			throw new PublicUrlMissingException();
		}
		TwilioSignatureFilter filter = new TwilioSignatureFilter(
				new TwilioSignatureVerifier(twilio.authToken(), publicUrl), twilio.signatureValidation(), problems);
		FilterRegistrationBean<TwilioSignatureFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/twilio/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	/**
	 * Times the voice webhooks after their signature check, so that only Twilio's own
	 * requests are measured.
	 */
	@Bean
	FilterRegistrationBean<WebhookTimingFilter> webhookTimingFilter(ApplicationEventPublisher events, Clock clock) {
		FilterRegistrationBean<WebhookTimingFilter> registration = new FilterRegistrationBean<>(
				new WebhookTimingFilter(events, clock));
		registration.addUrlPatterns("/twilio/voice", "/twilio/gather", "/twilio/dial", "/twilio/status");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 21);
		return registration;
	}

	/**
	 * In production (PostgreSQL through {@code DATABASE_URL}, unless the operator says
	 * otherwise) the URL Twilio signed is configured, not rebuilt from the request: a
	 * proxy that is not listed in {@code BELLA_TRUSTED_PROXIES} would otherwise make
	 * every signature fail, or one that is listed too widely let a caller choose it.
	 */
	static boolean publicUrlRequired(TwilioProperties twilio, String publicUrl, Environment environment) {
		if (!twilio.signatureValidation() || !StringUtils.hasText(twilio.authToken())
				|| StringUtils.hasText(publicUrl)) {
			return false;
		}
		return (twilio.requirePublicUrl() != null) ? twilio.requirePublicUrl()
				: StringUtils.hasText(environment.getProperty("DATABASE_URL"));
	}

	@Bean
	Twiml twiml(VoiceProperties properties) {
		return new Twiml(properties);
	}

	@Bean
	CallSessionCodec callSessionCodec(JsonMapper jsonMapper) {
		return new CallSessionCodec(jsonMapper);
	}

	@Bean
	@ConditionalOnExpression("'${bella.redis.url:}'.isBlank()")
	InMemoryCallSessions inMemoryCallSessions(CallSessionCodec codec, VoiceProperties properties, Clock clock) {
		return new InMemoryCallSessions(codec, properties.sessionTtl(), clock);
	}

	@Bean
	CallSessionsHealthIndicator callSessionsHealthIndicator(CallSessions sessions) {
		return new CallSessionsHealthIndicator(sessions);
	}

	/**
	 * Threads that run the turns, so that the request thread can stop waiting when the
	 * budget is spent. Their number follows the number of turns in progress, which
	 * {@link TurnAdmission} keeps to {@code bella.voice.max-concurrent-turns}: a turn
	 * that runs out of time is not interrupted, so a hanging database would otherwise
	 * pile up threads without limit.
	 */
	@Bean(destroyMethod = "shutdownNow")
	@Qualifier("voiceTurns")
	ExecutorService voiceTurnExecutor(VoiceProperties properties) {
		// the turns admitted, and as many for the bookkeeping of their apologies
		return turnExecutor(2 * properties.maxConcurrentTurns());
	}

	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> clinicFactsCache(VoiceProperties properties,
			ObjectProvider<ClinicFacts> clinicFacts) {
		return (caches) -> caches.registerCustomCache(ClinicFacts.CACHE,
				ClinicFacts.cache(Caffeine.newBuilder().executor(ClinicFacts.REFRESH), properties.hintsRefresh(),
						clinicFacts::getObject));
	}

	@Bean
	TurnAdmission turnAdmission(VoiceProperties voice, CapacityProperties capacity) {
		return TurnAdmission.of(voice, capacity);
	}

	@Bean
	CallsInProgress callsInProgress(CapacityProperties capacity, CallSessions sessions, MeterRegistry meters) {
		CallsInProgress calls = CallsInProgress.of(capacity, sessions);
		Gauge.builder("bella.voice.calls.in.progress", calls, CallsInProgress::count)
			.description("Calls this instance let in that are still under way")
			.register(meters);
		return calls;
	}

	/**
	 * Up to {@code maxThreads} daemon threads, kept a minute when idle; no queue, so that
	 * a task beyond them is rejected at once
	 * ({@link java.util.concurrent.RejectedExecutionException}) rather than waiting
	 * behind turns that may never finish.
	 */
	static ThreadPoolExecutor turnExecutor(int maxThreads) {
		if (maxThreads < 1) {
			throw new IllegalArgumentException("bella.voice.max-concurrent-turns must be at least 1");
		}
		AtomicInteger count = new AtomicInteger();
		ThreadFactory threads = (task) -> {
			Thread thread = new Thread(task, "voice-turn-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
		return new ThreadPoolExecutor(0, maxThreads, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), threads,
				new ThreadPoolExecutor.AbortPolicy());
	}

	@Bean
	CallRecorder callRecorder(CallRecords records, ApplicationEventPublisher events, TransactionTemplate transactions,
			Clock clock) {
		return new CallRecorder(records, events, transactions, clock);
	}

	@Bean
	TurnBudget turnBudget(CallSessions sessions, CallRecorder recorder, Twiml twiml, ClinicFacts clinicFacts,
			@Qualifier("voiceTurns") ExecutorService executor, TurnAdmission admission, CallsInProgress calls,
			VoiceProperties properties) {
		return new TurnBudget(sessions, recorder, twiml, clinicFacts, new TurnThreads(executor, admission, calls),
				properties.turnBudget());
	}

	@Bean
	CallConductor callConductor(DialogueEngine dialogue, CallSessions sessions, Twiml twiml, ClinicFacts clinicFacts,
			CallRecorder recorder, TurnBudget turns) {
		return new CallConductor(dialogue, sessions, twiml, clinicFacts, recorder, turns);
	}

}
