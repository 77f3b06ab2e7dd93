/**
 * Metrics to Amazon CloudWatch when a namespace and an AWS region are configured: an
 * allow-list of at most 30 meters, without tags that would make a metric per call, in a
 * registry of its own beside Prometheus. Off by default, and then nothing of the AWS SDK
 * is loaded.
 */
package io.bella.operations.cloudwatch;
