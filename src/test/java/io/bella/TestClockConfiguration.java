package io.bella;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the system clock with one tests control. It starts on Monday 2 March 2026,
 * 08:00 in Toronto, the week before daylight-saving time begins.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	public static final Instant MONDAY_8AM_TORONTO = Instant.parse("2026-03-02T13:00:00Z");

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(MONDAY_8AM_TORONTO);
	}

}
