/**
 * Shared infrastructure every module relies on: security, problem details, JSON settings,
 * the clock, phone-number handling, health and the start-up report.
 */
package io.bella.system;
