package vn.atr.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Messages;
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
 * rename, move, retire, refusals in words.
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
}
