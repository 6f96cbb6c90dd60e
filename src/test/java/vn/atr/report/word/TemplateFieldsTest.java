package vn.atr.report.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.Victim;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;
import vn.atr.report.ReportText;
import vn.atr.service.Services;

/**
 * A template's figure fields withhold what the text and the appendix withhold: with small counts withheld, a
 * figure whose difference from the total would give a small one back reads "x", not only the small one "dưới 5".
 */
class TemplateFieldsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 14);

    @TempDir
    Path dir;

    private static ReportModel m(Services s) {
        return s.report().build(ReportPeriod.ofYear(2024), java.util.Optional.empty());
    }

    @Test
    void theComplementOfASmallVictimCountIsWithheldInTheFields() throws Exception {
        try (Services s = Services.open(dir.resolve("t.db"))) {
            TraffickingCase c = s.cases().save(new TraffickingCase(Meta.fresh("test"), "04", "HP-24-01", DAY,
                    DetectingAgency.POLICE, CaseScope.CROSS_BORDER, "Campuchia", Set.of(), CaseStatus.INVESTIGATING, 1,
                    null), "test");
            String home = m(s).agency().homeProvinceCode();
            for (int i = 1; i <= 11; i++) {
                String residence = i <= 2 ? home : "01".equals(home) ? "04" : "01";
                ReturnPath path = i == 11 ? ReturnPath.NOT_RETURNED : ReturnPath.RESCUED;
                s.cases().save(new Victim(Meta.fresh("test"), "04", c.meta().id(), "NN-" + i, Sex.FEMALE, 2001,
                        AgeBand.FROM_18_TO_30.name(), "Kinh", "Campuchia", false, residence, LegalStatus.VICTIM,
                        Set.of(ExploitationForm.FORCED_LABOUR), path, DAY, path == ReturnPath.RESCUED ? DAY : null,
                        false, null), "test");
            }
            ReportModel m = m(s);
            assertThat(m.current().summary().victimsLocal()).isEqualTo(2);
            assertThat(m.current().summary().victimsOtherProvince()).isEqualTo(9);
            assertThat(m.current().summary().victimsReturned()).isEqualTo(10);

            Map<String, String> plain = TemplateFields.values(m, ReportText.vietnamese(), ReportOptions.DEFAULT);
            assertThat(plain).containsEntry("so_nan_nhan", "11").containsEntry("so_nan_nhan_dia_phuong", "2")
                    .containsEntry("so_nan_nhan_tinh_khac", "9").containsEntry("so_nan_nhan_tro_ve", "10");

            Map<String, String> withheld = TemplateFields.values(m, ReportText.vietnamese(), new ReportOptions(true));
            assertThat(withheld).containsEntry("so_nan_nhan", "11").containsEntry("so_nan_nhan_dia_phuong", "dưới 5")
                    .containsEntry("so_nan_nhan_tinh_khac", "x").containsEntry("so_nan_nhan_tro_ve", "x");
        }
    }
}
