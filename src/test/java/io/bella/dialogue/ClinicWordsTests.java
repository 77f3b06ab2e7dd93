package io.bella.dialogue;

import java.time.ZoneId;
import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.Clinic;
import io.bella.booking.Clinics;
import io.bella.booking.NotFoundException;
import io.bella.extraction.ClinicVocabulary;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class ClinicWordsTests {

	private final Clinics clinics = mock(Clinics.class);

	private final AppointmentTypes appointmentTypes = mock(AppointmentTypes.class);

	private final ClinicWords.Loader loader = new ClinicWords.Loader(provider(this.clinics),
			provider(this.appointmentTypes));

	@Test
	void aFirstReadThatFailsGivesTheBuiltInVocabularyRatherThanFailingTheTurn() {
		given(this.clinics.clinic()).willThrow(new DataAccessResourceFailureException("connection refused"));

		assertThat(this.loader.load("current")).isEqualTo(ClinicVocabulary.builtIn());
	}

	@Test
	void beforeAClinicIsSetUpTheBuiltInVocabularyIsUsed() {
		given(this.clinics.clinic()).willThrow(new NotFoundException("clinic", "(none set up)"));

		assertThat(this.loader.load("current")).isEqualTo(ClinicVocabulary.builtIn());
	}

	@Test
	void aFailedRereadKeepsTheLastVocabulary() {
		ClinicVocabulary last = ClinicVocabulary.of("Lakeside Physio", List.of("Assessment"));
		given(this.clinics.clinic()).willThrow(new DataAccessResourceFailureException("connection refused"));

		assertThat(this.loader.reload("current", last)).isSameAs(last);
	}

	@Test
	void aChangeMadeOnAnotherInstanceIsReadByTheScheduledRefreshBeforeATurnAsks() {
		given(this.clinics.clinic()).willReturn(clinic("Maple Dental Centre"), clinic("Lakeside Dental"));
		CaffeineCacheManager caches = new CaffeineCacheManager();
		// refreshes run on the calling thread
		caches.registerCustomCache(ClinicWords.CACHE,
				Caffeine.newBuilder()
					.refreshAfterWrite(ClinicWords.REFRESH)
					.executor(Runnable::run)
					.build(this.loader));
		ClinicWords words = new ClinicWords(caches);
		assertThat(words.current().clinicNameWords()).contains("maple");

		// what the schedule runs every REFRESH, with no set-up event on this instance
		words.refresh();

		assertThat(words.current().clinicNameWords()).contains("lakeside").doesNotContain("maple");
	}

	private static Clinic clinic(String name) {
		return new Clinic(1, name, ZoneId.of("America/Toronto"), "+14165550100", "+14165550101");
	}

	@SuppressWarnings("unchecked")
	private static <T> ObjectProvider<T> provider(T bean) {
		ObjectProvider<T> provider = mock(ObjectProvider.class);
		given(provider.getObject()).willReturn(bean);
		return provider;
	}

}
