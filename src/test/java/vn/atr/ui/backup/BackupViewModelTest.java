package vn.atr.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.atr.ui.ViewModelFixture;

/** The backup screen: its checks, a real backup into a folder, then reading it back, without JavaFX. */
class BackupViewModelTest {
    @RegisterExtension
    final ViewModelFixture vm = new ViewModelFixture(true);
    private BackupViewModel model;

    @BeforeEach
    void open() {
                model = new BackupViewModel(vm.context);
    }

    @Test
    void refusesDifferentPasswordsThenBacksUpAndInspectsTheCopy() throws Exception {
        Path usb = Files.createDirectory(vm.dir().resolve("usb"));
        model.folder.set(usb.toString());
        model.password.set("mot-mat-khau-dai");
        model.passwordAgain.set("mat-khau-khac-han");
        model.backupToFolder();
        assertThat(model.backupResult.get()).isEqualTo("Hai lần nhập mật khẩu không giống nhau");
        assertThat(usb).isEmptyDirectory();

        model.password.set("");
        model.passwordAgain.set("");
        model.backupToFolder();
        assertThat(model.busy.get()).isFalse();
        Path copy;
        try (var files = Files.list(usb)) {
            copy = files.findFirst().orElseThrow();
        }
        var row = model.addFile(copy);
        model.inspect(row);
        assertThat(model.inspected.get()).isNotNull();
        assertThat(model.details.get()).isNotBlank();
        model.refresh();
        assertThat(model.rows).contains(row);
        assertThat(vm.shown).isEmpty();
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }
}
