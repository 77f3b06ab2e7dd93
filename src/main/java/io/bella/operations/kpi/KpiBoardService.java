package io.bella.operations.kpi;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import io.bella.operations.KpiBoard;
import io.bella.system.ClinicTimeZone;

import org.springframework.stereotype.Service;

/**
 * {@link KpiBoard} from the same report as {@code /api/unified/business-metrics}, once by
 * local hour and once by local day, with the distributions of the period's calls.
 */
@Service
class KpiBoardService implements KpiBoard {

	private final BusinessReport report;

	private final KpiCalls calls;

	private final ClinicTimeZone clinicZone;

	KpiBoardService(BusinessReport report, KpiCalls calls, ClinicTimeZone clinicZone) {
		this.report = report;
		this.calls = calls;
		this.clinicZone = clinicZone;
	}

	@Override
	public Period period(Instant from, Instant to) {
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("The period's end must be after its start.");
		}
		Duration length = Duration.between(from, to);
		if (length.compareTo(BusinessMetricsController.LONGEST_PERIOD) > 0) {
			throw new IllegalArgumentException("The period must be at most 366 days.");
		}
		ZoneId zone = this.clinicZone.zone().orElse(ZoneOffset.UTC);
		BusinessMetrics daily = this.report.of(from, to, Granularity.DAY, zone);
		List<Bucket> hourly = (length.compareTo(Duration.ofDays(LONGEST_HOURLY_DAYS)) <= 0)
				? buckets(this.report.of(from, to, Granularity.HOUR, zone)) : List.of();
		List<KpiCall> period = this.calls.startedBetween(from, to);
		return new Period(from, to, daily.previousFrom().toInstant(), zone.getId(), figure(daily.calls()),
				figure(daily.successRate()), figure(daily.bookings()), figure(daily.callDurationP50Sec()),
				figure(daily.callDurationP95Sec()), daily.bookingsBySource(), hourly, buckets(daily),
				daily.peakHours().heatMap(), Distributions.durations(period), Distributions.turns(period));
	}

	private static Figure figure(Trend trend) {
		return new Figure(trend.value(), trend.previous(), trend.changePercent());
	}

	private static List<Bucket> buckets(BusinessMetrics metrics) {
		return metrics.series()
			.stream()
			.map((bucket) -> new Bucket(bucket.start().toInstant(), bucket.calls(), bucket.successRate(),
					bucket.bookings()))
			.toList();
	}

}
