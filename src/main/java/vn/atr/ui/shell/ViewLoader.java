package vn.atr.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.function.Function;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import vn.atr.domain.Messages;

/**
 * Loads a view by convention, afterburner.fx style: {@code FooController} loads {@code Foo.fxml} beside it
 * (same package, under src/main/resources), with the current bundle, and the controller the FXML names is
 * built by the constructor given with it. A missing view, or one naming another controller, fails at once.
 */
public final class ViewLoader {
    static final String SUFFIX = "Controller";

    private final AppContext context;

    public ViewLoader(AppContext context) {
        this.context = context;
    }

    /** A loaded view: its root node and its controller. */
    public record View<C>(Parent root, C controller) {
    }

    /** The view of a screen of the navigation pane. */
    public <C> View<C> load(Screen<C> screen) {
        return load(screen.controller(), screen.constructor());
    }

    public <C> View<C> load(Class<C> controllerType, Function<AppContext, C> constructor) {
        URL url = fxml(controllerType);
        FXMLLoader loader = new FXMLLoader(url, Messages.bundle());
        loader.setControllerFactory(named -> {
            if (!named.equals(controllerType)) {
                throw new IllegalStateException(fxmlName(controllerType) + " names the controller " + named.getName()
                        + " instead of " + controllerType.getName());
            }
            return constructor.apply(context);
        });
        try {
            Parent root = loader.load();
            return new View<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The view of {@code controllerType} by the naming convention; fails naming the file it looked for. */
    public static URL fxml(Class<?> controllerType) {
        String name = fxmlName(controllerType);
        URL url = controllerType.getResource(name);
        if (url == null) {
            throw new IllegalStateException("No view " + name + " beside " + controllerType.getName()
                    + " (expected " + controllerType.getPackageName().replace('.', '/') + "/" + name + ")");
        }
        return url;
    }

    /** {@code FooController} -> {@code Foo.fxml}. */
    static String fxmlName(Class<?> controllerType) {
        String simple = controllerType.getSimpleName();
        if (!simple.endsWith(SUFFIX) || simple.length() == SUFFIX.length()) {
            throw new IllegalArgumentException(controllerType.getName() + " is not named FooController,"
                    + " so its view cannot be found by convention");
        }
        return simple.substring(0, simple.length() - SUFFIX.length()) + ".fxml";
    }
}
