package io.bella.dashboard.audit;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param id the line's id
 * @param occurredAt when it happened
 * @param actor the account's address, or for a failed sign-in the address as typed
 * @param action what happened
 * @param ip the address the request came from (the client's, behind a trusted proxy)
 * @param details what was acted on, in words; never a password
 */
public record AuditEvent(long id, Instant occurredAt, String actor, AuditAction action, String ip, String details) {

}
