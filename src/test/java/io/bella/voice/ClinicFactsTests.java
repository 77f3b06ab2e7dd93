package io.bella.voice;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.bella.booking.Clinic;
import io.bella.booking.Clinics;
import io.bella.booking.NotFoundException;
import io.bella.dialogue.DialogueEngine;
import org.junit.jupiter.api.Test;

import org.springframework.cache.caffeine.CaffeineCacheManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;

class ClinicFactsTests {

	private static final Duration REFRESH = Duration.ofMinutes(5);

	private static final Clinic MAPLE = new Clinic(1, "Maple Dental Centre", ZoneId.of("America/Toronto"),
			"+14165550100", "+14165550101");

	private final Clinics clinics = mock(Clinics.class);

	private final DialogueEngine dialogue = mock(DialogueEngine.class);

	private final AtomicLong nanos = new AtomicLong();

	private ClinicFacts facts(String configuredTransferNumber) {
		AtomicReference<ClinicFacts> facts = new AtomicReference<>();
		CaffeineCacheManager caches = new CaffeineCacheManager();
		// refreshes run on the calling thread and time moves only when the test says
		caches.registerCustomCache(ClinicFacts.CACHE, ClinicFacts
			.cache(Caffeine.newBuilder().ticker(this.nanos::get).executor(Runnable::run), REFRESH, facts::get));
		VoiceProperties properties = new VoiceProperties(Duration.ofMillis(1500), Duration.ofHours(2),
				configuredTransferNumber, "en-CA", Duration.ofSeconds(120), REFRESH, 64);
		facts.set(new ClinicFacts(this.clinics, this.dialogue, properties, caches));
		return facts.get();
	}

	@Test
	void factsAreReadOnceUntilTheRefreshIsDue() {
		given(this.clinics.clinic()).willReturn(MAPLE);
		given(this.dialogue.speechHints()).willReturn(List.of("Maple Dental Centre", "Dr. Ng"));
		ClinicFacts facts = facts(null);

		assertThat(facts.hints()).isEqualTo("Maple Dental Centre, Dr. Ng");
		this.nanos.addAndGet(REFRESH.minusSeconds(1).toNanos());
		assertThat(facts.hints()).isEqualTo("Maple Dental Centre, Dr. Ng");
		assertThat(facts.transferNumber()).isEqualTo("+14165550101");

		then(this.dialogue).should(times(1)).speechHints();
	}

	@Test
	void factsAreReReadWhenTheRefreshIsDue() {
		given(this.clinics.clinic()).willReturn(MAPLE);
		given(this.dialogue.speechHints()).willReturn(List.of("Dr. Ng"), List.of("Dr. Ng", "Dr. Patel"));
		ClinicFacts facts = facts(null);
		facts.hints();

		this.nanos.addAndGet(REFRESH.plusSeconds(1).toNanos());
		facts.hints();

		assertThat(facts.hints()).isEqualTo("Dr. Ng, Dr. Patel");
	}

	@Test
	void aChangeMadeOnAnotherInstanceIsReadByTheScheduledRefreshBeforeATurnAsks() {
		given(this.clinics.clinic()).willReturn(MAPLE);
		given(this.dialogue.speechHints()).willReturn(List.of("Dr. Ng"), List.of("Dr. Ng", "Dr. Patel"));
		ClinicFacts facts = facts(null);
		facts.hints();
		this.nanos.addAndGet(REFRESH.plusSeconds(1).toNanos());

		// what the schedule runs every bella.voice.hints-refresh, with no set-up event
		facts.refresh();

		assertThat(facts.hints()).isEqualTo("Dr. Ng, Dr. Patel");
	}

	@Test
	void lastFactsAreKeptWhenReReadingFails() {
		given(this.clinics.clinic()).willReturn(MAPLE);
		given(this.dialogue.speechHints()).willReturn(List.of("Dr. Ng"))
			.willThrow(new IllegalStateException("database down"));
		ClinicFacts facts = facts(null);
		facts.hints();

		this.nanos.addAndGet(REFRESH.plusSeconds(1).toNanos());

		assertThat(facts.hints()).isEqualTo("Dr. Ng");
		assertThat(facts.transferNumber()).isEqualTo("+14165550101");
	}

	@Test
	void noHintsWhileTheClinicCannotBeRead() {
		given(this.clinics.clinic()).willThrow(new NotFoundException("clinic", "(none set up)"));
		ClinicFacts facts = facts(null);

		assertThat(facts.hints()).isEmpty();
	}

	@Test
	void factsThatCannotBeReadAreNotAskedForOnEveryTurnButReadAgainSoon() {
		given(this.clinics.clinic()).willThrow(new NotFoundException("clinic", "(none set up)")).willReturn(MAPLE);
		given(this.dialogue.speechHints()).willReturn(List.of("Maple Dental Centre"));
		ClinicFacts facts = facts(null);

		assertThat(facts.hints()).isEmpty();
		this.nanos.addAndGet(ClinicFacts.UNREAD_RETRY.minusSeconds(1).toNanos());
		assertThat(facts.hints()).isEmpty();
		then(this.clinics).should(times(1)).clinic();
		this.nanos.addAndGet(Duration.ofSeconds(2).toNanos());
		assertThat(facts.hints()).isEqualTo("Maple Dental Centre");
		assertThat(facts.transferNumber()).isEqualTo("+14165550101");
	}

	@Test
	void transferNumberNeverWaitsOnTheDatabase() {
		ClinicFacts facts = facts(null);

		assertThat(facts.transferNumber()).isNull();
		then(this.clinics).should(never()).clinic();
	}

	@Test
	void configuredTransferNumberComesFirst() {
		given(this.clinics.clinic()).willReturn(MAPLE);
		given(this.dialogue.speechHints()).willReturn(List.of("Dr. Ng"));
		ClinicFacts facts = facts("+14165550199");
		facts.hints();

		assertThat(facts.transferNumber()).isEqualTo("+14165550199");
	}

}
