package vn.atr.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.atr.domain.Messages;
import vn.atr.ui.activity.ActivityFormController;
import vn.atr.ui.firstrun.FirstRunController;

/** The screen registry and the view convention, without starting JavaFX: every view is found and names its controller. */
class ScreensTest {

    @Test
    void everyRegisteredScreenFindsItsViewBesideItsController() throws IOException {
        List<Class<?>> controllers = new ArrayList<>();
        Screens.all().forEach(s -> controllers.add(s.controller()));
        controllers.addAll(List.of(MainController.class, ActivityFormController.class, FirstRunController.class));
        for (Class<?> c : controllers) {
            URL view = ViewLoader.fxml(c);
            assertThat(view.getPath()).endsWith("/" + c.getPackageName().replace('.', '/') + "/"
                    + c.getSimpleName().replace("Controller", "") + ".fxml");
            try (InputStream in = view.openStream()) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .as("the view of %s names it as its controller", c.getSimpleName())
                        .contains("fx:controller=\"" + c.getName() + "\"");
            }
        }
        assertThat(controllers).hasSize(Screens.all().size() + 3);
    }

    @Test
    void screensHaveDistinctIdsAndLabels() {
        var ids = new HashSet<String>();
        for (Screen<?> s : Screens.all()) {
            assertThat(ids.add(s.id())).as("id %s once", s.id()).isTrue();
            assertThat(Messages.bundle().containsKey(s.labelKey())).as(s.labelKey()).isTrue();
        }
        assertThat(ids).contains(Screens.DASHBOARD, Screens.ACTIVITIES, Screens.USERS, Screens.AUDIT);
    }

    @Test
    void aMissingViewFailsNamingTheFileExpected() {
        assertThatThrownBy(() -> ViewLoader.fxml(NoViewController.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NoView.fxml")
                .hasMessageContaining("vn/atr/ui/shell/NoView.fxml");
        assertThatThrownBy(() -> ViewLoader.fxml(String.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FooController");
    }

    /** A controller whose view nobody wrote. */
    static final class NoViewController {
    }

    /** Ctrl+1..9 follow the buttons' order: the desktop guide lists the buttons in the same order. */
    @Test
    void theDesktopGuideListsTheScreensInNavigationOrder() throws IOException {
        Messages.setLocale(Messages.VIETNAMESE);
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/desktop.md"), StandardCharsets.UTF_8);
        String navigation = doc.substring(doc.indexOf("- **Navigation**"), doc.indexOf("Ctrl+1 ... Ctrl+9"))
                .replaceAll("\\s+", " ");
        List<Screen<?>> screens = Screens.all();
        int at = 0;
        for (int i = 0; i < screens.size(); i++) {
            String label = Messages.get(screens.get(i).labelKey()).replace("_", "");
            int found = navigation.indexOf(label + (i == screens.size() - 1 ? "." : ","), at);
            assertThat(found).as("%s listed after the screens before it", label).isGreaterThanOrEqualTo(at);
            at = found + label.length();
        }
    }
}
