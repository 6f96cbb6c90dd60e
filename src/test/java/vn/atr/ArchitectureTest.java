package vn.atr;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/** The layer directions of docs/architecture.md: ui, cli (-> bench) -> service -> store, report, format, security -> domain. */
@AnalyzeClasses(packages = "vn.atr", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Entry").definedBy("vn.atr")
            .layer("UI").definedBy("vn.atr.ui..")
            .layer("CLI").definedBy("vn.atr.cli..")
            .layer("Bench").definedBy("vn.atr.bench..")
            .layer("Service").definedBy("vn.atr.service..")
            .layer("Store").definedBy("vn.atr.store..")
            .layer("Report").definedBy("vn.atr.report..")
            .layer("Format").definedBy("vn.atr.format..")
            .layer("Security").definedBy("vn.atr.security..")
            .layer("Domain").definedBy("vn.atr.domain..")
            .whereLayer("Entry").mayNotBeAccessedByAnyLayer()
            .whereLayer("UI").mayOnlyBeAccessedByLayers("Entry", "Bench")
            .whereLayer("CLI").mayOnlyBeAccessedByLayers("Entry", "UI")
            .whereLayer("Bench").mayOnlyBeAccessedByLayers("CLI")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("UI", "CLI", "Bench")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Service", "Bench")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("Service", "Bench")
            .whereLayer("Format").mayOnlyBeAccessedByLayers("Service", "Store", "Bench")
            .whereLayer("Security").mayOnlyBeAccessedByLayers("Service", "Store", "Format", "Bench")
            .because("the UI and the command line share the use cases in service, and only service starts"
                    + " transactions and combines store, report, format and security; benchmarks sit beside"
                    + " the product and only the command line starts them (docs/architecture.md)");

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
    static final ArchRule officeFilesOnlyInReportAndFormat = noClasses().that()
            .resideOutsideOfPackages("vn.atr.report..", "vn.atr.format..", "vn.atr.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..")
            .because("documents are written by report and spreadsheets read by format; other layers pass models"
                    + " (bench holds the bare-POI floor the report is measured against)");

    @ArchTest
    static final ArchRule chartsOnlyInReportAndTheViewer = noClasses().that()
            .resideOutsideOfPackages("vn.atr.report..", "vn.atr.ui..", "vn.atr.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jfree..")
            .because("charts are drawn by report (images) and shown by the UI's chart viewer only");

    @ArchTest
    static final ArchRule servicesDoNotTouchTheFxThread = noClasses().that()
            .resideOutsideOfPackages("vn.atr.ui..", "vn.atr", "vn.atr.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("services run in background tasks and headless commands; only the UI knows JavaFX");

    @ArchTest
    static final ArchRule windowAndCommandLineGoThroughTheGuards = noClasses().that()
            .resideInAnyPackage("vn.atr.ui..", "vn.atr.cli..")
            .should().callMethod(vn.atr.service.Services.class, "repositories")
            .because("the repositories skip the session guard; they are for benchmarks and tests (ADR 0050)");

    /** One slice per screen package of the window: vn.atr.ui.X for every X but the shell and the shared parts. */
    static final SliceAssignment SCREENS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            if (!p.startsWith("vn.atr.ui.")) {
                return SliceIdentifier.ignore();
            }
            String screen = p.substring("vn.atr.ui.".length()).split("\\.")[0];
            return screen.equals("shell") || screen.equals("common") ? SliceIdentifier.ignore()
                    : SliceIdentifier.of(screen);
        }

        @Override
        public String getDescription() {
            return "the screen packages of vn.atr.ui (not shell, not common)";
        }
    };

    @ArchTest
    static final ArchRule screensAreFreeOfCycles = slices().assignedFrom(SCREENS).should().beFreeOfCycles()
            .because("a screen is one folder that can be added, changed or removed on its own (ADR 0024)");

    @ArchTest
    static final ArchRule commonImportsNoScreenAndNotTheShell = noClasses().that().resideInAPackage("vn.atr.ui.common..")
            .should().dependOnClassesThat(resideInAPackage("vn.atr.ui..")
                    .and(com.tngtech.archunit.base.DescribedPredicate.not(resideInAPackage("vn.atr.ui.common.."))))
            .because("the shared parts are used by every screen and by the shell; importing either would tie them"
                    + " in a cycle (they reach the shell through the Host and Tasks interfaces, ADR 0024)");

    @ArchTest
    static final ArchRule screensDoNotImportEachOther = slices().assignedFrom(SCREENS).should().notDependOnEachOther()
            .ignoreDependency(resideInAPackage("vn.atr.ui.report.."), resideInAPackage("vn.atr.ui.dashboard.."))
            .ignoreDependency(resideInAPackage("vn.atr.ui.backup.."), resideInAPackage("vn.atr.ui.login.."))
            .because("screens meet through the shell's navigator and ui.common's interfaces (the dashboard opens"
                    + " the activity list as an ActivityListFilter); two known exceptions, ADR 0024: the report"
                    + " screen shows the dashboard's list of key figures, and a restore asks for a login when the"
                    + " restored store has users");
    /*
     * Format may use security (the layers above allow it): packages and backups are encrypted with the one
     * password-based cipher of security rather than a copy of their own.
     */

    @ArchTest
    static final ArchRule onlyTheCommandLineStartsBenchmarks = noClasses().that()
            .resideOutsideOfPackages("vn.atr.cli..", "vn.atr.bench..")
            .should().dependOnClassesThat().resideInAPackage("vn.atr.bench..")
            .because("benchmarks and their floor writers are tools beside the product: the window, the services and"
                    + " the writers never call them, and only `atr bench` starts them (docs/architecture.md)");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses().that()
            .resideOutsideOfPackages("vn.atr.cli..", "vn.atr.bench..")
            .and().doNotHaveFullyQualifiedName("vn.atr.ui.shell.StartupProbe")
            .should(ACCESS_STANDARD_STREAMS)
            .because("the window reports through its dialogs and the log, services through exceptions and results;"
                    + " only commands and benchmarks write to a terminal. StartupProbe prints the start-up timings"
                    + " the UI benchmark reads from its child process, and only when that benchmark asks (ADR 0061)");
}
