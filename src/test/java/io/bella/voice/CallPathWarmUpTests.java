package io.bella.voice;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.bella.extraction.AppointmentExtractor;
import org.junit.jupiter.api.Test;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;

class CallPathWarmUpTests {

	private final WarmUpCall call = mock(WarmUpCall.class);

	private final AppointmentExtractor rules = mock(AppointmentExtractor.class);

	private final List<Runnable> background = new ArrayList<>();

	private WarmUpGatedAvailability availability;

	private CallPathWarmUp warmUp(WarmUpProperties properties) {
		this.availability = new WarmUpGatedAvailability(!properties.enabled());
		ApplicationEventPublisher events = new ApplicationEventPublisher() {

			@Override
			public void publishEvent(ApplicationEvent event) {
				CallPathWarmUpTests.this.availability.onApplicationEvent((AvailabilityChangeEvent<?>) event);
			}

			@Override
			public void publishEvent(Object event) {
				publishEvent((ApplicationEvent) event);
			}

		};
		return new CallPathWarmUp(properties, this.call, this.rules, this.availability, events, this.background::add);
	}

	@Test
	void readinessRefusesTrafficUntilTheWarmUpIsDone() {
		CallPathWarmUp warmUp = warmUp(new WarmUpProperties(true, 300, 12, Duration.ofMinutes(1)));
		warmUp.start();
		// Spring Boot declares the application ready right after it started
		bootDeclaresReady();
		assertThat(this.availability.getReadinessState()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
		then(this.call).should(never()).run(any());

		assertThat(this.background).hasSize(1);
		this.background.get(0).run();
		assertThat(this.availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
		then(this.rules).should(times(300)).extract(any());
		then(this.call).should(times(12)).run(any());
	}

	@Test
	void aFailingDatabaseEndsTheWarmUpAndTheInstanceIsReadyAllTheSame() {
		willThrow(new IllegalStateException("database is down")).given(this.call).run(any());
		CallPathWarmUp warmUp = warmUp(new WarmUpProperties(true, 10, 40, Duration.ofMinutes(1)));
		warmUp.start();
		bootDeclaresReady();
		this.background.get(0).run();
		then(this.call).should(times(3)).run(any());
		assertThat(this.availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
	}

	@Test
	void withoutWarmUpTheInstanceIsReadyAsSoonAsItStarted() {
		CallPathWarmUp warmUp = warmUp(new WarmUpProperties(false, 300, 12, Duration.ofMinutes(1)));
		warmUp.start();
		bootDeclaresReady();
		assertThat(this.background).isEmpty();
		assertThat(this.availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
	}

	private void bootDeclaresReady() {
		this.availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
	}

}
