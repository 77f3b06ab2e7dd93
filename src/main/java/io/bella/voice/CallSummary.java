package io.bella.voice;

import java.math.BigDecimal;

/**
 * A call as lists show it: its record (without turns) with its p95 turn latency and cost.
 *
 * @param call the call's record
 * @param p95LatencyMs the 95th percentile of its turns' latencies (nearest rank),
 * {@code null} without turns
 * @param cost what it cost, USD, {@code null} until it is costed
 */
public record CallSummary(CallRecord call, Integer p95LatencyMs, BigDecimal cost) {
}
