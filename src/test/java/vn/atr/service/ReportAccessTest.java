package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.ReportDraft;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.access.Role;
import vn.atr.domain.report.ReportModel;
import vn.atr.store.StoreTestSupport;

/** The report and its draft follow the session's permissions and unit scope, and drafts are audited. */
class ReportAccessTest {
    private static final ReportPeriod Y2023 = ReportPeriod.ofYear(2023);

    @TempDir
    Path dir;

    @Test
    void communeStaffGetTheirOwnUnitAndNothingElse() throws Exception {
        Path file = dir.resolve("s.db");
        try (Services s = Services.open(file)) {
            s.sample().loadHaiPhong2023();
            s.auth().createFirstAdministrator("admin", SecurityFixtures.pw(SecurityFixtures.ADMIN_PW));
            s.users().add("xa311", Role.COMMUNE_STAFF, "311", SecurityFixtures.pw(SecurityFixtures.STAFF_PW));
            ReportDraft empty = ReportDraft.empty(Y2023); // saved over the sample's own draft, at its version
            s.report().drafts().save(new ReportDraft(Y2023, empty.number(), empty.date(), empty.signerTitle(),
                    empty.signerName(), empty.recipients(), empty.sections(), empty.status(),
                    s.report().drafts().get(Y2023).version()));
            s.auth().logout();
            assertThatThrownBy(() -> s.report().build(Y2023, Optional.empty()))
                    .isInstanceOf(AccessDeniedException.class);
            s.auth().login("xa311", SecurityFixtures.pw(SecurityFixtures.STAFF_PW));
            ReportModel own = s.report().build(Y2023, Optional.empty());
            assertThat(own.unitName()).contains("Huyện Thủy Nguyên");
            assertThat(own.current().summary().cases()).isEqualTo(1);
            assertThatThrownBy(() -> s.report().build(Y2023, Optional.of("305")))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(StoreTestSupport.count(file,
                "SELECT count(*) FROM audit_log WHERE action = 'report.draft' AND user_name = 'admin'")).isEqualTo(1);
    }
}
