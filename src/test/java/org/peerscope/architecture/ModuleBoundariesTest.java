package org.peerscope.architecture;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Each top-level package under org.peerscope is a feature module: its entities and
 * repositories stay inside; others use its public services and records.
 */
@AnalyzeClasses(packages = "org.peerscope", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

	static final String[] SHARED_BASICS = { "org.peerscope.common..", "org.peerscope.catalog..", "org.peerscope.cli..",
			"org.peerscope.ratelimit.." };

	@ArchTest
	static final ArchRule featuresDoNotDependOnEachOtherInCycles = slices().matching("org.peerscope.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule repositoriesStayInsideTheirFeature = classes().that()
		.areAnnotatedWith(Repository.class)
		.should()
		.notHaveModifier(JavaModifier.PUBLIC)
		.because("another feature calls the service, never the repository");

	@ArchTest
	static final ArchRule entitiesStayInsideTheirFeature = classes().that()
		.areAnnotatedWith(Entity.class)
		.should()
		.notHaveModifier(JavaModifier.PUBLIC)
		.because("views and other features get records, not entities")
		.allowEmptyShould(true);

	@ArchTest
	static final ArchRule controllersAreThin = noClasses().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.dependOnClassesThat()
		.areAssignableTo(JdbcClient.class)
		.orShould()
		.dependOnClassesThat()
		.areAssignableTo(JdbcTemplate.class)
		.orShould()
		.dependOnClassesThat()
		.areAssignableTo(EntityManager.class)
		.orShould()
		.dependOnClassesThat()
		.areAnnotatedWith(Repository.class)
		.because("controllers parse input, call a service and pick a view");

	@ArchTest
	static final ArchRule sharedBasicsDependOnNoFeature = noClasses().that()
		.resideInAnyPackage(SHARED_BASICS)
		.should()
		.dependOnClassesThat(resideInAPackage("org.peerscope..").and(not(resideInAnyPackage(SHARED_BASICS))))
		.because("every feature may use common, catalog, cli and ratelimit, so they may use no feature");

}
