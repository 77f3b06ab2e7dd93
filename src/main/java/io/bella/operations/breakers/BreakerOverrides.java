package io.bella.operations.breakers;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.bella.system.InstanceId;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Breakers forced open, forced closed or reset by an operator, on every instance: the
 * change is a row of {@code breaker_override} (its version raised at each change),
 * applied at once on the instance that took it, and by every other instance at its next
 * poll of the table, every {@code bella.operations.breakers.override-poll} (2 s): one
 * indexed read of a table with a row per breaker. So a change holds everywhere within 5
 * s.
 */
@Component
class BreakerOverrides {

	private static final Logger log = LoggerFactory.getLogger(BreakerOverrides.class);

	private final JdbcClient jdbc;

	private final CircuitBreakerRegistry registry;

	private final InstanceId instance;

	private final Clock clock;

	// the version of each breaker's override this instance has applied
	private final Map<String, Long> applied = new ConcurrentHashMap<>();

	BreakerOverrides(JdbcClient jdbc, CircuitBreakerRegistry registry, InstanceId instance, Clock clock) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.instance = instance;
		this.clock = clock;
	}

	/**
	 * Forces a breaker on every instance, this one at once.
	 * @param breaker the breaker's name, one of the registry's
	 * @param mode what to force
	 * @param by who asked
	 */
	synchronized void force(String breaker, Mode mode, String by) {
		OffsetDateTime at = this.clock.instant().atOffset(ZoneOffset.UTC);
		int updated = this.jdbc.sql("""
				UPDATE breaker_override SET mode = ?, version = version + 1, set_at = ?, set_by = ?
				WHERE breaker = ?""").params(mode.name(), at, by, breaker).update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO breaker_override (breaker, mode, version, set_at, set_by)
					VALUES (?, ?, 1, ?, ?) ON CONFLICT DO NOTHING""").params(breaker, mode.name(), at, by).update();
		}
		log.info("Circuit breaker {} set to {} by {} on instance {}", breaker, mode, by, this.instance);
		apply();
	}

	// per instance by nature, not through ClusterJobs: each instance applies the
	// overrides to its own breakers
	@Scheduled(fixedDelayString = "${bella.operations.breakers.override-poll:2s}",
			initialDelayString = "${bella.operations.breakers.override-poll:2s}")
	void poll() {
		try {
			apply();
		}
		catch (RuntimeException ex) {
			log.warn("Circuit breaker overrides not read: {}", ex.toString());
		}
	}

	/** Applies every override this instance has not applied yet. */
	synchronized void apply() {
		this.jdbc.sql("SELECT breaker, mode, version FROM breaker_override")
			.query((rs, row) -> new Forced(rs.getString("breaker"), Mode.valueOf(rs.getString("mode")),
					rs.getLong("version")))
			.list()
			.forEach(this::apply);
	}

	private void apply(Forced override) {
		Long done = this.applied.get(override.breaker());
		if (done != null && done >= override.version()) {
			return;
		}
		this.registry.find(override.breaker()).ifPresent((breaker) -> override.mode().apply(breaker));
		this.applied.put(override.breaker(), override.version());
	}

	/** What an operator forces on a breaker. */
	enum Mode {

		/** Rejects every call (Resilience4j's {@code FORCED_OPEN}) until changed. */
		FORCED_OPEN {
			@Override
			void apply(CircuitBreaker breaker) {
				breaker.transitionToForcedOpenState();
			}
		},

		/** Lets every call through (Resilience4j's {@code DISABLED}) until changed. */
		FORCED_CLOSED {
			@Override
			void apply(CircuitBreaker breaker) {
				breaker.transitionToDisabledState();
			}
		},

		/** Back to normal: closed, its failure counts cleared. */
		RESET {
			@Override
			void apply(CircuitBreaker breaker) {
				breaker.reset();
			}
		};

		abstract void apply(CircuitBreaker breaker);

	}

	private record Forced(String breaker, Mode mode, long version) {
	}

}
