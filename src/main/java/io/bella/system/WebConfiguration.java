package io.bella.system;

import java.time.Clock;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Web-wide settings: the API key, the clock everything reads the time from, and what the
 * API reads and writes (JSON only).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	ApiKey apiKey(ApiProperties properties) {
		return ApiKey.from(properties);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	ProblemResponses problemResponses(JsonMapper jsonMapper) {
		return new ProblemResponses(jsonMapper);
	}

	@Bean
	SimpleModule nulRejectingStrings() {
		return new SimpleModule("nul-rejecting-strings").addDeserializer(String.class,
				new NulRejectingStringDeserializer());
	}

	@Bean
	FilterRegistrationBean<MalformedRequestFilter> malformedRequestFilter(ProblemResponses problems) {
		FilterRegistrationBean<MalformedRequestFilter> registration = new FilterRegistrationBean<>(
				new MalformedRequestFilter(problems));
		// after the request id, before security and the Twilio signature: both read
		// parameters
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * The API speaks JSON only: the XML and YAML converters that the Jackson modules of
	 * dependencies (Twilio's XML, springdoc's YAML) would switch on are taken out, so
	 * that no client gets a second representation, with other field names, by asking for
	 * it; {@code Accept: application/xml} is answered 406.
	 */
	@Override
	public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
		converters.removeIf((converter) -> converter.getSupportedMediaTypes()
			.stream()
			.anyMatch(WebConfiguration::secondRepresentation));
	}

	private static boolean secondRepresentation(MediaType type) {
		String subtype = type.getSubtype();
		return !type.isWildcardType() && (subtype.endsWith("xml") || subtype.endsWith("yaml"));
	}

}
