package vn.atr.ui.packageexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.atr.domain.ReportPeriod;
import vn.atr.ui.ViewModelFixture;

/** The export screen: its checks, then a real package written from the 2023 sample, without JavaFX. */
class ExportViewModelTest {
    @RegisterExtension
    final ViewModelFixture vm = new ViewModelFixture(true);
    private ExportViewModel model;

    @BeforeEach
    void open() {
                vm.context.periodProperty().set(ReportPeriod.ofYear(2023));
        model = new ExportViewModel(vm.context);
    }

    @Test
    void refusesWithoutAFileThenWritesThePackage() throws Exception {
        model.loadUnits();
        assertThat(model.units).hasSizeGreaterThan(1);
        assertThat(model.allowed()).isTrue();

        model.export();
        assertThat(model.result.get()).isEqualTo("Hãy chọn tệp gói sẽ ghi (.atrpkg).");
        assertThat(model.written.get()).isNull();

        Path out = vm.dir().resolve("hai-phong-2023.atrpkg");
        model.out.set(out.toString());
        model.export();
        assertThat(model.busy.get()).isFalse();
        assertThat(model.written.get()).isEqualTo(out);
        assertThat(Files.size(out)).isPositive();
        assertThat(vm.shown).isEmpty();
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    @Test
    void aNameTypedWithoutItsExtensionGetsItAndTheUnitIsThisInstallations() throws Exception {
        model.loadUnits();
        assertThat(model.unit.get().code()).as("the sample's installation: the city").isEqualTo("04");
        Path typed = vm.dir().resolve("le-chan");
        model.out.set(typed.toString());
        model.export();
        assertThat(model.written.get()).isEqualTo(vm.dir().resolve("le-chan.atrpkg"));
        assertThat(Files.exists(typed)).isFalse();
        assertThat(ExportViewModel.withExtension("D:/goi/LeChan.ATRPKG")).isEqualTo(Path.of("D:/goi/LeChan.ATRPKG"));
    }
}
