package vn.atr.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.function.Function;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import vn.atr.domain.Messages;

/**
 * Loads an FXML view with the current bundle and builds its controller from the registry of
 * controller constructors: an FXML naming an unregistered controller fails at once, loudly.
 */
public final class ViewLoader {
    private final AppContext context;
    private final Map<Class<?>, Function<AppContext, Object>> constructors;

    public ViewLoader(AppContext context, Map<Class<?>, Function<AppContext, Object>> constructors) {
        this.context = context;
        this.constructors = Map.copyOf(constructors);
    }

    /** A loaded view: its root node and its controller. */
    public record View<C>(Parent root, C controller) {
    }

    public <C> View<C> load(Class<C> controllerType, String fxml) {
        URL url = controllerType.getResource(fxml);
        if (url == null) {
            throw new IllegalStateException("No view " + fxml + " beside " + controllerType.getName());
        }
        FXMLLoader loader = new FXMLLoader(url, Messages.bundle());
        loader.setControllerFactory(this::controller);
        try {
            Parent root = loader.load();
            return new View<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object controller(Class<?> type) {
        Function<AppContext, Object> constructor = constructors.get(type);
        if (constructor == null) {
            throw new IllegalStateException("No controller registered for " + type.getName()
                    + "; add it to Controllers");
        }
        return constructor.apply(context);
    }
}
