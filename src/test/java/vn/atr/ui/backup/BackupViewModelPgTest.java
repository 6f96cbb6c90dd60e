package vn.atr.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.atr.ui.ViewModelFixture;

/** The backup screen on a PostgreSQL store: it says the server backs the store up, and offers nothing that would fail. */
class BackupViewModelPgTest {
    @RegisterExtension
    final ViewModelFixture vm = ViewModelFixture.onServer();

    @Test
    void backupsAreTheServersJobAndNothingIsOfferedOrMadeOnClose() {
        BackupViewModel model = new BackupViewModel(vm.context);
        String address = vm.context.services().storeAddress();
        assertThat(model.allowed()).as("the administrator may use the screen").isTrue();
        assertThat(model.onServer()).isTrue();
        assertThat(model.backupAllowed()).isFalse();
        assertThat(model.restoreAllowed()).isFalse();
        assertThat(model.serverText()).contains(address).contains("máy chủ PostgreSQL").contains("pg_dump")
                .contains("docs/postgresql.md");
        assertThat(model.backupFolderText()).isEmpty();
        int before = vm.tasksRun();
        model.refresh();
        assertThat(model.rows).isEmpty();
        assertThat(vm.tasksRun()).as("no listing of backup files is even started").isEqualTo(before);
        assertThat(AutoBackup.allowed(vm.context)).as("no automatic backup on close or daily").isFalse();
        assertThat(vm.context.services().backup().dailyBackupDue()).isFalse();
        assertThat(vm.shown).isEmpty();
    }
}
