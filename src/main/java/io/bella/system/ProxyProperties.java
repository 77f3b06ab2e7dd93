package io.bella.system;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reverse proxies in front of Bella.
 *
 * @param trustedProxies IPs or CIDR ranges whose forwarded headers are believed
 * ({@code BELLA_TRUSTED_PROXIES}, comma-separated); empty trusts none
 */
@ConfigurationProperties("bella.proxy")
record ProxyProperties(@DefaultValue List<String> trustedProxies) {
}
