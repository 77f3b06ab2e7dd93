package io.bella.dashboard.systempage;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgesTests {

	@Test
	void anAgeIsWrittenInItsTwoLargestUnits() {
		assertThat(Ages.describe(Duration.ofSeconds(42))).isEqualTo("42 s");
		assertThat(Ages.describe(Duration.ofSeconds(125))).isEqualTo("2 min 5 s");
		assertThat(Ages.describe(Duration.ofMinutes(185))).isEqualTo("3 h 5 min");
		assertThat(Ages.describe(Duration.ofHours(50))).isEqualTo("2 d 2 h");
	}

	@Test
	void anAgeFromAClockBehindIsZero() {
		assertThat(Ages.describe(Duration.ofSeconds(-5))).isEqualTo("0 s");
	}

}
