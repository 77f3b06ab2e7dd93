package io.bella.booking;

import java.util.Arrays;

import io.bella.system.OpenApiContract;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * The booking module's fields of the shared problem details, as the OpenAPI document
 * shows them: the rule a booking broke, the time it could have instead, the patient's
 * appointment in the way, and the appointments a set-up change would strand.
 */
@Component
class BookingProblemDocs implements OpenApiCustomizer {

	@Override
	public void customise(OpenAPI openApi) {
		Schema<Object> rule = OpenApiContract.schema("string")
			.description("A broken booking rule (422): the same name as type's last segment")
			.example(BookingRuleException.Rule.TOO_SOON.slug());
		rule.setEnum(Arrays.stream(BookingRuleException.Rule.values())
			.<Object>map(BookingRuleException.Rule::slug)
			.toList());
		OpenApiContract.problemSchema(openApi)
			.addProperty("rule", rule)
			.addProperty("earliest_start", OpenApiContract.schema("string")
				.format("date-time")
				.description("too-soon (422): the first time the visit could be booked instead, with the clinic's "
						+ "offset; absent when nothing can be booked"))
			.addProperty("appointments", OpenApiContract.schema("array")
				.description("stranded-appointments (409): the booked appointments the change would leave outside "
						+ "the schedule")
				.items(OpenApiContract.schemaReference("Stranded")))
			.addProperty("appointment_id",
					OpenApiContract.schema("integer")
						.format("int64")
						.description("patient-busy (409): the patient's booked appointment in the way"))
			.addProperty("starts_at",
					OpenApiContract.schema("string")
						.format("date-time")
						.description("patient-busy (409): when that appointment starts, with the clinic's offset"));
	}

}
