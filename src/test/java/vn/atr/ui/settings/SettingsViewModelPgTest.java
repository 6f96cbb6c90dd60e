package vn.atr.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.atr.store.PostgresTestServer;
import vn.atr.ui.ViewModelFixture;
import vn.atr.ui.shell.AppContext;

/** Choosing the Department's PostgreSQL store in the settings, checked against a real server, without JavaFX. */
class SettingsViewModelPgTest {
    @RegisterExtension
    final ViewModelFixture vm = new ViewModelFixture(false);

    @Test
    void aServerStoreIsCheckedThenRememberedForTheNextStartAndForgottenOnRequest() {
        String store = PostgresTestServer.get().freshDatabase().toString();
        SettingsViewModel model = new SettingsViewModel(vm.context);

        model.address.set(store);
        model.check();
        assertThat(model.resultOk.get()).isTrue();
        assertThat(model.result.get()).startsWith("Kết nối được " + store + " với người dùng "
                + System.getProperty("user.name") + ": kho dữ liệu ATR, cấu trúc phiên bản ");
        assertThat(vm.context.windowState().rememberedStore()).as("a check remembers nothing").isEmpty();

        model.address.set("  " + store + " ");
        model.useServer();
        assertThat(model.resultOk.get()).isTrue();
        assertThat(model.result.get()).contains("Đã ghi nhớ").contains("mở lại ATR");
        assertThat(vm.context.windowState().rememberedStore()).contains(store);
        assertThat(model.nextStart.get()).isEqualTo("Khi mở ATR (không có --db): kho trên máy chủ " + store);
        assertThat(new SettingsViewModel(vm.context).address.get()).as("shown again on the screen").isEqualTo(store);

        model.useLocalFile();
        assertThat(vm.context.windowState().rememberedStore()).isEmpty();
        assertThat(model.nextStart.get()).isEqualTo("Khi mở ATR (không có --db): tệp dữ liệu trên máy này "
                + AppContext.localStoreName());
    }

    @Test
    void anEmptyDatabaseIsAcceptedAndLeftEmptyUntilTheWindowOpensIt() throws Exception {
        PostgresTestServer server = PostgresTestServer.get();
        var empty = server.emptyDatabase();
        SettingsViewModel model = new SettingsViewModel(vm.context);
        model.address.set(empty.toString());
        model.useServer();
        assertThat(model.result.get()).contains("cơ sở dữ liệu còn trống, ATR sẽ tạo các bảng khi mở kho lần đầu");
        assertThat(vm.context.windowState().rememberedStore()).isEqualTo(Optional.of(empty.toString()));
        assertThat(server.tableCount(empty)).isZero();
    }
}
