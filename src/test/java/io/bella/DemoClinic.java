package io.bella;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import io.bella.booking.Provider;
import io.bella.booking.Providers;
import tools.jackson.databind.JsonNode;

/**
 * What tests read of the demo clinic (src/main/resources/clinics/demo.yaml) and its
 * availability.
 */
public final class DemoClinic {

	/** The demo clinic's zone. */
	public static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	private DemoClinic() {
	}

	/**
	 * A demo provider's id by name ("Dr. Sarah Ng").
	 */
	public static long provider(Providers providers, String name) {
		return providers.findAll()
			.stream()
			.filter((provider) -> provider.name().equals(name))
			.mapToLong(Provider::id)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The start times ("13:00", Toronto wall clock) of the 30-minute slots
	 * {@code GET /api/availability} offers with a provider on a date.
	 */
	public static List<String> slotStarts(ApiClient api, String date, long providerId) {
		JsonNode slots = api.get("/api/availability?date=" + date + "&duration_min=30&provider_id=" + providerId)
			.json()
			.get("slots");
		List<String> times = new ArrayList<>();
		slots.forEach((slot) -> times.add(ZonedDateTime.parse(slot.get("starts_at").asString())
			.withZoneSameInstant(TORONTO)
			.toLocalTime()
			.toString()));
		return times;
	}

}
