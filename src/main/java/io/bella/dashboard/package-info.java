/**
 * The staff dashboard: server-rendered pages (Thymeleaf, htmx where it helps) that the
 * clinic's front desk and its operators sign in to with staff accounts, beside the API
 * and its key. It holds no business logic: pages read and act through the other modules'
 * published API. Its sub-packages:
 * <ul>
 * <li>{@code schedule}: the day and week of appointments and free times at
 * {@code /schedule}, with booking, moving, cancelling and closing them;</li>
 * <li>{@code patients}, {@code calls}, {@code callbacks}: the patients' records, the
 * calls with their turns and cost, and the callbacks to return;</li>
 * <li>{@code export}: the CSV exports of appointments, patients, calls and the cost
 * ledger, streamed;</li>
 * <li>{@code ops}, {@code analytics}, {@code systempage}: the Operations, Analytics and
 * System pages, read from (and, for alerts, acting through) the operations module;</li>
 * <li>{@code settings}: the clinic's set-up for administrators at {@code /settings};</li>
 * <li>{@code accounts}: staff accounts with roles, the first administrator, passwords,
 * and their management at {@code /accounts};</li>
 * <li>{@code signin}: the form-login security chain, the lockout after repeated failures
 * and {@code /login};</li>
 * <li>{@code audit}: the audit log of sign-ins and administrators' actions at
 * {@code /audit};</li>
 * <li>{@code web}: the home page, the layout's model, times in the clinic's time zone and
 * the error pages.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "booking", "calendar", "messaging", "operations", "system", "voice" })
package io.bella.dashboard;
