package vn.atr.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.atr.domain.Messages;
import vn.atr.ui.ViewModelFixture;

/** The settings screen: the language is switched and remembered, without JavaFX. */
class SettingsViewModelTest {
    @RegisterExtension
    final ViewModelFixture vm = new ViewModelFixture(false);

    @AfterEach
    void vietnameseAgain() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    @Test
    void switchesTheLanguageOnceAndRemembersIt() {
        SettingsViewModel model = new SettingsViewModel(vm.context);
        assertThat(model.language.get()).isEqualTo(Messages.VIETNAMESE);
        assertThat(model.apply()).as("unchanged").isFalse();
        model.language.set(Locale.forLanguageTag("en"));
        assertThat(model.apply()).isTrue();
        assertThat(Messages.locale().getLanguage()).isEqualTo("en");
        assertThat(vm.context.windowState().language().getLanguage()).isEqualTo("en");
        assertThat(SettingsViewModel.label(Messages.VIETNAMESE)).isNotBlank();
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    @Test
    void aServerAddressIsCheckedForItsFormBeforeAnythingIsRemembered() {
        SettingsViewModel model = new SettingsViewModel(vm.context);
        assertThat(model.address.get()).as("a file store remembers no server").isEmpty();
        assertThat(model.nextStart.get()).startsWith("Khi mở ATR (không có --db): tệp dữ liệu trên máy này");
        assertThat(model.credentialsText()).startsWith("Người dùng: ").contains("Mật khẩu: ");

        model.useServer();
        assertThat(model.resultOk.get()).isFalse();
        assertThat(model.result.get()).startsWith("Địa chỉ máy chủ: hãy nhập địa chỉ dạng postgresql://");

        model.address.set("D:\\ATR\\atr.db");
        model.useServer();
        assertThat(model.result.get()).contains("không phải địa chỉ PostgreSQL");

        model.address.set("postgresql://atr:bi-mat@db.sld.haiphong.gov.vn:5432/atr");
        model.useServer();
        assertThat(model.resultOk.get()).isFalse();
        assertThat(model.result.get()).contains("ATR_DB_USER").contains("ATR_DB_PASSWORD_FILE").doesNotContain("bi-mat");

        model.address.set("postgresql://db.sld.haiphong.gov.vn/");
        model.check();
        assertThat(model.result.get()).contains("postgresql://MÁY_CHỦ:CỔNG/TÊN_CSDL");
        assertThat(vm.context.windowState().rememberedStore()).isEmpty();
        assertThat(vm.shown).as("shown on the screen, not in a dialog").isEmpty();
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidSoAndNotRemembered() throws Exception {
        int closed = vn.atr.store.PostgresTestServer.closedPort();
        SettingsViewModel model = new SettingsViewModel(vm.context);
        model.address.set("postgresql://127.0.0.1:" + closed + "/atr");
        model.useServer();
        assertThat(model.busy.get()).isFalse();
        assertThat(model.resultOk.get()).isFalse();
        assertThat(model.result.get()).contains("máy chủ 127.0.0.1 không trả lời ở cổng " + closed);
        assertThat(vm.context.windowState().rememberedStore()).isEmpty();
    }
}
