package io.bella.voice;

import java.util.Map;

import io.bella.system.OpenApiContract;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * How the OpenAPI document describes Twilio's webhooks ({@code /twilio/*}): Twilio's form
 * fields, the signature header that stands in for the API key, and the 403 a request
 * without a valid signature gets. Bella's own query parameters in a webhook URL (the turn
 * of {@code /twilio/gather}) stay query parameters.
 */
@Component
public final class TwilioApiDocs implements OpenApiCustomizer {

	/** The tag of every webhook. */
	public static final String TAG = "Twilio webhooks";

	/** What the tag says. */
	public static final String TAG_DESCRIPTION = "Called by Twilio during a phone call, signed with the account's "
			+ "auth token instead of the API key";

	/** What a webhook that speaks to the caller answers. */
	public static final String TWIML = "TwiML: what Bella says and does next";

	private static final String PREFIX = "/twilio/";

	/** Bella's own parameters in webhook URLs, by path. */
	private static final Map<String, String> QUERY_PARAMETERS = Map.of("/twilio/gather", "turn");

	TwilioApiDocs() {
	}

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> {
			if (path.startsWith(PREFIX)) {
				item.readOperations().forEach((operation) -> document(path, operation));
			}
		});
	}

	private static void document(String path, Operation operation) {
		operation.addParametersItem(new Parameter().in("header")
			.name(TwilioSignatureVerifier.HEADER)
			.required(true)
			.description("Twilio's signature of the URL and the form, with the account's auth token")
			.schema(OpenApiContract.schema("string")));
		String query = QUERY_PARAMETERS.get(path);
		Schema<?> form = formSchema(operation);
		if (query != null && form != null && form.getProperties().containsKey(query)) {
			Schema<?> schema = form.getProperties().remove(query);
			if (form.getRequired() != null) {
				form.getRequired().remove(query);
			}
			operation.addParametersItem(new Parameter().in("query")
				.name(query)
				.required(true)
				.description(schema.getDescription())
				.schema(schema.description(null)));
		}
		operation.getResponses()
			.addApiResponse("403", new ApiResponse()
				.description("The Twilio signature is missing or not valid, or no auth token is configured (forbidden)")
				.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
						new MediaType().schema(OpenApiContract.schemaReference(OpenApiContract.PROBLEM)))));
	}

	private static Schema<?> formSchema(Operation operation) {
		if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
			return null;
		}
		MediaType form = operation.getRequestBody()
			.getContent()
			.get(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED_VALUE);
		return (form != null && form.getSchema() != null && form.getSchema().getProperties() != null) ? form.getSchema()
				: null;
	}

}
