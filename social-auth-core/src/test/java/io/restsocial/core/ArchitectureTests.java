package io.restsocial.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The core's structure: its packages form no cycle, and it knows nothing of Spring Boot or of
 * the starter, so that it can be used (and read) on its own.
 */
class ArchitectureTests {

	private static JavaClasses core;

	@BeforeAll
	static void importCore() {
		core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.restsocial.core");
	}

	@Test
	void packagesFormNoCycle() {
		slices().matching("io.restsocial.core.(**)").should().beFreeOfCycles().check(core);
	}

	@Test
	void coreImportsNeitherTheStarterNorSpringBoot() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.restsocial.boot..", "org.springframework.boot..")
			.because("core is usable without Spring Boot; the starter adapts it")
			.check(core);
	}

}
