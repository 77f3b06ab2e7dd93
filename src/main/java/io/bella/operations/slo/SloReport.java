package io.bella.operations.slo;

import java.time.Instant;
import java.util.List;

/**
 * Every SLO at one moment: the answer of {@code GET /api/unified/sla-metrics}.
 *
 * @param asOf the end of every window: the start of the running minute
 * @param slos each SLO
 */
public record SloReport(Instant asOf, List<SloResult> slos) {
}
