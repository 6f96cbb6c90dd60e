package vn.atr.ui.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import vn.atr.domain.Messages;
import vn.atr.service.AppVersion;
import vn.atr.service.backup.BackupService;
import vn.atr.service.DataFolder;
import vn.atr.ui.shell.AppContext;

/** Help > About (F1): version, the store file (or server address), the data and backup folders, Java and JavaFX versions. */
public final class AboutDialog {
    private AboutDialog() {
    }

    /** The lines shown, in order (label key, value): also what the tests read. */
    public static Map<String, String> facts(AppContext context) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("version", AppVersion.get());
        var file = context.services().storeFileIfAny();
        if (file.isPresent()) {
            facts.put("store", file.get().toAbsolutePath().toString());
        } else {
            facts.put("server", context.services().storeAddress()); // the address never holds credentials
        }
        facts.put("dataFolder", DataFolder.path().toAbsolutePath().toString());
        facts.put("backupFolder", file.map(f -> BackupService.backupFolder(f).toString())
                .orElseGet(() -> Messages.get("about.serverBackups")));
        facts.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        facts.put("javafx", System.getProperty("javafx.runtime.version", "?"));
        facts.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return facts;
    }

    public static Alert show(AppContext context, Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        for (Map.Entry<String, String> fact : facts(context).entrySet()) {
            Label value = new Label(fact.getValue());
            value.setId("about-" + fact.getKey());
            value.setWrapText(true);
            value.setMaxWidth(520);
            grid.addRow(row++, new Label(Messages.get(labelKey(fact.getKey()))), value);
        }
        ButtonType close = new ButtonType(Messages.get("about.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, close);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("about.title"));
        alert.setHeaderText(Messages.get("app.title"));
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setId("about-dialog");
        alert.show();
        return alert;
    }

    private static String labelKey(String fact) {
        return switch (fact) {
            case "version" -> "about.version";
            case "store" -> "about.store";
            case "server" -> "about.server";
            case "dataFolder" -> "about.dataFolder";
            case "backupFolder" -> "about.backupFolder";
            case "java" -> "about.java";
            case "javafx" -> "about.javafx";
            default -> "about.os";
        };
    }
}
