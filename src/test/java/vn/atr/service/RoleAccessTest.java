package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.atr.service.SecurityFixtures.ADMIN_PW;
import static vn.atr.service.SecurityFixtures.COMPILER_PW;
import static vn.atr.service.SecurityFixtures.MANAGER_PW;
import static vn.atr.service.SecurityFixtures.STAFF_PW;
import static vn.atr.service.SecurityFixtures.pw;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.ActivityFilter;
import vn.atr.domain.ReportDraft;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.access.Role;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.VictimIdentity;
import vn.atr.domain.report.Progress;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;

/** Every role against every service, at the service level (the UI may hide things; the services refuse). */
class RoleAccessTest {
    private static final ReportPeriod YEAR = ReportPeriod.ofYear(2023);
    private static final String OWN_UNIT = "305";
    private static final String OTHER_UNIT = "306";

    @TempDir
    static Path dir;
    static Path db;
    static List<String> victims;

    static String otherUnitActivity;
    static TraffickingCase otherUnitCase;

    @BeforeAll
    static void usersOfEveryRole() {
        db = dir.resolve("roles.db");
        try (Services s = Services.open(db)) {
            s.auth().createFirstAdministrator("admin", pw(ADMIN_PW));
            victims = SecurityFixtures.victimsWithIdentities(s, OWN_UNIT);
            otherUnitActivity = s.activities().save(SecurityFixtures.activity(OTHER_UNIT), "admin").meta().id();
            otherUnitCase = s.cases().save(SecurityFixtures.trafficCase(OTHER_UNIT), "admin");
            s.users().add("hoa", Role.COMPILER, null, pw(COMPILER_PW));
            s.users().add("lan", Role.MANAGER, null, pw(MANAGER_PW));
            s.users().add("minh", Role.COMMUNE_STAFF, OWN_UNIT, pw(STAFF_PW));
        }
    }

    private static void allowed(ThrowingCallable call) throws Throwable {
        call.call();
    }

    private static void refused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class).hasMessageNotContaining("Exception");
    }

    @Test
    void nobodyLoggedInIsRefusedEverything() {
        try (Services s = Services.open(db)) {
            assertThat(s.session().isLoggedIn()).isFalse();
            refused(() -> s.summary().summary(YEAR, Optional.empty()));
            refused(() -> s.report().build(YEAR, Optional.empty()));
            refused(() -> s.activities().list(ActivityFilter.of(YEAR)));
            refused(() -> s.dashboard().summaryWithPrevious(YEAR));
            refused(() -> s.identities().listAll());
            refused(() -> s.users().list());
            refused(() -> s.audit().verify());
            refused(() -> s.sample().loadHaiPhong2023());
            refused(() -> s.sample().removeHaiPhong2023());
            refused(() -> s.generator().generate(new DataGenerator.Spec(1, 1, 0, 7, 2023)));
            assertThatThrownBy(() -> s.unguardedRepositories().identities().listAll()).hasMessageContaining("mã hóa");
        }
    }

    @Test
    void managerSeesFiguresAndReportsButNeverIdentifiers() throws Throwable {
        try (Services s = Services.open(db)) {
            s.auth().login("lan", pw(MANAGER_PW));
            allowed(() -> s.summary().summary(YEAR, Optional.of(OTHER_UNIT)));
            ReportModel model = s.report().build(YEAR, Optional.empty());
            allowed(() -> s.report().exportXlsx(model, dir.resolve("lan.xlsx"), ReportOptions.DEFAULT, Progress.NONE));
            allowed(() -> s.report().drafts().get(YEAR));
            refused(() -> s.report().drafts().save(ReportDraft.empty(YEAR)));
            refused(() -> s.identities().find(victims.get(0)));
            refused(() -> s.identities().listAll());
            refused(() -> s.identities().save(new VictimIdentity(victims.get(0), "X", null, null, null)));
            assertThat(s.session().mayReadIdentifiers()).isFalse();
            assertThat(s.session().mayExportIdentifiers()).isFalse();
            // no key in the session either: the store itself cannot decrypt for a manager
            assertThatThrownBy(() -> s.unguardedRepositories().identities().listAll()).hasMessageContaining("mã hóa");
            refused(() -> s.users().list());
            refused(() -> s.audit().list(null, null, 10));
            refused(() -> s.sample().loadHaiPhong2023());
            refused(() -> s.sample().removeHaiPhong2023());
            refused(() -> s.generator().generate(new DataGenerator.Spec(1, 1, 0, 7, 2023)));
            allowed(() -> s.activities().list(ActivityFilter.of(YEAR)));
            allowed(() -> s.activities().find(otherUnitActivity));
            refused(() -> s.activities().save(SecurityFixtures.activity(OWN_UNIT), "lan"));
            refused(() -> s.activities().delete(otherUnitActivity, "lan"));
            allowed(() -> s.dashboard().summaryWithPrevious(YEAR));
            refused(() -> s.reference().saveAgency(s.reference().agency()));
            refused(() -> s.auth().setIdleLockAfter(java.time.Duration.ofMinutes(60)));
            assertThat(s.cases().cases(YEAR)).extracting(TraffickingCase::unitCode).contains(OWN_UNIT, OTHER_UNIT);
            refused(() -> s.cases().save(SecurityFixtures.trafficCase(OWN_UNIT), "lan"));
            allowed(() -> s.metrics().metrics(YEAR));
        }
    }

    @Test
    void communeStaffOnlyTheirUnitAndNoIdentifiers() throws Throwable {
        try (Services s = Services.open(db)) {
            s.auth().login("minh", pw(STAFF_PW));
            assertThat(s.summary().summary(YEAR, Optional.empty()).victims()).isEqualTo(3); // defaults to own unit
            allowed(() -> s.report().build(YEAR, Optional.of(OWN_UNIT)));
            refused(() -> s.summary().summary(YEAR, Optional.of(OTHER_UNIT)));
            refused(() -> s.summary().summary(YEAR, Optional.of("04"))); // the whole city is above their unit
            refused(() -> s.report().build(YEAR, Optional.of(OTHER_UNIT)));
            refused(() -> s.report().drafts().save(ReportDraft.empty(YEAR)));
            refused(() -> s.report().drafts().get(YEAR)); // the city's narrative
            refused(() -> s.identities().find(victims.get(0)));
            refused(() -> s.identities().listAll());
            refused(() -> s.users().list());
            refused(() -> s.audit().verify());
            refused(() -> s.sample().loadHaiPhong2023());
            refused(() -> s.sample().removeHaiPhong2023());
            assertThat(s.activities().list(ActivityFilter.of(YEAR))).isEmpty(); // own unit only: none there yet
            var own = s.activities().save(SecurityFixtures.activity(OWN_UNIT), "someone-else");
            assertThat(own.meta().updatedBy()).isEqualTo("minh"); // the session's user, whatever the caller says
            assertThat(s.activities().list(ActivityFilter.of(YEAR))).hasSize(1);
            refused(() -> s.activities().find(otherUnitActivity));
            refused(() -> s.activities().save(SecurityFixtures.activity(OTHER_UNIT), "minh"));
            refused(() -> s.activities().delete(otherUnitActivity, "minh"));
            refused(() -> s.activities().list(new ActivityFilter(null, null, null, OTHER_UNIT, null, 10)));
            assertThat(s.dashboard().summaryWithPrevious(YEAR).get(0).victims()).isEqualTo(3);
            refused(() -> s.reference().saveAgency(s.reference().agency()));
            s.activities().delete(own.meta().id(), "minh");
            // cases, victims, support, metrics: only their unit's, and a forged copy does not reach another unit's record
            assertThat(s.cases().cases(YEAR)).extracting(TraffickingCase::unitCode).containsOnly(OWN_UNIT);
            refused(() -> s.cases().save(SecurityFixtures.trafficCase(OTHER_UNIT), "minh"));
            TraffickingCase forged = new TraffickingCase(otherUnitCase.meta(), OWN_UNIT, "X", YEAR.from(),
                    otherUnitCase.detectingAgency(), otherUnitCase.scope(), null, otherUnitCase.exploitationForms(),
                    otherUnitCase.status(), 0, null);
            refused(() -> s.cases().save(forged, "minh"));
            refused(() -> s.cases().deleteCase(forged, "minh"));
            TraffickingCase mine = s.cases().save(SecurityFixtures.trafficCase(OWN_UNIT), "someone-else");
            assertThat(mine.meta().updatedBy()).isEqualTo("minh");
            s.cases().deleteCase(mine, "minh");
            allowed(() -> s.metrics().metrics(YEAR));
            assertThat(s.session().mayTouchUnit(OWN_UNIT)).isTrue();
            assertThat(s.session().mayTouchUnit(OTHER_UNIT)).isFalse();
        }
    }

    @Test
    void compilerReadsIdentifiersAndReportsButDoesNotManageUsers() throws Throwable {
        try (Services s = Services.open(db)) {
            s.auth().login("hoa", pw(COMPILER_PW));
            assertThat(s.identities().listAll()).hasSize(3);
            assertThat(s.identities().find(victims.get(1))).get().extracting(VictimIdentity::idNumber)
                    .isEqualTo(SecurityFixtures.SECRETS.get(5));
            assertThat(s.session().mayExportIdentifiers()).isTrue();
            allowed(() -> s.summary().summary(YEAR, Optional.of(OTHER_UNIT)));
            allowed(() -> s.report().drafts().get(YEAR));
            refused(() -> s.users().list());
            refused(() -> s.users().add("x", Role.MANAGER, null, "long-enough-pw".toCharArray()));
            refused(() -> s.users().disable("lan"));
            refused(() -> s.users().changePassword("lan", "long-enough-pw".toCharArray()));
            refused(() -> s.audit().verify());
            assertThat(s.generator().generate(new DataGenerator.Spec(1, 5, 1, 7, 2023)).activities()).isEqualTo(5);
            allowed(() -> s.activities().find(otherUnitActivity));
            refused(() -> s.reference().saveAgency(s.reference().agency()));
        }
    }

    @Test
    void administratorMayDoEverything() throws Throwable {
        try (Services s = Services.open(db)) {
            s.auth().login("admin", pw(ADMIN_PW));
            assertThat(s.users().list()).extracting(u -> u.name()).contains("admin", "hoa", "lan", "minh");
            assertThat(s.audit().verify().intact()).isTrue();
            assertThat(s.identities().listAll()).hasSize(3);
            allowed(() -> s.summary().summary(YEAR, Optional.empty()));
            allowed(() -> s.report().build(YEAR, Optional.empty()));
            allowed(() -> s.reference().saveAgency(s.reference().agency()));
            allowed(() -> s.dashboard().activitiesByUnit(YEAR));
            s.auth().setIdleLockAfter(java.time.Duration.ofMinutes(5));
            assertThat(s.auth().idleLockAfter()).isEqualTo(java.time.Duration.ofMinutes(5));
            assertThatThrownBy(() -> s.auth().setIdleLockAfter(java.time.Duration.ZERO)).hasMessageContaining("240");
            assertThat(s.audit().list("admin", "login", 5)).isNotEmpty();
        }
    }
}
