package io.bella.extraction;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallerTimeZonesTests {

	private final CallerTimeZones zones = new CallerTimeZones();

	@Test
	void areaCodeGivesTheCallersZone() {
		assertThat(this.zones.likelyZone("+16045550123")).contains(ZoneId.of("America/Vancouver"));
		assertThat(this.zones.likelyZone("+14165550199")).contains(ZoneId.of("America/Toronto"));
		assertThat(this.zones.likelyZone("+19025550177")).contains(ZoneId.of("America/Halifax"));
		assertThat(this.zones.likelyZone("+14035550100")).contains(ZoneId.of("America/Edmonton"));
	}

	@Test
	void unknownOrAnonymousCallerHasNoZone() {
		assertThat(this.zones.likelyZone("anonymous")).isEmpty();
		assertThat(this.zones.likelyZone(null)).isEmpty();
		assertThat(this.zones.likelyZone("not a number")).isEmpty();
	}

}
