/**
 * Shared infrastructure every module relies on: security, problem details, JSON settings,
 * the clock, phone-number handling, health, the start-up report, this instance's id and
 * the periodic jobs one instance of the cluster runs per interval ({@code ClusterJobs}),
 * among them the resubmission of incomplete event publications.
 */
package io.bella.system;
