package juesuan.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of docs/ARCHITECTURE.md: model ← store and the logic packages ← ui ← app. */
@AnalyzeClasses(packages = "juesuan", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    private static final String[] LOGIC = {"juesuan.template..", "juesuan.calculation..", "juesuan.exchange..",
            "juesuan.narrative..", "juesuan.audit..", "juesuan.report..", "juesuan.history..", "juesuan.consolidation.."};

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("I18n").definedBy("juesuan.i18n..")
            .layer("Model").definedBy("juesuan.model..")
            .layer("Failure").definedBy("juesuan.failure..")
            .layer("Store").definedBy("juesuan.store..")
            .layer("Logic").definedBy(LOGIC)
            .layer("Ui").definedBy("juesuan.ui..")
            .layer("App").definedBy("juesuan.app..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Ui", "App")
            .whereLayer("Logic").mayOnlyBeAccessedByLayers("Logic", "Ui", "App")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Failure", "Store", "Logic", "Ui", "App")
            .whereLayer("Failure").mayOnlyBeAccessedByLayers("Store", "Logic", "Ui", "App")
            .whereLayer("I18n").mayOnlyBeAccessedByLayers("Model", "Failure", "Store", "Logic", "Ui", "App");

    @ArchTest
    static final ArchRule modelIsPureJava = noClasses().that().resideInAPackage("juesuan.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "org.flywaydb..", "org.h2..",
                    "com.fasterxml..", "java.sql..", "java.io..", "java.nio..");

    @ArchTest
    static final ArchRule noFxBelowTheUi = noClasses().that().resideInAnyPackage(
                    "juesuan.model..", "juesuan.store..", "juesuan.template..", "juesuan.calculation..", "juesuan.exchange..",
                    "juesuan.narrative..", "juesuan.audit..", "juesuan.report..", "juesuan.history..", "juesuan.consolidation..", "juesuan.failure..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule failuresTalkToNoDatabase = noClasses().that().resideInAPackage("juesuan.failure..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.flywaydb..", "org.h2..");

    @ArchTest
    /** The failure package reads SQL error codes (java.sql) to word them, and talks to no database. */
    static final ArchRule onlyTheStoreTalksToTheDatabase = noClasses().that().resideOutsideOfPackages("juesuan.store..")
            .and().resideOutsideOfPackage("juesuan.failure..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.flywaydb..", "org.h2..", "java.sql..");

    @ArchTest
    static final ArchRule viewModelsHaveNoControls = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .or().haveSimpleNameEndingWith("SheetModel").or().haveSimpleNameEndingWith("FormModel")
            .or().haveSimpleNameEndingWith("Session")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");
}
