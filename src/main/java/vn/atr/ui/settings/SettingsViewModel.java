package vn.atr.ui.settings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.atr.domain.Messages;
import vn.atr.service.ServerStore;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.shell.ErrorHandler;

/**
 * Settings of this computer: the language (remembered, applied by rebuilding the window), and the store the
 * window opens at start: this computer's data file or a PostgreSQL server's address (ADR 0135). Only the
 * address is remembered; the user name and password come from the same sources as the commands' and are
 * never stored.
 */
public final class SettingsViewModel {
    public static final List<Locale> LANGUAGES = List.of(Messages.VIETNAMESE, Locale.forLanguageTag("en"));

    private final AppContext context;
    final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    /** The server address typed (postgresql://HOST:PORT/DATABASE). */
    final StringProperty address = new SimpleStringProperty("");
    /** Which store the window opens at its next start. */
    final StringProperty nextStart = new SimpleStringProperty("");
    /** What the last check or choice found, or why it was refused. */
    final StringProperty result = new SimpleStringProperty("");
    /** False when {@link #result} is a refusal (shown as an error). */
    final BooleanProperty resultOk = new SimpleBooleanProperty(true);
    final BooleanProperty busy = new SimpleBooleanProperty();

    public SettingsViewModel(AppContext context) {
        this.context = context;
        language.set(LANGUAGES.stream().filter(l -> l.getLanguage().equals(Messages.locale().getLanguage()))
                .findFirst().orElse(Messages.VIETNAMESE));
        Optional<String> remembered = context.windowState().rememberedStore();
        address.set(remembered.orElse(context.services().onServer() ? context.services().storeAddress() : ""));
        nextStart.set(nextStartText());
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

    /** Where the user name and password of a server connection come from on this computer (never the password). */
    String credentialsText() {
        return ServerStore.credentialsText();
    }

    /** Checks the typed address without changing anything: the form, the server, the login, the rights. */
    void check() {
        checkThen(found -> show(true, found));
    }

    /** Checks the typed address, then remembers it: the window opens that store from its next start. */
    void useServer() {
        checkThen(found -> {
            context.windowState().setRememberedStore(Optional.of(address.get().strip()));
            nextStart.set(nextStartText());
            show(true, found + "\n" + Messages.get("settings.server.remembered"));
        });
    }

    /** Forgets the server: the window opens this computer's data file from its next start. */
    void useLocalFile() {
        context.windowState().setRememberedStore(Optional.empty());
        nextStart.set(nextStartText());
        show(true, Messages.get("settings.server.forgotten", AppContext.localStoreName()));
    }

    private void checkThen(java.util.function.Consumer<String> then) {
        String typed = address.get();
        busy.set(true);
        show(true, Messages.get("settings.server.checking"));
        context.tasks().run(() -> ServerStore.check(typed), found -> {
            busy.set(false);
            then.accept(found);
        }, failure -> {
            busy.set(false);
            show(false, ErrorHandler.userMessage(failure));
            context.errors().log(failure);
        });
    }

    private void show(boolean ok, String text) {
        resultOk.set(ok);
        result.set(text);
    }

    private String nextStartText() {
        return context.windowState().rememberedStore()
                .map(a -> Messages.get("settings.server.nextStartServer", a))
                .orElseGet(() -> Messages.get("settings.server.nextStartFile", AppContext.localStoreName()));
    }
}
