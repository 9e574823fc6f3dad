package io.restsocial.boot;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The starter's structure: its packages form no cycle.
 */
class ArchitectureTests {

	private static JavaClasses starter;

	@BeforeAll
	static void importStarter() {
		starter = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.restsocial.boot");
	}

	@Test
	void packagesFormNoCycle() {
		slices().matching("io.restsocial.boot.(**)").should().beFreeOfCycles().check(starter);
	}

}
