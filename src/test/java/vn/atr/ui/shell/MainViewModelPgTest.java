package vn.atr.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.atr.ui.ViewModelFixture;

/** The status bar, About and the window's memory of a PostgreSQL store, without JavaFX. */
class MainViewModelPgTest {
    @RegisterExtension
    final ViewModelFixture vm = ViewModelFixture.onServer();

    @Test
    void theStatusBarAndAboutShowTheServersAddressAndNoFile() {
        String address = vm.context.services().storeAddress();
        assertThat(address).startsWith("postgresql://127.0.0.1:");
        MainViewModel model = new MainViewModel(vm.context);
        assertThat(model.storeText().get()).isEqualTo("Kho dữ liệu trên máy chủ: " + address);

        Map<String, String> facts = AboutDialog.facts(vm.context);
        assertThat(facts).containsEntry("server", address).doesNotContainKey("store")
                .containsEntry("backupFolder", "do máy chủ PostgreSQL đảm nhận (pg_dump)");
        assertThat(vm.context.services().storeFileIfAny()).isEmpty();
        assertThat(vm.context.storeKey()).isEqualTo(address);
    }

    @Test
    void filesMadeFromAServerStoreGoToTheLastFolderElseTheDocumentsFolder() throws Exception {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        assertThat(vm.context.outputFolder()).isEqualTo(Files.isDirectory(documents) ? documents : home);
        Path last = Files.createDirectory(vm.dir().resolve("bao-cao"));
        vm.context.windowState().setLastFolder(last);
        assertThat(vm.context.outputFolder()).isEqualTo(last.toAbsolutePath());
    }

    @Test
    void theServerRememberedInTheSettingsIsOpenedUnlessTheCommandLineNamesAStore() {
        WindowState state = vm.context.windowState();
        String previous = System.clearProperty(AppContext.STORE_PROPERTY);
        try {
            String address = vm.context.services().storeAddress();
            state.setRememberedStore(Optional.of(address));
            assertThat(AppContext.storeAddress(null, state)).isEqualTo(address);
            assertThat(AppContext.storeAddress("/tmp/khac.db", state)).isEqualTo("/tmp/khac.db");
            state.setRememberedStore(Optional.empty());
            assertThat(AppContext.storeAddress(null, state)).isEqualTo(AppContext.localStoreName().toString());
        } finally {
            if (previous != null) {
                System.setProperty(AppContext.STORE_PROPERTY, previous);
            }
        }
    }
}
