package io.bella.dialogue;

import java.util.List;

import io.bella.booking.AppointmentTypes;
import io.bella.booking.Clinics;
import io.bella.booking.NotFoundException;
import io.bella.extraction.ClinicVocabulary;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
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

	@SuppressWarnings("unchecked")
	private static <T> ObjectProvider<T> provider(T bean) {
		ObjectProvider<T> provider = mock(ObjectProvider.class);
		given(provider.getObject()).willReturn(bean);
		return provider;
	}

}
