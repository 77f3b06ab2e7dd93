package io.bella.system;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: titled, with the API-key scheme, and with schemas named as the
 * JSON really is (snake_case).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	@Bean
	OpenAPI bellaOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Bella API")
				.version("1")
				.description("Appointments, availability, patients and caller understanding for a clinic. "
						+ "Send the API key in X-API-Key. Errors are RFC 9457 problem details."))
			.components(new Components().addSecuritySchemes("apiKey",
					new SecurityScheme().type(SecurityScheme.Type.APIKEY)
						.in(SecurityScheme.In.HEADER)
						.name(ApiKeyAuthentication.HEADER)))
			.addSecurityItem(new SecurityRequirement().addList("apiKey"));
	}

	@Bean
	ModelResolver snakeCaseModelResolver() {
		// springdoc reads schemas with swagger's own (Jackson 2) mapper, which knows
		// nothing of
		// spring.jackson.property-naming-strategy
		return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
	}

}
