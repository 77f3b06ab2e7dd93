package io.bella.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} slice needs of this module to guard and answer requests as
 * the whole service does: Spring Security as {@link SecurityConfiguration} sets it up,
 * and the settings of the API key, which slices do not scan for. The rest (the key
 * itself, problem details, the filters) comes with {@link WebConfiguration}, which slices
 * pick up on their own.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
@EnableConfigurationProperties(ApiProperties.class)
public class WebSliceSecurity {

}
