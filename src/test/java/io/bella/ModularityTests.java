package io.bella;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
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
 * of any transport. Writes the module section of docs/architecture.md from the code, and
 * Spring Modulith's component diagrams to target/spring-modulith-docs.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(BellaApplication.class);

	@Test
	void modulesAreWellFormed() {
		modules.verify();
		assertThat(modules.stream().map((module) -> module.getIdentifier().toString())).containsExactlyInAnyOrder(
				"booking", "calendar", "dashboard", "dialogue", "extraction", "messaging", "operations", "system",
				"voice");
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
	void noModuleButTheDashboardCallsOperations() {
		// the dashboard is the operators' page on operations: it reads and acts through
		// operations' published boards (io.bella.operations), as the API does
		for (ApplicationModule module : modules) {
			String name = module.getIdentifier().toString();
			if (!name.equals("dashboard")) {
				assertThat(dependencies(name)).as(name).doesNotContain("operations");
			}
		}
	}

	@Test
	void dialogueKnowsNothingOfTwilioOrTheWeb() {
		JavaClasses dialogue = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.bella.dialogue");
		assertThat(dialogue).isNotEmpty();
		noClasses().should()
			.dependOnClassesThat(JavaClass.Predicates
				.resideInAnyPackage("org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
						"io.bella.voice..", "io.bella.messaging..")
				// Bella's own Twilio types (its REST client, exceptions and records, the
				// TwiML
				// writer, the account's settings), wherever they live, system included
				.or(HasName.Predicates.nameMatching("io\\.bella\\..*\\.Twi(lio|ml)[^.]*")))
			.check(dialogue);
	}

	@Test
	void writesModuleDocumentation() {
		// the module canvases are left out: Spring Modulith 2.1.1's Documenter fails on
		// this
		// code base's Javadoc metadata ("No signature found in source map")
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

	/**
	 * The module section of docs/architecture.md is the one the code gives; run with
	 * {@code -Dbella.docs.update=true} to rewrite it after a change of structure.
	 */
	@Test
	void architectureDocumentShowsTheModulesOfTheCode() throws IOException {
		Path document = Path.of("docs/architecture.md");
		String text = Files.readString(document);
		String generated = ModuleDocumentation.render(modules);
		int start = text.indexOf(ModuleDocumentation.START);
		int end = text.indexOf(ModuleDocumentation.END);
		assertThat(start).as("docs/architecture.md has the generated module section").isNotNegative();
		String current = text.substring(start, end + ModuleDocumentation.END.length());
		if (Boolean.getBoolean("bella.docs.update")) {
			Files.writeString(document, text.replace(current, generated));
			current = generated;
		}
		assertThat(current)
			.as("docs/architecture.md is stale: run ./mvnw test -Dtest=ModularityTests " + "-Dbella.docs.update=true")
			.isEqualTo(generated);
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
		return ModuleDocumentation.declaration(name);
	}

}
