package org.reviewdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the layers of DESIGN.md honest: JavaFX only in gui, SQL only in store, a pure model. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.reviewdesk");

    @Test
    void onlyTheGuiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.reviewdesk.gui..")
                .and().doNotHaveFullyQualifiedName("org.reviewdesk.Main")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..", "atlantafx..")
                .check(CLASSES);
    }

    @Test
    void onlyTheStoreUsesSql() {
        noClasses().that().resideOutsideOfPackages("org.reviewdesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.jdbi..", "org.h2..", "org.flywaydb..")
                .check(CLASSES);
    }

    @Test
    void theModelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.reviewdesk.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.reviewdesk.store..", "org.reviewdesk.formats..", "org.reviewdesk.gui..",
                        "org.reviewdesk.cli..", "org.reviewdesk.service..", "org.reviewdesk.markdown..",
                        "org.reviewdesk.checks..", "java.io..", "java.nio.file..")
                .check(CLASSES);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage("org.reviewdesk.store..", "org.reviewdesk.formats..",
                        "org.reviewdesk.markdown..", "org.reviewdesk.checks..", "org.reviewdesk.synth..")
                .should().dependOnClassesThat().resideInAnyPackage("org.reviewdesk.gui..", "org.reviewdesk.cli..",
                        "org.reviewdesk.service..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.reviewdesk.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.reviewdesk.gui..", "org.reviewdesk.cli..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void viewModelsHoldPropertiesNotControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..", "org.fxmisc..",
                        "atlantafx..", "javafx.stage..")
                .check(CLASSES);
    }

    @Test
    void theFrontEndsReachTheStoreOnlyThroughServices() {
        noClasses().that().resideInAnyPackage("org.reviewdesk.gui..", "org.reviewdesk.cli..")
                .or().haveFullyQualifiedName("org.reviewdesk.Main")
                .should().dependOnClassesThat().resideInAPackage("org.reviewdesk.store..")
                .check(CLASSES);
    }

    /**
     * Every package, the window's included, forms a hierarchy: a feature (queue, editor, findings, a format) reaches
     * only lower ones, and what joins two features lives where they are composed (gui.app, formats.registry,
     * checks.rules' engine) or behind an interface the lower one owns. A cycle would make neither side usable or
     * testable without the other.
     */
    @Test
    void noPackageCycles() {
        slices().matching("org.reviewdesk.(**)").should().beFreeOfCycles().check(CLASSES);
    }
}
