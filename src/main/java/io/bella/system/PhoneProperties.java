package io.bella.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Bella reads phone numbers.
 *
 * @param region the ISO 3166 region (two letters, such as {@code CA}, {@code US} or
 * {@code GB}) whose numbering plan a number written without a country code belongs to
 * ({@code BELLA_PHONE_REGION})
 */
@ConfigurationProperties("bella.phone")
public record PhoneProperties(@DefaultValue("CA") String region) {

}
