package io.bella.dashboard.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.bella.MutableClock;
import io.bella.dashboard.DashboardProperties;
import io.bella.dashboard.audit.AuditLog;
import io.bella.operations.H2Database;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The first administrator: chosen by the settings or generated, created once, never twice
 * when instances start together, and an existing account left alone.
 */
class FirstAdministratorTests {

	final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T14:00:00Z"));

	final JdbcClient jdbc = JdbcClient.create(H2Database.migrated());

	final StaffAccounts accounts = new StaffAccounts(this.jdbc, this.clock);

	final PasswordEncoder passwordEncoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@Test
	void withoutSettingsAnEmptyDatabaseGetsAGeneratedAdministratorWhoMustChangeThePassword() {
		assertThat(firstAdministrator(null, null).createIfMissing("/login")).isTrue();

		StaffAccount admin = this.accounts.findByEmail(FirstAdministrator.DEFAULT_EMAIL).orElseThrow();
		assertThat(admin.role()).isEqualTo(Role.ADMIN);
		assertThat(admin.mustChangePassword()).isTrue();
		assertThat(admin.passwordHash()).startsWith("{bcrypt}");
		assertThat(firstAdministrator(null, null).createIfMissing("/login")).isFalse();
	}

	@Test
	void theChosenAdministratorIsCreatedWhenMissingAndLeftAloneAfter() {
		assertThat(firstAdministrator("Owner@Clinic.example", "a long enough password").createIfMissing("/login"))
			.isTrue();
		StaffAccount owner = this.accounts.findByEmail("owner@clinic.example").orElseThrow();
		assertThat(owner.mustChangePassword()).isFalse();
		assertThat(this.passwordEncoder.matches("a long enough password", owner.passwordHash())).isTrue();

		assertThat(firstAdministrator("owner@clinic.example", "another password now").createIfMissing("/login"))
			.isFalse();

		assertThat(this.accounts.findByEmail("owner@clinic.example").orElseThrow().passwordHash())
			.isEqualTo(owner.passwordHash());
	}

	@Test
	void instancesStartingTogetherCreateOneAdministrator() throws Exception {
		int instances = 6;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(instances);
		List<Future<Boolean>> created = new ArrayList<>();
		for (int i = 0; i < instances; i++) {
			FirstAdministrator instance = firstAdministrator(null, null);
			created.add(executor.submit(() -> {
				start.await();
				return instance.createIfMissing("/login");
			}));
		}
		start.countDown();
		int winners = 0;
		for (Future<Boolean> result : created) {
			winners += result.get(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS) ? 1
					: 0;
		}
		executor.shutdown();

		assertThat(winners).isOne();
		assertThat(this.accounts.findAll()).hasSize(1);
	}

	@Test
	void anEmailWithoutAPasswordOrAShortPasswordIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DashboardProperties.Admin("a@clinic.example", ""))
			.withMessageContaining("BELLA_ADMIN_PASSWORD");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DashboardProperties.Admin("a@clinic.example", "short"))
			.withMessageContaining("12 characters");
	}

	private FirstAdministrator firstAdministrator(String email, String password) {
		DashboardProperties properties = new DashboardProperties(new DashboardProperties.Admin(email, password),
				new DashboardProperties.Lockout(5, Duration.ofMinutes(15), Duration.ofMinutes(15)));
		return new FirstAdministrator(this.accounts, this.passwordEncoder, properties,
				new AuditLog(this.jdbc, this.clock));
	}

}
