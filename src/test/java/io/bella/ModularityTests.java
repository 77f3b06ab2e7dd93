package io.bella;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the module structure honest: every module declares what it may use, with no
 * cycles and no reaching into another module's internals, and the conversation stays free
 * of any transport. Also writes the module documentation (C4 and UML diagrams, module
 * canvases) to target/spring-modulith-docs, which docs/architecture.md includes.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(BellaApplication.class);

	@Test
	void modulesAreWellFormed() {
		modules.verify();
		assertThat(modules.stream().map((module) -> module.getIdentifier().toString()))
			.containsExactlyInAnyOrder("booking", "dialogue", "extraction", "messaging", "system", "voice");
	}

	@Test
	void everyModuleButTheSharedOneDeclaresItsDependencies() {
		for (ApplicationModule module : modules) {
			String name = module.getIdentifier().toString();
			if (!name.equals("system")) {
				org.springframework.modulith.ApplicationModule declared = declaration(name);
				assertThat(declared).as(name).isNotNull();
				assertThat(declared.allowedDependencies()).as(name)
					.doesNotContain(org.springframework.modulith.ApplicationModule.OPEN_TOKEN);
			}
		}
	}

	@Test
	void bookingDependsOnNothingButTheSharedModule() {
		assertThat(dependencies("booking")).containsOnly("system");
	}

	@Test
	void extractionDependsOnNothingButTheSharedModule() {
		assertThat(dependencies("extraction")).isSubsetOf("system");
	}

	@Test
	void dialogueKnowsNothingOfTwilioOrTheWeb() {
		JavaClasses dialogue = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.bella.dialogue");
		assertThat(dialogue).isNotEmpty();
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.twilio..", "org.springframework.web..", "org.springframework.http..",
					"jakarta.servlet..", "io.bella.voice..", "io.bella.messaging..")
			.check(dialogue);
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

	private static List<String> dependencies(String name) {
		return modules.getModuleByName(name)
			.orElseThrow()
			.getDirectDependencies(modules)
			.uniqueModules()
			.map((module) -> module.getIdentifier().toString())
			.toList();
	}

	private static org.springframework.modulith.ApplicationModule declaration(String name) {
		try {
			return Class.forName("io.bella." + name + ".package-info")
				.getAnnotation(org.springframework.modulith.ApplicationModule.class);
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

}
