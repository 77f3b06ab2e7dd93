/**
 * The Patients pages: search by name or phone number, a patient's page with their
 * appointments, calls and texts, and registering or editing a patient through booking's
 * {@code Patients}.
 */
package io.bella.dashboard.patients;
