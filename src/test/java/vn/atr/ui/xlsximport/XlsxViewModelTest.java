package vn.atr.ui.xlsximport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.atr.ui.ViewModelFixture;

/** The Excel screen: the template written from this store's lists, then checked back, without JavaFX. */
class XlsxViewModelTest {
    @RegisterExtension
    final ViewModelFixture vm = new ViewModelFixture(false);
    private XlsxViewModel model;

    @BeforeEach
    void open() {
        model = new XlsxViewModel(vm.context);
    }

    @Test
    void writesTheTemplateAndFindsNothingToImportInIt() throws Exception {
        assertThat(model.allowed()).isTrue();
        assertThat(model.tablePlaceholder.get()).isEqualTo("Chưa kiểm tra tệp nào.");
        model.check();
        assertThat(model.result.get()).isNotBlank();
        assertThat(model.checked.get()).isNull();

        Path damaged = Files.write(vm.dir().resolve("hong.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        model.file.set(damaged.toString());
        model.check();
        assertThat(model.result.get()).startsWith("Không đọc được tệp Excel hong.xlsx: tệp không mở được");
        assertThat(model.tablePlaceholder.get()).as("nothing was checked").isEqualTo("Chưa kiểm tra tệp nào.");

        Path template = vm.dir().resolve("mau-nhap-lieu.xlsx");
        model.saveTemplate(template);
        assertThat(model.templateResult.get()).isEqualTo("Đã ghi mẫu nhập liệu " + template);
        assertThat(Files.size(template)).isPositive();

        model.file.set(template.toString());
        model.check();
        assertThat(model.busy.get()).isFalse();
        assertThat(model.checked.get()).isNotNull();
        assertThat(model.checked.get().validCount()).isZero();
        assertThat(model.problems).isEmpty();
        assertThat(model.tablePlaceholder.get()).isEqualTo("Không có ô nào sai.");
        assertThat(vm.shown).isEmpty();
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }
}
