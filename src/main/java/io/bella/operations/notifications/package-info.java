/**
 * How alerts reach people: notices routed by severity to Slack, e-mail and SMS, kept in a
 * durable outbox, claimed by one instance before they are sent, retried (30 s, 2 min, 10
 * min) with every attempt logged, each channel behind a circuit breaker of its own.
 */
package io.bella.operations.notifications;
