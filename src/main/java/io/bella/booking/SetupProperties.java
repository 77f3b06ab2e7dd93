package io.bella.booking;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the clinic's set-up comes from at start-up.
 *
 * @param clinicFile a clinic file (docs/clinic-setup.md) applied at every start-up, a
 * path or {@code classpath:…}; none when blank
 */
@ConfigurationProperties("bella.setup")
record SetupProperties(String clinicFile) {
}
