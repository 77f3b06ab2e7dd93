package io.bella.calendar;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventIdsTests {

	@Test
	void base32HexEncodesTheRfc4648TestVectorsLowerCaseWithoutPadding() {
		assertThat(encode("")).isEmpty();
		assertThat(encode("f")).isEqualTo("co");
		assertThat(encode("fo")).isEqualTo("cpng");
		assertThat(encode("foo")).isEqualTo("cpnmu");
		assertThat(encode("foob")).isEqualTo("cpnmuog");
		assertThat(encode("fooba")).isEqualTo("cpnmuoj1");
		assertThat(encode("foobar")).isEqualTo("cpnmuoj1e8");
	}

	@Test
	void base32HexUsesEveryLetterOfItsAlphabetForHighBytes() {
		assertThat(EventIds.base32Hex(new byte[] { (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff }))
			.isEqualTo("vvvvvvvv");
	}

	@Test
	void anAppointmentsEventIdIsBellaAndItsIdInBase32Hex() {
		assertThat(EventIds.of(123)).isEqualTo("bella" + encode("123"));
		assertThat(EventIds.of(123)).isEqualTo("bella64p36");
	}

	@Test
	void eventIdsAreValidForGoogleAndDifferPerAppointment() {
		for (long id : new long[] { 1, 9, 10, 4_096, Long.MAX_VALUE }) {
			String eventId = EventIds.of(id);
			assertThat(eventId).matches("[a-v0-9]{5,1024}");
			assertThat(eventId).isNotEqualTo(EventIds.of(id + 1));
		}
	}

	private static String encode(String text) {
		return EventIds.base32Hex(text.getBytes(StandardCharsets.US_ASCII));
	}

}
