/**
 * Bella's SLOs: voice webhooks answered (availability, latency within 2 s and 300 ms),
 * calls that succeeded, API requests without a server error; counted in memory, written
 * per minute by each instance, told over rolling windows with error budgets and burn
 * rates on {@code /api/unified/sla-metrics}, and alerted on with multi-window burn-rate
 * rules.
 */
package io.bella.operations.slo;
