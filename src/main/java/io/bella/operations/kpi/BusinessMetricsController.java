package io.bella.operations.kpi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import io.bella.system.ClinicTimeZone;
import io.bella.system.InvalidRequestException;
import io.bella.system.SupportedTimes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calls, bookings, trends, peak hours and the instances they need, over a period.
 */
@RestController
@Tag(name = "Operations", description = "Circuit breakers, alerts and the service's health as operators see it")
class BusinessMetricsController {

	static final Duration DEFAULT_PERIOD = Duration.ofDays(7);

	static final Duration LONGEST_PERIOD = Duration.ofDays(366);

	static final Duration LONGEST_HOURLY_PERIOD = Duration.ofDays(31);

	static final Duration LONGEST_DEFAULT_HOURLY_PERIOD = Duration.ofDays(2);

	private final BusinessReport report;

	private final ClinicTimeZone clinicZone;

	private final Clock clock;

	BusinessMetricsController(BusinessReport report, ClinicTimeZone clinicZone, Clock clock) {
		this.report = report;
		this.clinicZone = clinicZone;
		this.clock = clock;
	}

	@GetMapping("/api/unified/business-metrics")
	@Operation(operationId = "getBusinessMetrics", summary = "Business metrics",
			description = "Calls, answered, conversations, success rate, booking conversion, bookings by channel, "
					+ "moves and cancellations, transfers and messages, call duration p50/p95 and turns per booking, "
					+ "each against the period of equal length before; a series in the clinic's local hours or days "
					+ "(a daylight-saving day is one day); peak_hours (top 3 hours of the week and a 7 × 24 heat map "
					+ "over the 28 days before to); peak concurrent calls and the instances they need. from and to "
					+ "are ISO-8601 date-times with an offset (default: the 7 days before now); the period is at most "
					+ "366 days, hourly at most 31. granularity is hour or day (default: day for periods over 2 "
					+ "days, otherwise hour).")
	BusinessMetrics businessMetrics(
			@Parameter(description = "the period's start (default: 7 days before to)") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@Parameter(description = "the period's end, exclusive (default: now)") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			@Parameter(description = "hour or day") @RequestParam(required = false) String granularity) {
		Instant end = (to != null) ? SupportedTimes.check("to", to.toInstant()) : this.clock.instant();
		Instant start = (from != null) ? SupportedTimes.check("from", from.toInstant()) : end.minus(DEFAULT_PERIOD);
		if (!start.isBefore(end)) {
			throw new InvalidRequestException("to", "must be after from");
		}
		Duration length = Duration.between(start, end);
		if (length.compareTo(LONGEST_PERIOD) > 0) {
			throw new InvalidRequestException("to", "must be at most 366 days after from");
		}
		Granularity buckets = granularity(granularity, length);
		if (buckets == Granularity.HOUR && length.compareTo(LONGEST_HOURLY_PERIOD) > 0) {
			throw new InvalidRequestException("granularity", "hour is for periods of at most 31 days; use day");
		}
		ZoneId zone = this.clinicZone.zone().orElse(ZoneOffset.UTC);
		return this.report.of(start, end, buckets, zone);
	}

	static Granularity granularity(String granularity, Duration length) {
		if (granularity == null || granularity.isBlank()) {
			return (length.compareTo(LONGEST_DEFAULT_HOURLY_PERIOD) > 0) ? Granularity.DAY : Granularity.HOUR;
		}
		try {
			return Granularity.valueOf(granularity.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException("granularity", "must be hour or day");
		}
	}

}
