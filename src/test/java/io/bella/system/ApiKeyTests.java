package io.bella.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeyTests {

	@Test
	void configuredKeyMatchesOnlyItself() {
		ApiKey key = ApiKey.from(new ApiProperties("s3cret-key"));

		assertThat(key.matches("s3cret-key")).isTrue();
		assertThat(key.matches("s3cret-kez")).isFalse();
		assertThat(key.matches("s3cret-key ")).isFalse();
		assertThat(key.matches("")).isFalse();
		assertThat(key.matches(null)).isFalse();
		assertThat(key.generatedKey()).isNull();
	}

	@Test
	void withoutAConfiguredKeyARandomKeyIsGeneratedEachRun() {
		ApiKey first = ApiKey.from(new ApiProperties(""));
		ApiKey second = ApiKey.from(new ApiProperties(null));

		assertThat(first.generatedKey()).startsWith("bella_").hasSize(54);
		assertThat(first.generatedKey()).isNotEqualTo(second.generatedKey());
		assertThat(first.matches(first.generatedKey())).isTrue();
		assertThat(first.matches(second.generatedKey())).isFalse();
	}

}
