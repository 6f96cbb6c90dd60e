package vn.atr.ui.settings;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.atr.domain.Messages;
import vn.atr.ui.shell.AppContext;

/** Settings of this computer: the language (remembered, applied by rebuilding the window). */
public final class SettingsViewModel {
    public static final List<Locale> LANGUAGES = List.of(Messages.VIETNAMESE, Locale.forLanguageTag("en"));

    private final AppContext context;
    final ObjectProperty<Locale> language = new SimpleObjectProperty<>();

    public SettingsViewModel(AppContext context) {
        this.context = context;
        language.set(LANGUAGES.stream().filter(l -> l.getLanguage().equals(Messages.locale().getLanguage()))
                .findFirst().orElse(Messages.VIETNAMESE));
    }

    public static String label(Locale l) {
        return l == null ? "" : Messages.get("language." + l.getLanguage());
    }

    /** Switches the language; true if it changed (the window must then be rebuilt). */
    public boolean apply() {
        Locale chosen = language.get();
        if (chosen == null || chosen.getLanguage().equals(Messages.locale().getLanguage())) {
            return false;
        }
        Messages.setLocale(chosen);
        context.windowState().setLanguage(chosen);
        return true;
    }
}
