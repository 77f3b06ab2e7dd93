package io.bella.booking;

import io.bella.EmbeddedDefaultIntegrationTest;

/**
 * The no-overlap guarantee on the embedded default database (H2).
 */
@EmbeddedDefaultIntegrationTest
class ConcurrentBookingH2IntegrationTests extends ConcurrentBookingTestSupport {

}
