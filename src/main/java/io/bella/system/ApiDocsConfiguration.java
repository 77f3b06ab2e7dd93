package io.bella.system;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: titled, with the API-key scheme, with schemas named as the JSON
 * really is (snake_case), and with the promises {@link OpenApiContract} adds to every
 * operation. {@code docs/openapi.json} is a checked-in copy that a test keeps equal.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	@Bean
	OpenAPI bellaOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Bella API")
				.version("1")
				.description("Appointments, availability, patients, calls and caller understanding for a clinic. "
						+ "Send the API key in X-API-Key. Errors are RFC 9457 problem details "
						+ "(application/problem+json) whose type names what went wrong. Timestamps carry the "
						+ "clinic's offset; lists come in pages (page from 0, size up to " + Paging.MAX_SIZE + ").")
				.license(new License().name("Proprietary").identifier("LicenseRef-Proprietary")))
			// relative: the document describes whichever instance serves it
			.servers(List.of(new Server().url("/").description("The Bella instance serving this document")))
			.components(new Components().addSecuritySchemes(OpenApiContract.API_KEY,
					new SecurityScheme().type(SecurityScheme.Type.APIKEY)
						.in(SecurityScheme.In.HEADER)
						.name(ApiKeyAuthentication.HEADER)))
			.addSecurityItem(new SecurityRequirement().addList(OpenApiContract.API_KEY));
	}

	@Bean
	OpenApiContract openApiContract() {
		return new OpenApiContract();
	}

	@Bean
	ModelResolver snakeCaseModelResolver() {
		// springdoc reads schemas with swagger's own (Jackson 2) mapper, which knows
		// nothing of
		// spring.jackson.property-naming-strategy
		return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
	}

}
