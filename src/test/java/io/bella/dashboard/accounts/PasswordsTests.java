package io.bella.dashboard.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a staff password must be, and the temporary ones.
 */
class PasswordsTests {

	@Test
	void aPasswordNeedsTwelveCharacters() {
		assertThat(Passwords.problem("eleven char", "jo@clinic.example"))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("at least 12 characters"));
		assertThat(Passwords.problem("twelve chars", "jo@clinic.example")).isEmpty();
	}

	@Test
	void aPasswordIsNotTheEmailAddressInAnySpelling() {
		assertThat(Passwords.problem("Jo.Smith@Clinic.example", "jo.smith@clinic.example")).isPresent();
	}

	@Test
	void aPasswordFitsWhatBcryptReads() {
		assertThat(Passwords.problem("é".repeat(37), "jo@clinic.example"))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("too long"));
	}

	@Test
	void temporaryPasswordsAreRandomAndAcceptable() {
		String first = Passwords.temporary();

		assertThat(first).hasSize(20).matches("[A-Za-z2-9]+");
		assertThat(Passwords.temporary()).isNotEqualTo(first);
		assertThat(Passwords.problem(first, "jo@clinic.example")).isEmpty();
	}

}
