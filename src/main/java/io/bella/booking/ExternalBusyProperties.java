package io.bella.booking;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How fresh the busy times imported from providers' calendars must be.
 *
 * @param externalBusyMaxAge the age after which a provider with a calendar is treated as
 * unavailable, since their calendar may have filled up since the last import
 */
@ConfigurationProperties("bella.booking")
record ExternalBusyProperties(@DefaultValue("60m") Duration externalBusyMaxAge) {

	ExternalBusyProperties {
		if (externalBusyMaxAge.isZero() || externalBusyMaxAge.isNegative()) {
			throw new IllegalArgumentException(
					"bella.booking.external-busy-max-age must be a positive duration, got " + externalBusyMaxAge);
		}
	}

}
