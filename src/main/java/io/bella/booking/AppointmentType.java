package io.bella.booking;

import java.time.Duration;
import java.util.List;

/**
 * A kind of visit with its length and the time kept free around it.
 *
 * @param id the type's id
 * @param name a short name ("checkup", "cleaning", "emergency")
 * @param durationMin the visit's length
 * @param bufferBeforeMin minutes kept free before the visit
 * @param bufferAfterMin minutes kept free after the visit
 * @param providerIds the providers who offer it; empty when every provider does
 * @param synonyms what callers say for it ("teeth cleaned", "hygiene")
 */
public record AppointmentType(long id, String name, int durationMin, int bufferBeforeMin, int bufferAfterMin,
		List<Long> providerIds, List<String> synonyms) {

	public AppointmentType {
		providerIds = (providerIds != null) ? List.copyOf(providerIds) : List.of();
		synonyms = (synonyms != null) ? List.copyOf(synonyms) : List.of();
	}

	public AppointmentType(long id, String name, int durationMin, int bufferBeforeMin, int bufferAfterMin) {
		this(id, name, durationMin, bufferBeforeMin, bufferAfterMin, List.of(), List.of());
	}

	public Duration duration() {
		return Duration.ofMinutes(this.durationMin);
	}

	/**
	 * Whether the provider offers this kind of visit.
	 */
	public boolean offeredBy(long providerId) {
		return this.providerIds.isEmpty() || this.providerIds.contains(providerId);
	}

}
