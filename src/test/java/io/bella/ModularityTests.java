package io.bella;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the module structure honest: no cycles, no reaching into another module's
 * internals. Also writes the module documentation (C4 and UML diagrams, module canvases)
 * to target/spring-modulith-docs.
 */
class ModularityTests {

	final ApplicationModules modules = ApplicationModules.of(BellaApplication.class);

	@Test
	void modulesAreWellFormed() {
		this.modules.verify();
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).contains("booking",
				"extraction", "voice", "system");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
	}

}
