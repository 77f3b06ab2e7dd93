package io.bella.calendar;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feed tokens: long, random and URL-safe, kept only as a hash, and compared with it.
 */
class FeedTokenTests {

	final SecureRandom random = new SecureRandom();

	@Test
	void aTokenIsUrlSafeAndReadsBackAsItself() {
		FeedToken token = FeedToken.generate(this.random);

		assertThat(token.text()).hasSize(55).matches("[A-Za-z0-9_-]+");
		assertThat(FeedToken.parse(token.text())).contains(token);
	}

	@Test
	void tokensDoNotRepeat() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			seen.add(FeedToken.generate(this.random).text());
		}

		assertThat(seen).hasSize(1000);
	}

	@Test
	void theKeptHashMatchesOnlyItsOwnSecretAndIsNotTheSecret() {
		FeedToken token = FeedToken.generate(this.random);
		FeedToken other = FeedToken.generate(this.random);
		String kept = token.secretHash();

		assertThat(kept).hasSize(64).doesNotContain(token.secret());
		assertThat(token.matches(kept)).isTrue();
		assertThat(new FeedToken(token.lookupId(), other.secret()).matches(kept)).isFalse();
		assertThat(token.toString()).doesNotContain(token.secret());
	}

	@ParameterizedTest
	@MethodSource("notTokens")
	void anythingButFiftyFiveUrlSafeCharactersIsNoToken(String text) {
		assertThat(FeedToken.parse(text)).isEmpty();
	}

	static Stream<String> notTokens() {
		String token = FeedToken.generate(new SecureRandom()).text();
		return Stream.of("", "short", token.substring(1), token + "A",
				token.substring(0, 12) + "+" + token.substring(13), token.substring(0, 12) + "." + token.substring(13),
				token.substring(0, 12) + "/" + token.substring(13),
				token.substring(0, 12) + "%2f" + token.substring(15), token.substring(0, 54) + "\n");
	}

}
