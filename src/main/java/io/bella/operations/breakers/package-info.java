/**
 * Circuit breakers as operators see them: every transition of every Resilience4j breaker
 * kept 30 days, each instance's current states, the {@code breaker-open} alert rule, and
 * {@code /api/unified/circuit-breakers}.
 */
package io.bella.operations.breakers;
