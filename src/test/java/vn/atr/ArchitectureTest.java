package vn.atr;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer directions of DESIGN.md section 2: ui, cli -> service -> store, report, exchange, security -> domain. */
@AnalyzeClasses(packages = "vn.atr", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Entry").definedBy("vn.atr")
            .layer("UI").definedBy("vn.atr.ui..")
            .layer("CLI").definedBy("vn.atr.cli..")
            .layer("Service").definedBy("vn.atr.service..")
            .layer("Store").definedBy("vn.atr.store..")
            .layer("Report").definedBy("vn.atr.report..")
            .layer("Exchange").definedBy("vn.atr.exchange..")
            .layer("Security").definedBy("vn.atr.security..")
            .layer("Domain").definedBy("vn.atr.domain..")
            .whereLayer("Entry").mayNotBeAccessedByAnyLayer()
            .whereLayer("UI").mayOnlyBeAccessedByLayers("Entry")
            .whereLayer("CLI").mayOnlyBeAccessedByLayers("Entry", "UI")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("UI", "CLI")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Exchange").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Security").mayOnlyBeAccessedByLayers("Service", "Store")
            .because("the UI and the command line share the use cases in service, and only service starts"
                    + " transactions and combines store, report, exchange and security (DESIGN.md section 2)");

    @ArchTest
    static final ArchRule domainIsPureJava = noClasses().that().resideInAPackage("vn.atr.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.apache.poi..",
                    "org.jfree..", "org.sqlite..", "org.flywaydb..", "picocli..", "com.fasterxml..")
            .because("the domain (records, enums, validation) must be testable and reusable without any framework");

    @ArchTest
    static final ArchRule onlyStoreUsesSql = noClasses().that().resideOutsideOfPackage("vn.atr.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..")
            .because("the store is the one place that knows SQL, so schema changes touch one layer");

    @ArchTest
    static final ArchRule officeFilesOnlyInReportAndExchange = noClasses().that()
            .resideOutsideOfPackages("vn.atr.report..", "vn.atr.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..")
            .because("documents are written by report and spreadsheets read by exchange; other layers pass models");

    @ArchTest
    static final ArchRule chartsOnlyInReportAndTheViewer = noClasses().that()
            .resideOutsideOfPackages("vn.atr.report..", "vn.atr.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jfree..")
            .because("charts are drawn by report (images) and shown by the UI's chart viewer only");

    @ArchTest
    static final ArchRule servicesDoNotTouchTheFxThread = noClasses().that()
            .resideOutsideOfPackages("vn.atr.ui..", "vn.atr")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("services run in background tasks and headless commands; only the UI knows JavaFX");

    @ArchTest
    static final ArchRule windowAndCommandLineGoThroughTheGuards = noClasses().that()
            .resideInAnyPackage("vn.atr.ui..", "vn.atr.cli..")
            .should().callMethod(vn.atr.service.Services.class, "repositories")
            .because("the repositories skip the session guard; they are for benchmarks and tests (ADR 0050)");
}
