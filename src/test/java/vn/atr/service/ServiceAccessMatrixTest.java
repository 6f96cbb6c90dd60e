package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.service.SecurityFixtures.ADMIN_PW;
import static vn.atr.service.SecurityFixtures.COMPILER_PW;
import static vn.atr.service.SecurityFixtures.MANAGER_PW;
import static vn.atr.service.SecurityFixtures.STAFF_PW;
import static vn.atr.service.SecurityFixtures.pw;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.atr.domain.ActivityFilter;
import vn.atr.domain.ReportDraft;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.access.Role;
import vn.atr.domain.VictimIdentity;
import vn.atr.domain.report.Progress;
import vn.atr.domain.report.ReportOptions;

/**
 * The role x service table (ADR 0050): every public operation of every service, run as nobody and
 * as each role, must be allowed or refused exactly as the table says. A refusal is an
 * {@link AccessDeniedException}; an allowed call may fail for another reason only if the table says
 * so (none here). Adding a service operation means adding a row.
 */
class ServiceAccessMatrixTest {
    private static final ReportPeriod YEAR = ReportPeriod.ofYear(2023);
    private static final String OWN_UNIT = "305";
    private static final String OTHER_UNIT = "306";

    /** Who is asking: nobody logged in, or a user of each role. */
    enum Who {
        NOBODY(null, null), STAFF("minh", STAFF_PW), MANAGER("lan", MANAGER_PW), COMPILER("hoa", COMPILER_PW),
        ADMIN("admin", ADMIN_PW);

        final String user;
        final char[] password;

        Who(String user, char[] password) {
            this.user = user;
            this.password = password;
        }
    }

    private interface Call {
        void run(Services s, Who who) throws Exception;
    }

    private record Row(String operation, Set<Who> allowed, Call call) {
    }

    private static final Set<Who> ANY_USER = EnumSet.of(Who.STAFF, Who.MANAGER, Who.COMPILER, Who.ADMIN);
    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> WRITERS = EnumSet.of(Who.STAFF, Who.COMPILER, Who.ADMIN);
    private static final Set<Who> ALL_UNITS = EnumSet.of(Who.MANAGER, Who.COMPILER, Who.ADMIN);
    private static final Set<Who> KEY_HOLDERS = EnumSet.of(Who.COMPILER, Who.ADMIN);
    private static final Set<Who> ADMIN = EnumSet.of(Who.ADMIN);

    @TempDir
    static Path dir;
    static Path db;
    static List<String> victims;
    static String otherUnitActivity;
    static Path pkg;
    static Path workbook;

    @BeforeAll
    static void usersOfEveryRole() {
        db = dir.resolve("matrix.db");
        try (Services s = Services.open(db)) {
            s.auth().createFirstAdministrator("admin", pw(ADMIN_PW));
            victims = SecurityFixtures.victimsWithIdentities(s, OWN_UNIT);
            otherUnitActivity = s.activities().save(SecurityFixtures.activity(OTHER_UNIT), "admin").meta().id();
            s.users().add("hoa", Role.COMPILER, null, pw(COMPILER_PW));
            s.users().add("lan", Role.MANAGER, null, pw(MANAGER_PW));
            s.users().add("minh", Role.COMMUNE_STAFF, OWN_UNIT, pw(STAFF_PW));
            s.users().add("old", Role.MANAGER, null, pw(MANAGER_PW));
            pkg = dir.resolve("own-unit.atrpkg");
            s.exchange().export(OWN_UNIT, YEAR, pkg, null);
            workbook = dir.resolve("template.xlsx");
            s.xlsx().writeWorkbook(workbook, java.util.Map.of());
        }
    }

    private static List<Row> table() {
        return List.of(
                // figures, reports, dashboards: every user; another unit only for roles that see all units
                new Row("summary.summary(own unit)", ANY_USER, (s, w) -> s.summary().summary(YEAR, Optional.empty())),
                new Row("summary.summary(other unit)", ALL_UNITS,
                        (s, w) -> s.summary().summary(YEAR, Optional.of(OTHER_UNIT))),
                new Row("report.build", ANY_USER, (s, w) -> s.report().build(YEAR, Optional.empty())),
                new Row("report.build(other unit)", ALL_UNITS, (s, w) -> s.report().build(YEAR, Optional.of(OTHER_UNIT))),
                new Row("report.exportDocx (no identifiers in any report)", ANY_USER,
                        (s, w) -> s.report().exportDocx(s.report().build(YEAR, Optional.empty()),
                                dir.resolve(w + ".docx"), ReportOptions.DEFAULT, Progress.NONE)),
                // the draft is the city's narrative: not for commune staff
                new Row("report.drafts.get", ALL_UNITS, (s, w) -> s.report().drafts().get(YEAR)),
                new Row("report.drafts.save", KEY_HOLDERS,
                        (s, w) -> s.report().drafts().save(s.report().drafts().get(YEAR))),
                new Row("report.drafts.exportText", ALL_UNITS, (s, w) -> s.report().drafts().exportText(YEAR)),
                new Row("report.draftText", ALL_UNITS, (s, w) -> s.report().draftText(YEAR)),
                new Row("report.draftedSections", ALL_UNITS, (s, w) -> s.report().draftedSections(YEAR)),
                new Row("report.submit+reopen", KEY_HOLDERS, (s, w) -> {
                    s.report().submit(YEAR);
                    s.report().reopen(YEAR);
                }),
                new Row("dashboard.summaryWithPrevious", ANY_USER, (s, w) -> s.dashboard().summaryWithPrevious(YEAR)),
                new Row("dashboard.activitiesByUnit", ANY_USER, (s, w) -> s.dashboard().activitiesByUnit(YEAR)),
                new Row("dashboard.victimsBySex", ANY_USER, (s, w) -> s.dashboard().victimsBySex(YEAR)),
                // records
                new Row("activities.list", ANY_USER, (s, w) -> s.activities().list(ActivityFilter.of(YEAR))),
                new Row("activities.find(other unit)", ALL_UNITS, (s, w) -> s.activities().find(otherUnitActivity)),
                new Row("activities.save+delete(own unit)", WRITERS, (s, w) -> s.activities()
                        .delete(s.activities().save(SecurityFixtures.activity(OWN_UNIT), "x").meta().id(), "x")),
                new Row("activities.save(other unit)", KEY_HOLDERS,
                        (s, w) -> s.activities().save(SecurityFixtures.activity(OTHER_UNIT), "x")),
                new Row("cases.cases", ANY_USER, (s, w) -> s.cases().cases(YEAR)),
                new Row("cases.save+deleteCase(own unit)", WRITERS, (s, w) -> s.cases()
                        .deleteCase(s.cases().save(SecurityFixtures.trafficCase(OWN_UNIT), "x"), "x")),
                new Row("metrics.metrics", ANY_USER, (s, w) -> s.metrics().metrics(YEAR)),
                // identifiers: only the roles that hold the data key
                new Row("identities.listAll", KEY_HOLDERS, (s, w) -> s.identities().listAll()),
                new Row("identities.find", KEY_HOLDERS, (s, w) -> s.identities().find(victims.get(0))),
                new Row("identities.save", KEY_HOLDERS, (s, w) -> s.identities()
                        .save(new VictimIdentity(victims.get(2), "Lò Thị Mây", "001188776655", null, null))),
                // data loads
                new Row("generator.generate", KEY_HOLDERS,
                        (s, w) -> s.generator().generate(new DataGenerator.Spec(1, 2, 0, 7 + w.ordinal(), 2023))),
                // reference data: everyone reads (the login and first-run screens need it), the administrator edits
                new Row("reference.units", EVERYONE, (s, w) -> s.reference().units()),
                new Row("reference.unitNames", EVERYONE, (s, w) -> s.reference().unitNames()),
                new Row("reference.agency", EVERYONE, (s, w) -> s.reference().agency()),
                new Row("reference.saveAgency", ADMIN, (s, w) -> s.reference().saveAgency(s.reference().agency())),
                new Row("reference.saveUnit", ADMIN,
                        (s, w) -> s.reference().saveUnit(s.reference().unit(OWN_UNIT).orElseThrow())),
                new Row("reference.saveOrganisation", ADMIN,
                        (s, w) -> s.reference().saveOrganisation(s.reference().organisations().get(0))),
                // users, audit, session settings
                new Row("users.list", ADMIN, (s, w) -> s.users().list()),
                new Row("users.add", ADMIN,
                        (s, w) -> s.users().add("u-" + w.name().toLowerCase(), Role.MANAGER, null, pw(MANAGER_PW))),
                new Row("users.disable", ADMIN, (s, w) -> s.users().disable("old")),
                new Row("users.enable", ADMIN, (s, w) -> s.users().enable("old")),
                new Row("users.needingConfirmation", ADMIN, (s, w) -> s.users().needingConfirmation()),
                new Row("users.confirm", ADMIN, (s, w) -> s.users().confirm("old")),
                new Row("users.changePassword(someone else)", ADMIN,
                        (s, w) -> s.users().changePassword("old", pw(MANAGER_PW))),
                new Row("users.changePassword(own)", ANY_USER,
                        (s, w) -> s.users().changePassword(w.user == null ? "nobody" : w.user, pw(w.password == null
                                ? MANAGER_PW : w.password))),
                new Row("audit.list", ADMIN, (s, w) -> s.audit().list(null, null, 10)),
                new Row("audit.verify", ADMIN, (s, w) -> s.audit().verify()),
                new Row("audit.check", ADMIN, (s, w) -> s.audit().check(null)),
                new Row("audit.head (a hash only)", EVERYONE, (s, w) -> s.audit().head()),
                new Row("auth.setIdleLockAfter", ADMIN, (s, w) -> s.auth().setIdleLockAfter(Duration.ofMinutes(10))),
                // backups: the administrator's; the automatic one is made for any logged-in user
                new Row("backup.backupTo", ADMIN, (s, w) -> s.backup().backupTo(dir.resolve(w + "-b.db"), null)),
                new Row("backup.autoBackup", ANY_USER, (s, w) -> s.backup().autoBackup()),
                // exchange: packages and workbooks (guards by the exchange helper)
                new Row("exchange.export(own unit, no identifiers)", ANY_USER,
                        (s, w) -> s.exchange().export(OWN_UNIT, YEAR, dir.resolve(w + "-own.atrpkg"), null)),
                new Row("exchange.export(other unit)", ALL_UNITS,
                        (s, w) -> s.exchange().export(OTHER_UNIT, YEAR, dir.resolve(w + "-other.atrpkg"), null)),
                new Row("exchange.export(with identifiers, encrypted)", KEY_HOLDERS,
                        (s, w) -> s.exchange().export(OWN_UNIT, YEAR, dir.resolve(w + "-ids.atrpkg"),
                                "mat-khau-goi-2026".toCharArray(), true)),
                new Row("exchange.plan", KEY_HOLDERS, (s, w) -> s.exchange().plan(pkg, null)),
                new Row("exchange.likelyDuplicates", WRITERS,
                        (s, w) -> s.exchange().likelyDuplicates(SecurityFixtures.trafficCase(OWN_UNIT))),
                new Row("exchange.lookalikesOnEntry(case)", WRITERS,
                        (s, w) -> s.exchange().lookalikesOnEntry(SecurityFixtures.trafficCase(OWN_UNIT))),
                new Row("conflicts.list", KEY_HOLDERS, (s, w) -> s.conflicts().list()),
                new Row("xlsx.writeWorkbook", ANY_USER,
                        (s, w) -> s.xlsx().writeWorkbook(dir.resolve(w + ".xlsx"), java.util.Map.of())),
                new Row("xlsx.importFile(dry run)", WRITERS, (s, w) -> s.xlsx().importFile(workbook, true, false)),
                // the repositories skip the guards: refused to everyone once the store has users
                new Row("repositories()", Set.of(), (s, w) -> s.repositories()));
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void everyOperationIsAllowedOrRefusedAsTheTableSays(Who who) {
        List<String> wrong = new ArrayList<>();
        try (Services s = Services.open(db)) {
            if (who.user != null) {
                s.auth().login(who.user, pw(who.password));
            }
            for (Row row : table()) {
                boolean expected = row.allowed().contains(who);
                String outcome;
                try {
                    row.call().run(s, who);
                    outcome = expected ? null : "allowed, should be refused";
                } catch (AccessDeniedException refused) {
                    outcome = expected ? "refused: " + refused.getMessage() : null;
                } catch (Exception other) {
                    outcome = "failed: " + other;
                }
                if (outcome != null) {
                    wrong.add(row.operation() + " as " + who + ": " + outcome);
                }
            }
        }
        assertThat(wrong).as("operations not allowed/refused as the table says").isEmpty();
    }

    @Test
    void theManagerExportsReportsButNeverIdentifiers() {
        try (Services s = Services.open(db)) {
            s.auth().login("lan", pw(MANAGER_PW));
            assertThat(s.session().has(vn.atr.domain.access.Permission.EXPORT)).isTrue();
            assertThat(s.session().mayExportIdentifiers()).isFalse();
            assertThat(s.session().mayReadIdentifiers()).isFalse();
        }
    }
}
