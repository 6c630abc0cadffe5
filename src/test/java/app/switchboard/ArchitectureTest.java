package app.switchboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of DESIGN §2. */
@AnalyzeClasses(packages = "app.switchboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyUiTouchesScenesStagesAndControlsFx = noClasses()
            .that().resideOutsideOfPackages("app.switchboard.ui..", "app.switchboard.bench..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..", "atlantafx..", "org.kordamp.ikonli..");

    @ArchTest
    static final ArchRule nothingButLauncherAndBenchDependsOnUi = noClasses()
            .that().resideOutsideOfPackages("app.switchboard.ui..", "app.switchboard.bench..")
            .and().doNotHaveFullyQualifiedName("app.switchboard.Launcher")
            .should().dependOnClassesThat().resideInAPackage("app.switchboard.ui..");

    @ArchTest
    static final ArchRule twilioDependsOnNoOtherAppPackage = classes()
            .that().resideInAPackage("app.switchboard.twilio..")
            .should().onlyDependOnClassesThat(
                    com.tngtech.archunit.base.DescribedPredicate.not(
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("app.switchboard..")
                                    .and(com.tngtech.archunit.base.DescribedPredicate.not(
                                            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                                                    "app.switchboard.twilio..")))
                                    .and(com.tngtech.archunit.base.DescribedPredicate.not(
                                            com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo(Version.class)))));

    @ArchTest
    static final ArchRule sandboxSharesNothingWithTheClient = noClasses()
            .that().resideInAPackage("app.switchboard.sandbox..")
            .should().dependOnClassesThat().resideInAPackage("app.switchboard.twilio..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule clientDoesNotUseTheSandbox = noClasses()
            .that().resideInAPackage("app.switchboard.twilio..")
            .should().dependOnClassesThat().resideInAPackage("app.switchboard.sandbox..");

    /** Icons come from the app's catalog: Ikonli's own enums build hundreds of icons on first use. */
    @ArchTest
    static final ArchRule iconsComeFromTheAppsCatalog = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.kordamp.ikonli.materialdesign2..");
}
