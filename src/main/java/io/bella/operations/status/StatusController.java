package io.bella.operations.status;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;

import io.bella.system.InstanceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bella at a glance: the worst of its components, each with why.
 */
@RestController
@Tag(name = "Operations", description = "Circuit breakers, alerts and the service's health as operators see it")
class StatusController {

	private final PlatformStatus status;

	private final InstanceId instance;

	private final String version;

	StatusController(PlatformStatus status, InstanceId instance, ObjectProvider<BuildProperties> build) {
		this.status = status;
		this.instance = instance;
		BuildProperties properties = build.getIfAvailable();
		String implementation = StatusController.class.getPackage().getImplementationVersion();
		this.version = (properties != null) ? properties.getVersion()
				: (implementation != null) ? implementation : "unknown";
	}

	@GetMapping("/api/unified/status")
	@Operation(operationId = "getStatus", summary = "Status at a glance",
			description = "overall is the worst of the components: the database, Redis when call sessions are kept "
					+ "there, each circuit breaker, the month's budget, the unresolved alerts by severity, and the "
					+ "SLOs. A component that cannot be read (the database is down or slow) is yellow with the "
					+ "reason; the answer comes within the health budget even then.")
	StatusResponse status() {
		List<ComponentStatus> components = this.status.components();
		Duration uptime = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime()).withNanos(0);
		return new StatusResponse(PlatformStatus.overall(components), this.version, uptime.toString(),
				uptime.toSeconds(), this.instance.value(), components);
	}

	/**
	 * Bella at a glance.
	 *
	 * @param overall the worst of the components
	 * @param version the running build's version
	 * @param uptime how long this instance has run, ISO-8601
	 * @param uptimeSeconds the same in seconds
	 * @param instanceId which instance answered
	 * @param components the database first, then every contributor's
	 */
	record StatusResponse(StatusLevel overall, String version, @Schema(example = "PT72H14M5S") String uptime,
			long uptimeSeconds, String instanceId, List<ComponentStatus> components) {
	}

}
