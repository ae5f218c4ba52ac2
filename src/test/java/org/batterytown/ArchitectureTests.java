package org.batterytown;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.Repository;

/** Rules the module structure alone does not check. */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.batterytown");

	@Test
	void repositoriesAreNotPublic() {
		classes().that().areAssignableTo(Repository.class).should().notBePublic().check(classes);
	}

	@Test
	void persistedEntitiesAreNotPublic() {
		classes().that().areAnnotatedWith(Table.class).should().notBePublic().check(classes);
	}

	@Test
	void lifecycleAndValueRulesAreFreeOfSpring() {
		noClasses().that()
			.haveSimpleName("ProjectStage")
			.or().haveSimpleName("Slippage")
			.or().haveSimpleName("CreditCode")
			.or().haveSimpleName("Actor")
			.should().dependOnClassesThat().resideInAPackage("org.springframework..")
			.check(classes);
	}

	/** The package declaration may name the package as a module's interface; the code itself stays plain. */
	@Test
	void calculationsAreFreeOfSpring() {
		noClasses().that()
			.resideInAnyPackage("org.batterytown.chain.model..", "org.batterytown.stats.review..",
					"org.batterytown.stats.figures..", "org.batterytown.plan.projection..",
					"org.batterytown.attraction.optimizer..")
			.and().doNotHaveSimpleName("package-info")
			.should().dependOnClassesThat().resideInAPackage("org.springframework..")
			.check(classes);
	}

	@Test
	void controllersAreNotPublic() {
		classes().that().haveSimpleNameEndingWith("Controller").should().notBePublic().check(classes);
	}

}
