package io.bella.operations.retention;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the words of calls and voicemails are kept.
 *
 * @param days texts older than this many days are purged ({@code BELLA_RETENTION_DAYS},
 * at least 1)
 * @param interval how often the purge runs, on one instance
 * @param firstRunAfter how long after start the first purge runs
 * @param batch the most rows one statement purges, so that no statement holds its locks
 * for long
 */
@ConfigurationProperties("bella.operations.retention")
record RetentionProperties(@DefaultValue("90") int days, @DefaultValue("24h") Duration interval,
		@DefaultValue("2m") Duration firstRunAfter, @DefaultValue("500") int batch) {

	RetentionProperties {
		if (days <= 0) {
			throw new IllegalArgumentException("bella.operations.retention.days must be at least one day");
		}
		if (batch <= 0) {
			throw new IllegalArgumentException("bella.operations.retention.batch must be above zero");
		}
	}

	Duration retention() {
		return Duration.ofDays(this.days);
	}

}
