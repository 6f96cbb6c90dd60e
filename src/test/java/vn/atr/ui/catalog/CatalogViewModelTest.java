package vn.atr.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Messages;
import vn.atr.domain.access.AuditEntry;
import vn.atr.domain.catalog.AgeBandEntry;
import vn.atr.domain.catalog.Indicator;
import vn.atr.domain.catalog.IndicatorGroup;
import vn.atr.domain.catalog.IndicatorKind;
import vn.atr.service.Services;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.shell.ErrorHandler;
import vn.atr.ui.shell.TaskRunner;
import vn.atr.ui.shell.WindowState;

/**
 * The catalogue screen's state without a window (tasks run inline, continuation included): add, choose,
 * rename, move, retire, refusals in words; the same for the victims' age bands.
 */
class CatalogViewModelTest {
    @TempDir
    Path dir;
    private AppContext context;
    private Preferences prefs;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.VIETNAMESE);
        prefs = Preferences.userRoot().node("atr-catalog-vm-test-" + UUID.randomUUID());
        ErrorHandler errors = new ErrorHandler();
        context = new AppContext(Services.open(dir.resolve("atr.db")), TaskRunner.inline(errors), errors,
                new WindowState(prefs));
    }

    @AfterEach
    void close() throws Exception {
        context.close();
        prefs.removeNode();
    }

    @Test
    void addsChoosesRenamesMovesAndRetires() {
        CatalogViewModel vm = new CatalogViewModel(context);
        vm.refresh();
        assertThat(vm.entries).extracting(Indicator::code).startsWith("TRAINING").contains("WEBSITE_VISITS");
        assertThat(vm.editable()).isTrue();

        vm.kind.set(IndicatorKind.METRIC);
        vm.group.set(IndicatorGroup.COMMUNICATION);
        vm.name.set("Lượt phát loa");
        vm.unit.set("lượt phát");
        vm.date.set("01/01/2024");
        vm.add();
        assertThat(vm.message.get()).isEqualTo("Đã thêm \"Lượt phát loa\" (mã LUOT_PHAT_LOA)");
        Indicator added = vm.entries.get(vm.entries.size() - 1);
        assertThat(added.kind()).isEqualTo(IndicatorKind.METRIC);
        assertThat(added.introducedOn()).isEqualTo(LocalDate.of(2024, 1, 1));

        vm.choose(added);
        assertThat(vm.name.get()).isEqualTo("Lượt phát loa");
        vm.name.set("Lượt phát thanh loa lưu động");
        vm.rename();
        assertThat(vm.selected.get().nameVi()).isEqualTo("Lượt phát thanh loa lưu động");

        vm.move(-1);
        assertThat(vm.entries.get(vm.entries.size() - 2).code()).isEqualTo("LUOT_PHAT_LOA");

        vm.date.set("31/11/2024");
        vm.retire();
        assertThat(vm.message.get()).contains("31/11/2024");
        assertThat(vm.selected.get().retiredOn()).isNull();
        vm.date.set("");
        vm.retire();
        assertThat(vm.selected.get().retiredOn()).isEqualTo(LocalDate.now());
    }

    @Test
    void aClashingNameIsRefusedInWords() {
        CatalogViewModel vm = new CatalogViewModel(context);
        vm.refresh();
        int before = vm.entries.size();
        vm.name.set("  tin BÀI ");
        vm.unit.set("bài");
        vm.add();
        assertThat(vm.message.get()).isEqualTo("Tên chỉ số: tên \"tin BÀI\" đã có trong danh mục (mã NEWS_ARTICLE)");
        assertThat(vm.entries).hasSize(before);
    }

    @Test
    void anAgeBandIsAddedRenamedAndRetiredWithTheAuditAndRefusalsNameTheFieldAndReason() {
        CatalogViewModel vm = new CatalogViewModel(context);
        vm.refresh();
        assertThat(vm.ageBands).extracting(AgeBandEntry::code).startsWith("UNDER_6", "FROM_6_TO_11");
        List<AgeBandEntry> before = List.copyOf(vm.ageBands);

        // 10-14 overlaps two bands: refused in words, nothing stored.
        vm.bandName.set("Từ 10 đến 14 tuổi");
        vm.bandFrom.set("10");
        vm.bandTo.set("14");
        vm.addBand();
        assertThat(vm.message.get()).startsWith("Từ tuổi: nhóm tuổi").contains("trùng với nhóm", "Từ 10 đến 14 tuổi");
        assertThat(vm.ageBands).isEqualTo(before);
        vm.bandFrom.set("năm mốt");
        vm.addBand();
        assertThat(vm.message.get()).isEqualTo("Từ tuổi: không phải là số nguyên: \"năm mốt\" (viết các chữ số, hàng nghìn ngăn cách bằng dấu chấm: 2.000.000)");

        // The open band splits in two: retire it, then 51-60 and 61 and over follow on.
        vm.chooseBand(band(vm, "OVER_50"));
        assertThat(vm.bandName.get()).isEqualTo("Trên 50 tuổi");
        assertThat(vm.bandFrom.get()).isEqualTo("51");
        vm.bandDate.set("01/01/2025");
        vm.retireBand();
        assertThat(vm.message.get()).isEqualTo("Đã ngừng áp dụng \"Trên 50 tuổi\" từ ngày 01/01/2025");
        assertThat(vm.selectedBand.get().retiredOn()).isEqualTo(LocalDate.of(2025, 1, 1));
        vm.bandName.set("Từ 51 đến 60 tuổi");
        vm.bandFrom.set("51");
        vm.bandTo.set("60");
        vm.addBand();
        assertThat(vm.message.get()).isEqualTo("Đã thêm nhóm tuổi \"Từ 51 đến 60 tuổi\" (51-60 tuổi, mã AGE_51_60)");
        vm.bandName.set("Từ 61 tuổi trở lên");
        vm.bandFrom.set("61");
        vm.bandTo.set("");
        vm.addBand();
        assertThat(band(vm, "AGE_61_PLUS").ages()).isEqualTo("61+");

        vm.chooseBand(band(vm, "AGE_61_PLUS"));
        vm.bandName.set("Trên 60 tuổi");
        vm.renameBand();
        assertThat(vm.message.get()).isEqualTo("Đã đổi tên thành \"Trên 60 tuổi\"");
        assertThat(context.services().ageBands().find("AGE_61_PLUS").orElseThrow().labelVi()).isEqualTo("Trên 60 tuổi");
        vm.bandName.set("  từ 18 ĐẾN 30 tuổi ");
        vm.renameBand();
        assertThat(vm.message.get()).isEqualTo("Tên nhóm tuổi: tên \"từ 18 ĐẾN 30 tuổi\" đã có trong danh mục"
                + " (mã FROM_18_TO_30)");

        // A middle band may not go: it would leave its ages in no band.
        vm.chooseBand(band(vm, "FROM_18_TO_30"));
        vm.bandDate.set("");
        vm.retireBand();
        assertThat(vm.message.get()).contains("bỏ sót tuổi 18 đến 30");
        assertThat(band(vm, "FROM_18_TO_30").retiredOn()).isNull();
        assertThat(context.services().audit().list(null, "catalog.", 10)).extracting(AuditEntry::action)
                .containsExactlyInAnyOrder("catalog.retire", "catalog.add", "catalog.add", "catalog.rename");
    }

    private static AgeBandEntry band(CatalogViewModel vm, String code) {
        return vm.ageBands.stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow();
    }
}
