/**
 * The schedule at {@code /schedule}: a day or a week of appointments and free times, per
 * provider or for all, and booking, moving, cancelling and closing appointments through
 * the booking module's services.
 */
package io.bella.dashboard.schedule;
