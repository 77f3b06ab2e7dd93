package io.bella.operations.slo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Bella's SLOs as they stand, from the counts in the database (every instance's) and the
 * calls' records: what {@code GET /api/unified/sla-metrics} answers and the SLO alerts
 * read.
 */
public class Slos {

	private final List<Slo> slos;

	private final SloData data;

	private final Clock clock;

	Slos(List<Slo> slos, SloData data, Clock clock) {
		this.slos = List.copyOf(slos);
		this.data = data;
		this.clock = clock;
	}

	/**
	 * Every SLO now.
	 * @return the report
	 */
	public SloReport current() {
		return report(this.clock.instant());
	}

	SloReport report(Instant now) {
		return new SloReport(Windows.end(now),
				this.slos.stream().map((slo) -> SloCalculator.evaluate(slo, this.data, now)).toList());
	}

	Slo definition(String name) {
		return this.slos.stream()
			.filter((slo) -> slo.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No SLO " + name));
	}

	Counts count(Slo slo, Instant from, Instant to) {
		return this.data.count(slo, from, to);
	}

}
