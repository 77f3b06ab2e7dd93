package io.bella.booking;

import io.bella.EmbeddedDefaultIntegrationTest;

/**
 * The no-overlap guarantee on the embedded default database (H2), where the locks alone
 * keep it.
 */
@EmbeddedDefaultIntegrationTest
class ConcurrentBookingH2IntegrationTests extends ConcurrentBookingTestSupport {

	@Override
	int providersRacingForOnePatient() {
		return 10;
	}

}
