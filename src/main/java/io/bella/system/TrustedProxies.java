package io.bella.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.util.StringUtils;

/**
 * The addresses whose forwarded headers ({@code Forwarded}, {@code X-Forwarded-*}) Bella
 * believes: single IPs or CIDR ranges, IPv4 or IPv6. Empty trusts nobody.
 */
final class TrustedProxies {

	// literal addresses only: a host name here would make every request wait on DNS
	private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

	private final List<Range> ranges;

	private TrustedProxies(List<Range> ranges) {
		this.ranges = ranges;
	}

	/**
	 * @param entries IPs or CIDR ranges ({@code 10.0.0.0/8}, {@code 192.168.1.7},
	 * {@code fd00::/8})
	 * @return the trusted proxies
	 * @throws IllegalArgumentException naming the entry that is not an IP or CIDR range
	 */
	static TrustedProxies of(List<String> entries) {
		return new TrustedProxies(
				entries.stream().filter(StringUtils::hasText).map(String::strip).map(Range::parse).toList());
	}

	boolean isEmpty() {
		return this.ranges.isEmpty();
	}

	boolean trusts(String remoteAddress) {
		if (this.ranges.isEmpty() || remoteAddress == null || !LITERAL.matcher(remoteAddress).matches()) {
			return false;
		}
		byte[] address;
		try {
			address = InetAddress.getByName(remoteAddress).getAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
		for (Range range : this.ranges) {
			if (range.contains(address)) {
				return true;
			}
		}
		return false;
	}

	private record Range(byte[] network, int prefixLength) {

		static Range parse(String entry) {
			int slash = entry.indexOf('/');
			String host = (slash >= 0) ? entry.substring(0, slash) : entry;
			if (!LITERAL.matcher(host).matches()) {
				throw invalid(entry);
			}
			byte[] network;
			try {
				network = InetAddress.getByName(host).getAddress();
			}
			catch (UnknownHostException ex) {
				throw invalid(entry);
			}
			int length = network.length * 8;
			if (slash >= 0) {
				try {
					length = Integer.parseInt(entry.substring(slash + 1));
				}
				catch (NumberFormatException ex) {
					throw invalid(entry);
				}
				if (length < 0 || length > network.length * 8) {
					throw invalid(entry);
				}
			}
			return new Range(network, length);
		}

		boolean contains(byte[] address) {
			if (address.length != this.network.length) {
				return false;
			}
			int whole = this.prefixLength / 8;
			for (int i = 0; i < whole; i++) {
				if (address[i] != this.network[i]) {
					return false;
				}
			}
			int rest = this.prefixLength % 8;
			if (rest == 0) {
				return true;
			}
			int mask = (0xFF << (8 - rest)) & 0xFF;
			return (address[whole] & mask) == (this.network[whole] & mask);
		}

		private static IllegalArgumentException invalid(String entry) {
			return new IllegalArgumentException(
					"BELLA_TRUSTED_PROXIES: '" + entry + "' is not an IP address or CIDR range (such as 10.0.0.0/8)");
		}

	}

}
