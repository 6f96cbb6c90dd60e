package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.AgeBand;
import vn.atr.domain.CaseScope;
import vn.atr.domain.CaseStatus;
import vn.atr.domain.DetectingAgency;
import vn.atr.domain.ExploitationForm;
import vn.atr.domain.LegalStatus;
import vn.atr.domain.Meta;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.ReturnPath;
import vn.atr.domain.Sex;
import vn.atr.domain.Tally;
import vn.atr.domain.Text;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.ValidationException;
import vn.atr.domain.Victim;
import vn.atr.store.StoreTestSupport;

/**
 * Text entered through the record services (the forms' path) is stored composed (NFC); a victim code
 * or a case code typed again another way is refused, naming it, with nothing stored; and a breakdown
 * by free text (ethnicity) counts a name typed either way, even as stored by an older version, once.
 */
class TextAsReadTest {
    private static final LocalDate DAY = LocalDate.of(2023, 3, 14);

    @TempDir
    Path dir;

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    private static Victim victim(String caseId, String code, String ethnicity) {
        return new Victim(Meta.fresh("test"), "04", caseId, code, Sex.FEMALE, 1999, AgeBand.FROM_18_TO_30.name(), ethnicity,
                null, true, "04", LegalStatus.VICTIM, Set.of(ExploitationForm.FORCED_MARRIAGE), ReturnPath.RESCUED,
                null, null, false, nfd("Ghi chú gõ tổ hợp"));
    }

    @Test
    void theKeyComparesAsPeopleRead() {
        assertThat(nfd("Mường")).isNotEqualTo("Mường");
        assertThat(Text.nfc(nfd("Mường"))).isEqualTo("Mường");
        assertThat(Text.key(nfd(" nn-mường-01 "))).isEqualTo(Text.key("NN-MƯỜNG-01"));
        assertThat(Text.same(nfd("Hmông"), "hmông")).isTrue();
        assertThat(Text.same("Mường", "Muong")).isFalse();
        assertThat(Text.same(null, null)).isTrue();
        assertThat(Text.same("A", null)).isFalse();
    }

    @Test
    void formTextIsStoredComposedAndAVictimCodeTypedAgainIsRefused() throws Exception {
        Path db = dir.resolve("f.db");
        try (Services s = Services.open(db)) {
            TraffickingCase c = s.cases().save(new TraffickingCase(Meta.fresh("test"), "04", nfd("HP-Đông-01"), DAY,
                    DetectingAgency.POLICE, CaseScope.DOMESTIC, null, Set.of(ExploitationForm.FORCED_MARRIAGE),
                    CaseStatus.INVESTIGATING, 1, nfd("Vụ việc ở xã Đông")), "test");
            Victim first = s.cases().save(victim(c.meta().id(), "NN-Mường-01", nfd("Mường")), "test");
            Activity a = s.activities().save(new Activity(Meta.fresh("test"), "04", "OUTREACH_SESSION", DAY, null,
                    nfd("Tuyên truyền ở thôn Đông"), null, List.of(), Set.of(), nfd("Người dân tộc Mường"), 30, 0, null),
                    "test");
            assertThat(StoreTestSupport.text(db, "SELECT case_code FROM trafficking_case")).isEqualTo("HP-Đông-01");
            assertThat(StoreTestSupport.text(db, "SELECT ethnicity FROM victim")).isEqualTo("Mường");
            assertThat(StoreTestSupport.text(db, "SELECT notes FROM victim")).isEqualTo("Ghi chú gõ tổ hợp");
            assertThat(StoreTestSupport.text(db, "SELECT title FROM activity WHERE id = '" + a.meta().id() + "'"))
                    .isEqualTo("Tuyên truyền ở thôn Đông");
            assertThat(first.victimCode()).isEqualTo("NN-Mường-01");

            String before = StoreTestSupport.digest(db);
            for (String again : List.of(nfd("NN-Mường-01"), " nn-mường-01", nfd("NN-MƯỜNG-01 "))) {
                assertThatThrownBy(() -> s.cases().save(victim(c.meta().id(), again, "Kinh"), "test"))
                        .isInstanceOf(ValidationException.class).hasMessageContaining("NN-Mường-01");
            }
            assertThat(StoreTestSupport.digest(db)).isEqualTo(before);
            Victim corrected = s.cases().save(new Victim(first.meta(), "04", c.meta().id(), nfd("NN-Mường-01"),
                    Sex.FEMALE, 1998, AgeBand.FROM_18_TO_30.name(), "Mường", null, true, "04", LegalStatus.VICTIM, Set.of(),
                    ReturnPath.RESCUED, null, null, false, null), "test");
            assertThat(corrected.birthYear()).as("the victim itself may keep its code").isEqualTo(1998);

            // a second case of the same code, typed another way, is refused naming the first; the case itself saves
            String cases = StoreTestSupport.digest(db);
            assertThatThrownBy(() -> s.cases().save(new TraffickingCase(Meta.fresh("test"), "04", " hp-đông-01",
                    DAY.plusDays(1), DetectingAgency.POLICE, CaseScope.DOMESTIC, null, Set.of(), CaseStatus.INVESTIGATING,
                    1, null), "test")).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("Mã vụ việc: \"HP-Đông-01\" đã có (Hải Phòng, phát hiện ngày 14/03/2023)");
            assertThat(StoreTestSupport.digest(db)).isEqualTo(cases);
            s.cases().save(new TraffickingCase(c.meta(), "04", "HP-Đông-01", DAY, DetectingAgency.POLICE,
                    CaseScope.DOMESTIC, null, Set.of(), CaseStatus.PROSECUTED, 1, null), "test");
        }
    }

    @Test
    void aNameTypedEitherWayIsOneReportRowEvenAsAnOlderVersionStoredIt() throws Exception {
        Path db = dir.resolve("r.db");
        try (Services s = Services.open(db)) {
            TraffickingCase c = s.cases().save(new TraffickingCase(Meta.fresh("test"), "04", "HP-01", DAY,
                    DetectingAgency.POLICE, CaseScope.DOMESTIC, null, Set.of(), CaseStatus.INVESTIGATING, 1, null),
                    "test");
            s.cases().save(victim(c.meta().id(), "NN-01", "Mường"), "test");
            s.cases().save(victim(c.meta().id(), "NN-02", nfd("Mường")), "test");
            s.cases().save(victim(c.meta().id(), "NN-03", "mường "), "test");
            s.cases().save(victim(c.meta().id(), "NN-04", "Kinh"), "test");
        }
        // What a version without normalisation left in the store: a decomposed name, written as typed.
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = conn.createStatement()) {
            st.executeUpdate("UPDATE victim SET ethnicity = '" + nfd("Mường") + "' WHERE victim_code = 'NN-04'");
        }
        try (Services s = Services.open(db)) {
            List<Tally> rows = s.report().build(ReportPeriod.ofYear(2023), Optional.empty()).current()
                    .victimsByEthnicity();
            assertThat(rows).singleElement().satisfies(t -> {
                assertThat(t.count()).isEqualTo(4);
                assertThat(t.label()).isEqualTo("Mường");
            });
        }
    }
}
