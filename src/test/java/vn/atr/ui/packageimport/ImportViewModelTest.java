package vn.atr.ui.packageimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.atr.domain.ReportPeriod;
import vn.atr.service.Services;
import vn.atr.ui.ViewModelFixture;

/** The import screen on one real package from another store: verify (nothing written), then apply. */
class ImportViewModelTest {
    @RegisterExtension
    final ViewModelFixture vm = new ViewModelFixture(false);
    private ImportViewModel model;

    @BeforeEach
    void open() {
                model = new ImportViewModel(vm.context);
    }

    @Test
    void verifiesThenAppliesAWardsPackage() {
        Path ward = vm.dir().resolve("ward.db");
        Path pkg = vm.dir().resolve("ward-2023.atrpkg");
        try (Services s = Services.open(ward)) {
            s.sample().loadHaiPhong2023();
            s.exchange().export(null, ReportPeriod.ofYear(2023), pkg, null);
        }
        vm.unwatched(() -> { // the city enrols the ward (the test's own set-up, not the screen's reads)
            vn.atr.service.exchange.TrustFixtures.trustSenderOf(vm.context.services(), pkg);
            return null;
        });
        model.file.set(vm.dir().resolve("missing.atrpkg").toString());
        model.verify();
        assertThat(model.plan.get()).isNull();
        assertThat(model.result.get()).isNotBlank();

        model.file.set(pkg.toString());
        model.verify();
        assertThat(model.plan.get()).isNotNull();
        assertThat(model.result.get()).isEqualTo("Gói đã được kiểm tra. Xem kế hoạch rồi bấm Áp dụng (một giao dịch).");
        assertThat(model.entries).isNotEmpty();
        assertThat(vm.unwatched(() -> vm.context.services().summary().summary(ReportPeriod.ofYear(2023), java.util.Optional.empty())
                .outreachSessions())).as("verifying writes nothing").isZero();

        model.apply();
        assertThat(model.plan.get()).isNull();
        assertThat(model.result.get()).startsWith("Đã nhập:");
        assertThat(vm.unwatched(() -> vm.context.services().summary().summary(ReportPeriod.ofYear(2023), java.util.Optional.empty())
                .outreachSessions())).isEqualTo(54);
        assertThat(vm.shown).isEmpty();
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    @Test
    void deletionsOfRecordsNeverReceivedAreCountedApartAndNotListed() {
        verifySample(true);
        assertThat(model.counts.get()).contains("mới: 0", "đã xóa: 0", "đã xóa (chưa từng nhận): 117");
        assertThat(model.entries).isEmpty();
        model.apply();
        assertThat(model.result.get()).startsWith("Đã nhập: 0 bản ghi thay đổi");
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    @Test
    void aPlanWithoutSuchDeletionsDoesNotMentionThem() {
        verifySample(false);
        assertThat(model.counts.get()).contains("mới: 117").doesNotContain("chưa từng nhận");
    }

    /** Verifies a package of the sample from a ward, made after the sample's removal or with the sample in. */
    private void verifySample(boolean removedFirst) {
        Path pkg = vm.dir().resolve("sample.atrpkg");
        try (Services s = Services.open(vm.dir().resolve("ward.db"))) {
            s.sample().loadHaiPhong2023();
            if (removedFirst) {
                s.sample().removeHaiPhong2023();
            }
            s.exchange().export(null, ReportPeriod.ofYear(2023), pkg, null);
        }
        vm.unwatched(() -> {
            vn.atr.service.exchange.TrustFixtures.trustSenderOf(vm.context.services(), pkg);
            return null;
        });
        model.file.set(pkg.toString());
        model.verify();
    }

    @Test
    void saysWhenTheSendersAuditLogWentBack() throws Exception {
        Path ward = vm.dir().resolve("ward.db");
        Path first = vm.dir().resolve("first.atrpkg");
        Path later = vm.dir().resolve("later.atrpkg");
        try (Services s = Services.open(ward)) {
            s.sample().loadHaiPhong2023();
            s.exchange().export(null, ReportPeriod.ofYear(2023), first, null);
        }
        vm.unwatched(() -> {
            vn.atr.service.exchange.TrustFixtures.trustSenderOf(vm.context.services(), first);
            return null;
        });
        model.file.set(first.toString());
        model.verify();
        assertThat(model.warnings.get()).doesNotContain("lùi lại");
        model.apply();

        long shown = vn.atr.service.exchange.TrustFixtures.manifest(first).auditHead().seq();
        vn.atr.store.StoreTestSupport.cutAuditLogFrom(ward, shown);
        try (Services s = Services.open(ward)) {
            s.exchange().export(null, ReportPeriod.ofYear(2023), later, null);
        }
        model.file.set(later.toString());
        model.verify();
        assertThat(model.warnings.get()).contains("đã lùi lại").contains("atr audit verify --expect");
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }
}
