package io.bella.operations.alerts;

import java.time.Instant;

/**
 * Which alerts a client asks for; {@code null} leaves a filter out.
 *
 * @param state in this state
 * @param severity of this severity
 * @param component of this component
 * @param from active at or after this time (not ended before it)
 * @param to started before this time
 * @param page the page, from 0
 * @param size alerts per page
 */
record AlertQuery(AlertState state, Severity severity, String component, Instant from, Instant to, int page, int size) {
}
