package io.bella.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How this instance names itself to the others.
 *
 * @param instanceId a stable name ({@code BELLA_INSTANCE_ID}, such as a pod name); blank
 * for the host name and a random suffix
 */
@ConfigurationProperties("bella.operations")
record ClusterProperties(String instanceId) {
}
