package io.bella.operations.cloudwatch;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and what Bella publishes to CloudWatch.
 *
 * @param namespace the CloudWatch namespace ({@code BELLA_CLOUDWATCH_NAMESPACE}); blank
 * for no CloudWatch
 * @param region the AWS region ({@code AWS_REGION}); blank for no CloudWatch
 * @param endpoint another endpoint than the region's ({@code BELLA_CLOUDWATCH_ENDPOINT},
 * such as a VPC endpoint or LocalStack); blank for the region's
 * @param step how often metrics are sent
 * @param meters the meters sent, by name, at most {@value #MAX_METERS}; every other meter
 * stays in Prometheus only (default {@link #DEFAULT_METERS})
 * @param droppedTags tags removed before sending, because each of their values would be a
 * metric of its own (a call's SID, a request's URI; default
 * {@link #DEFAULT_DROPPED_TAGS})
 */
@ConfigurationProperties("bella.operations.cloudwatch")
record CloudWatchProperties(String namespace, String region, URI endpoint, @DefaultValue("1m") Duration step,
		List<String> meters, List<String> droppedTags) {

	static final int MAX_METERS = 30;

	static final List<String> DEFAULT_METERS = List.of("bella.calls", "bella.call.turns", "bella.bookings",
			"http.server.requests", "resilience4j.circuitbreaker.state", "resilience4j.circuitbreaker.calls",
			"resilience4j.circuitbreaker.not.permitted.calls", "hikaricp.connections.active",
			"hikaricp.connections.pending", "hikaricp.connections.timeout", "jvm.memory.used", "jvm.gc.pause",
			"jvm.threads.live", "process.cpu.usage", "system.cpu.usage", "logback.events", "cache.gets");

	static final List<String> DEFAULT_DROPPED_TAGS = List.of("call_sid", "uri", "caller", "phone", "appointment_id",
			"patient_id", "recording_sid", "message_sid", "exception");

	CloudWatchProperties {
		meters = (meters != null) ? List.copyOf(meters) : DEFAULT_METERS;
		droppedTags = (droppedTags != null) ? List.copyOf(droppedTags) : DEFAULT_DROPPED_TAGS;
		if (meters.size() > MAX_METERS) {
			throw new IllegalArgumentException("bella.operations.cloudwatch.meters lists " + meters.size()
					+ " meters; CloudWatch takes at most " + MAX_METERS + " from Bella");
		}
	}

}
