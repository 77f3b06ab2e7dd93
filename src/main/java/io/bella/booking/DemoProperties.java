package io.bella.booking;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo clinic an empty database is given, so that a first run is useful at once.
 *
 * @param enabled whether an empty database gets the demo clinic (turn off in production)
 * @param clinicName the clinic's name
 * @param timeZone the clinic's IANA time zone
 * @param phone the clinic's number
 * @param transferNumber where calls are handed to a person
 */
@ConfigurationProperties("bella.demo")
record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("Maple Dental Centre") String clinicName,
		@DefaultValue("America/Toronto") String timeZone, @DefaultValue("+14165550100") String phone,
		@DefaultValue("+14165550101") String transferNumber) {
}
