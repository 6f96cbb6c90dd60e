package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.atr.service.SecurityFixtures.ADMIN_PW;
import static vn.atr.service.SecurityFixtures.DAY;
import static vn.atr.service.SecurityFixtures.STAFF_PW;
import static vn.atr.service.SecurityFixtures.pw;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.AgeBand;
import vn.atr.domain.ExploitationForm;
import vn.atr.domain.LegalStatus;
import vn.atr.domain.Meta;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.ReturnPath;
import vn.atr.domain.Sex;
import vn.atr.domain.SupportService;
import vn.atr.domain.SupportType;
import vn.atr.domain.Victim;
import vn.atr.domain.access.Role;
import vn.atr.store.StoreTestSupport;

/**
 * Commune staff write only into their own unit, whatever the record below says about itself: a victim
 * of their unit under another unit's case, or support of their unit for another unit's victim, is
 * refused exactly like one under a record that does not exist; and they do not read the city's draft.
 */
class CommuneParentScopeTest {
    @TempDir
    Path dir;

    private static Victim victimUnder(String caseId) {
        return new Victim(Meta.fresh("minh"), "305", caseId, "NN-305", Sex.FEMALE, 2001, AgeBand.FROM_18_TO_30.name(), "Kinh",
                "Trung Quốc", false, "04", LegalStatus.VICTIM, Set.of(ExploitationForm.FORCED_MARRIAGE),
                ReturnPath.HANDED_OVER, DAY, DAY.plusDays(3), true, null);
    }

    private static SupportService supportFor(String victimId) {
        return new SupportService(Meta.fresh("minh"), "305", victimId, SupportType.values()[0], DAY.plusDays(5),
                "Hội Phụ nữ", 500_000, null);
    }

    @Test
    void recordsBelowAnotherUnitsCaseOrVictimAreRefusedLikeMissingOnes() throws Exception {
        Path db = dir.resolve("atr.db");
        List<String> otherVictims;
        String otherCase;
        try (Services s = Services.open(db)) {
            s.auth().createFirstAdministrator("admin", pw(ADMIN_PW));
            otherVictims = SecurityFixtures.victimsWithIdentities(s, "306");
            otherCase = s.unguardedRepositories().victims().find(otherVictims.get(0)).orElseThrow().caseId();
            s.users().add("minh", Role.COMMUNE_STAFF, "305", pw(STAFF_PW));
        }
        String before = StoreTestSupport.recordsDigest(db);
        try (Services s = Services.open(db)) {
            s.auth().login("minh", pw(STAFF_PW));
            String otherUnit = refusal(() -> s.cases().save(victimUnder(otherCase), "minh"));
            String missing = refusal(() -> s.cases().save(victimUnder("01HZZZZZZZZZZZZZZZZZZZZZZZ"), "minh"));
            assertThat(otherUnit).contains(otherCase).contains("không thuộc đơn vị của mình hoặc không tồn tại");
            assertThat(otherUnit.replace(otherCase, "ID")).isEqualTo(missing.replace("01HZZZZZZZZZZZZZZZZZZZZZZZ", "ID"));
            assertThat(refusal(() -> s.cases().save(supportFor(otherVictims.get(0)), "minh")))
                    .contains(otherVictims.get(0));
        }
        assertThat(StoreTestSupport.recordsDigest(db)).isEqualTo(before);
    }

    /** A commune officer's new record starts in their own unit, and the forms offer only the units they may use. */
    @Test
    void aCommuneOfficersFormsStartInTheirUnitAndOfferOnlyTheUnitsTheyMayUse() {
        Path db = dir.resolve("units.db");
        try (Services s = Services.open(db)) {
            s.auth().createFirstAdministrator("admin", pw(ADMIN_PW));
            s.users().add("minh", Role.COMMUNE_STAFF, "10305012", pw(STAFF_PW));
            assertThat(s.reference().defaultEntryUnit()).as("the administrator: the store's unit")
                    .isEqualTo(s.reference().agency().installationUnitCode());
            assertThat(s.reference().entryUnits()).hasSizeGreaterThan(10);
        }
        try (Services s = Services.open(db)) {
            s.auth().login("minh", pw(STAFF_PW));
            assertThat(s.reference().defaultEntryUnit()).isEqualTo("10305012");
            assertThat(s.reference().entryUnits()).extracting(vn.atr.domain.AdminUnit::code).containsExactly("10305012");
        }
    }

    @Test
    void communeStaffDoNotReadTheCitysDraftButGetTheirUnitsReport() {
        Path db = dir.resolve("draft.db");
        ReportPeriod year = ReportPeriod.ofYear(2023);
        try (Services s = Services.open(db)) {
            s.auth().createFirstAdministrator("admin", pw(ADMIN_PW));
            s.report().drafts().importText(year, "number = 05/BC-SLĐTBXH\n\n[situation]\nTình hình toàn thành phố.\n");
            s.users().add("minh", Role.COMMUNE_STAFF, "305", pw(STAFF_PW));
        }
        try (Services s = Services.open(db)) {
            s.auth().login("minh", pw(STAFF_PW));
            assertThatThrownBy(() -> s.report().drafts().get(year)).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("minh");
            assertThatThrownBy(() -> s.report().drafts().exportText(year)).isInstanceOf(AccessDeniedException.class);
            var model = s.report().build(year, Optional.empty());
            // only what is drafted from the data (the legal basis of the period), none of the city's own text
            assertThat(model.draft().sections()).containsOnlyKeys(vn.atr.domain.ReportDraft.Section.LEGAL_BASIS);
            assertThat(model.draft().sections().values()).noneMatch(t -> t.contains("Tình hình toàn thành phố"));
            assertThat(model.draft().number()).isNull();
        }
    }

    private static String refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(t).isInstanceOf(AccessDeniedException.class);
        return t.getMessage();
    }
}
