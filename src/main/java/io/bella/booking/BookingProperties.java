package io.bella.booking;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clinic's booking rules.
 *
 * @param minimumNotice how long before its start an appointment can still be booked
 * @param maximumAdvance how far ahead appointments can be booked
 * @param slotGrid the grid start times sit on, counted from midnight
 */
@ConfigurationProperties("bella.booking")
public record BookingProperties(@DefaultValue("2h") Duration minimumNotice,
		@DefaultValue("90d") Duration maximumAdvance, @DefaultValue("15m") Duration slotGrid) {

	public BookingProperties {
		if (slotGrid.isZero() || slotGrid.isNegative() || Duration.ofDays(1).toMinutes() % slotGrid.toMinutes() != 0) {
			throw new IllegalArgumentException(
					"bella.booking.slot-grid must divide a day into whole minutes, got " + slotGrid);
		}
	}

}
