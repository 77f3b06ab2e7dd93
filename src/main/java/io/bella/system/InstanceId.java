package io.bella.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.springframework.util.StringUtils;

/**
 * This running instance's name in records several instances write (breaker transitions,
 * job claims): {@code BELLA_INSTANCE_ID} when set, otherwise the host name and a random
 * suffix, new at every start.
 *
 * @param value the id, at most 100 characters
 */
public record InstanceId(String value) {

	private static final int MAX_LENGTH = 100;

	public InstanceId {
		if (!StringUtils.hasText(value) || value.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("An instance id has 1 to " + MAX_LENGTH + " characters");
		}
	}

	static InstanceId of(String configured) {
		if (StringUtils.hasText(configured)) {
			return new InstanceId(configured.strip());
		}
		byte[] suffix = new byte[3];
		new SecureRandom().nextBytes(suffix);
		String host = hostName();
		return new InstanceId(host.substring(0, Math.min(host.length(), 80)) + "-" + HexFormat.of().formatHex(suffix));
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "bella";
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
