package io.bella.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * What every operation of the OpenAPI document promises, added in one place rather than
 * on each controller: who may call it (the paths Spring Security leaves open carry no
 * API-key requirement) and how its errors look (every 4xx is
 * {@code application/problem+json} with the one {@value #PROBLEM} schema, and the errors
 * every operation can meet are listed). Tags are sorted, so that the document is the same
 * on every start. Modules add their own problem fields through
 * {@link #problemSchema(OpenAPI)} in customizers of their own, which run after this one.
 */
public final class OpenApiContract implements OpenApiCustomizer, Ordered {

	/** The name of the shared problem-details schema. */
	public static final String PROBLEM = "Problem";

	static final String API_KEY = "apiKey";

	private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

	private static final String INVALID_REQUEST = "InvalidRequest";

	private static final String UNAUTHORIZED = "Unauthorized";

	private static final String NOT_FOUND = "NotFound";

	private static final String NOT_ACCEPTABLE = "NotAcceptable";

	private final List<PathPattern> publicPaths;

	OpenApiContract() {
		this.publicPaths = Stream
			.concat(Arrays.stream(SecurityConfiguration.PUBLIC_PATHS),
					Stream.of(SecurityConfiguration.SIGNED_WEBHOOKS, SecurityConfiguration.CALENDAR_FEEDS))
			.map(PathPatternParser.defaultInstance::parse)
			.toList();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void customise(OpenAPI openApi) {
		Components components = openApi.getComponents();
		problemSchema(openApi);
		components.addResponses(INVALID_REQUEST, problem("The request is not valid: a parameter or field is missing, "
				+ "malformed or out of range (type invalid-request, each named in errors), or the body is not JSON "
				+ "(malformed-request)."));
		components.addResponses(UNAUTHORIZED, problem("X-API-Key is missing or wrong (unauthorized)."));
		components.addResponses(NOT_FOUND, problem("Nothing has this id (not-found)."));
		components.addResponses(NOT_ACCEPTABLE,
				problem("The request's Accept header allows no JSON: the API answers JSON only."));
		if (openApi.getTags() != null) {
			openApi.getTags().sort(Comparator.comparing(Tag::getName));
		}
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths()
			.forEach((path, item) -> item.readOperations().forEach((operation) -> document(path, operation)));
	}

	private void document(String path, Operation operation) {
		ApiResponses responses = operation.getResponses();
		boolean open = this.publicPaths.stream().anyMatch((pattern) -> pattern.matches(PathContainer.parsePath(path)));
		if (open) {
			// an empty list, not none: none would inherit the document's API-key
			// requirement
			operation.setSecurity(new ArrayList<>());
		}
		if ((operation.getParameters() != null && !operation.getParameters().isEmpty())
				|| operation.getRequestBody() != null) {
			responses.putIfAbsent("400", reference(INVALID_REQUEST));
		}
		if (!open) {
			responses.putIfAbsent("401", reference(UNAUTHORIZED));
		}
		if (path.contains("{")) {
			responses.putIfAbsent("404", reference(NOT_FOUND));
		}
		if (answersJson(responses)) {
			responses.putIfAbsent("406", reference(NOT_ACCEPTABLE));
		}
		responses.forEach((status, response) -> {
			if (status.startsWith("4") && response.get$ref() == null) {
				response.setContent(problemContent());
			}
		});
	}

	private static boolean answersJson(ApiResponses responses) {
		return responses.entrySet()
			.stream()
			.anyMatch((entry) -> entry.getKey().startsWith("2") && entry.getValue().getContent() != null
					&& entry.getValue().getContent().containsKey(JSON));
	}

	/**
	 * The shared problem-details schema, with the fields of RFC 9457 and the field-level
	 * errors of {@code invalid-request}; created on first use.
	 */
	public static Schema<?> problemSchema(OpenAPI openApi) {
		Components components = openApi.getComponents();
		if (components.getSchemas() != null && components.getSchemas().containsKey(PROBLEM)) {
			return components.getSchemas().get(PROBLEM);
		}
		Schema<?> fieldError = schema("object").description("A field that is wrong and why")
			.addProperty("field", schema("string").description("snake_case, as in the request").example("starts_at"))
			.addProperty("message", schema("string").example("is required"))
			.required(List.of("field", "message"));
		Schema<?> problem = schema("object")
			.description("RFC 9457 problem details. type is stable and names what went wrong "
					+ "(https://bella.io/problems/<name>, listed in the README); absent for the framework's own "
					+ "answers (404 for an unknown path, 405, 406, 415), which mean about:blank.")
			.addProperty("type", schema("string").format("uri").example(ProblemTypes.of("invalid-request").toString()))
			.addProperty("title", schema("string").example("Invalid request"))
			.addProperty("status", schema("integer").format("int32").example(400))
			.addProperty("detail", schema("string").example("starts_at: is required"))
			.addProperty("instance", schema("string").format("uri-reference").example("/api/appointments"))
			.addProperty("errors",
					schema("array").description("invalid-request (400): each field that is wrong").items(fieldError))
			.required(List.of("title", "status"));
		components.addSchemas(PROBLEM, problem);
		return problem;
	}

	/**
	 * A schema of one JSON type, in the form of the document's OpenAPI version (3.1).
	 */
	public static Schema<Object> schema(String type) {
		return new JsonSchema().typesItem(type);
	}

	/**
	 * A reference to a schema of the document's components.
	 */
	public static Schema<Object> schemaReference(String name) {
		return new JsonSchema().$ref("#/components/schemas/" + name);
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description).content(problemContent());
	}

	private static Content problemContent() {
		return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(schemaReference(PROBLEM)));
	}

	private static ApiResponse reference(String name) {
		return new ApiResponse().$ref("#/components/responses/" + name);
	}

}
