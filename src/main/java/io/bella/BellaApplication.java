package io.bella;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Bella: a voice appointment-booking service for clinics.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "system")
public class BellaApplication {

	public static void main(String[] args) {
		SpringApplication.run(BellaApplication.class, args);
	}

}
