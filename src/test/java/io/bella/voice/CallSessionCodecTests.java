package io.bella.voice;

import java.time.Instant;

import io.bella.dialogue.CallSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CallSessionCodecTests {

	private final CallSessionCodec codec = new CallSessionCodec(JsonMapper.builder().build());

	@Test
	void aSessionReadsBackWhatItWrote() {
		CallSession session = new CallSession("CA1", "+14165550123", "+14165550100",
				Instant.parse("2026-03-10T14:00:00Z"));
		session.setTurn(3);

		CallSession read = this.codec.read(this.codec.write(session));

		assertThat(read.getCallSid()).isEqualTo("CA1");
		assertThat(read.getTurn()).isEqualTo(3);
		assertThat(read.conversation()).isEqualTo(session.conversation());
	}

	@Test
	void aSessionInTheFormerFlatFormIsNoSessionRatherThanOneThatForgotItsStage() {
		String former = """
				{"callSid":"CA2","caller":"+14165550123","called":"+14165550100",
				"startedAt":"2026-03-10T14:00:00Z","turn":4,"stage":"CONFIRM_SLOT","intent":"BOOK",
				"name":"Jane Doe","offers":[]}""";

		assertThat(this.codec.read(former)).isNull();
	}

	@Test
	void fieldsOfANewerVersionAreIgnored() {
		CallSession session = new CallSession("CA3", "+14165550123", "+14165550100",
				Instant.parse("2026-03-10T14:00:00Z"));
		String newer = this.codec.write(session).replaceFirst("\\{", "{\"mood\":\"cheerful\",");

		assertThat(this.codec.read(newer).getCallSid()).isEqualTo("CA3");
	}

}
