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
}
