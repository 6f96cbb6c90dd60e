package vn.atr.ui.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.atr.domain.Messages;
import vn.atr.domain.access.Permission;
import vn.atr.domain.VnFormats;
import vn.atr.service.backup.BackupService;
import vn.atr.service.backup.BackupService.BackupInfo;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.shell.ErrorHandler;

/**
 * The backup screen's state: "back up to USB" (a folder, an optional password typed twice) and the
 * list of backups to restore from, each inspected (date, record counts) before it may replace the store.
 */
public final class BackupViewModel {
    static final int MIN_PASSWORD = BackupService.MIN_PASSWORD;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    /** The tables whose counts the user recognises, in the order shown (label keys are literal for the bundle test). */
    /** One backup file offered for a restore. */
    public record Row(Path file, String time, String kind, String size, boolean automatic) {
    }

    private final AppContext context;
    final StringProperty folder = new SimpleStringProperty("");
    final StringProperty password = new SimpleStringProperty("");
    final StringProperty passwordAgain = new SimpleStringProperty("");
    final StringProperty backupResult = new SimpleStringProperty("");
    final BooleanProperty busy = new SimpleBooleanProperty();
    final ObservableList<Row> rows = FXCollections.observableArrayList();
    final StringProperty restorePassword = new SimpleStringProperty("");
    final StringProperty details = new SimpleStringProperty("");
    final ObjectProperty<BackupInfo> inspected = new SimpleObjectProperty<>();

    public BackupViewModel(AppContext context) {
        this.context = context;
    }

    boolean allowed() {
        return context.services().session().has(Permission.BACKUP);
    }

    /** A PostgreSQL store is backed up by its server (pg_dump), never by ATR: the screen says so (ADR 0100). */
    boolean onServer() {
        return context.services().onServer();
    }

    /** What the screen says instead of its buttons on a server store. */
    String serverText() {
        return Messages.get("backupScreen.server", context.services().storeAddress());
    }

    /**
     * A damaged store is not copied anywhere (a restore is what it needs); the one another ATR has open may be;
     * a server store is the server's to back up.
     */
    boolean backupAllowed() {
        return allowed() && context.storeMode() != AppContext.StoreMode.DAMAGED && !onServer();
    }

    /** A restore replaces the store file: not while another ATR has it, and never a server store. */
    boolean restoreAllowed() {
        return allowed() && context.storeMode() != AppContext.StoreMode.IN_USE && !onServer();
    }

    String backupFolderText() {
        return context.services().storeFileIfAny()
                .map(f -> Messages.get("backupScreen.autoFolder", BackupService.backupFolder(f)))
                .orElse("");
    }

    /** Backs up into the chosen folder; the result (or the reason it was refused) goes to {@link #backupResult}. */
    void backupToFolder() {
        String problem = checkBackupInput();
        if (problem != null) {
            backupResult.set(problem);
            return;
        }
        char[] secret = password.get().isEmpty() ? null : password.get().toCharArray();
        Path target = Path.of(folder.get().trim());
        busy.set(true);
        backupResult.set(Messages.get("backupScreen.running"));
        context.tasks().run(() -> context.services().backup().backupToFolder(target, secret), info -> {
            busy.set(false);
            password.set("");
            passwordAgain.set("");
            backupResult.set(Messages.get(info.encrypted() ? "backupScreen.doneEncrypted" : "backup.done", info.file()));
        }, failure -> {
            busy.set(false);
            backupResult.set(ErrorHandler.userMessage(failure));
            context.errors().log(failure);
        });
    }

    private String checkBackupInput() {
        String f = folder.get() == null ? "" : folder.get().trim();
        if (f.isEmpty()) {
            return Messages.get("backupScreen.noFolder");
        }
        if (!Files.isDirectory(Path.of(f))) {
            return Messages.get("backupScreen.folderMissing", f);
        }
        if (!password.get().equals(passwordAgain.get())) {
            return Messages.get("backupScreen.passwordsDiffer");
        }
        if (!password.get().isEmpty() && password.get().length() < MIN_PASSWORD) {
            return Messages.get("backupScreen.passwordShort", MIN_PASSWORD);
        }
        return null;
    }

    /** Lists the automatic backups of this store (newest first), keeping files the user added. */
    void refresh() {
        if (onServer()) {
            return; // no backups of ATR's own to list
        }
        Path store = context.services().storeFileIfAny().orElseThrow();
        context.tasks().run(() -> {
            List<Row> list = new ArrayList<>();
            for (Path p : BackupService.automaticBackups(store)) {
                list.add(row(p, "backupScreen.kindAuto"));
            }
            return list;
        }, list -> {
            list.addAll(rows.stream().filter(r -> !r.automatic()).toList()); // files chosen meanwhile stay
            rows.setAll(list);
        });
    }

    /** A backup file the user picked (USB stick, encrypted copy, a kept "replaced-" store). */
    Row addFile(Path file) {
        Row row = row(file, "backupScreen.kindChosen");
        rows.add(0, row);
        return row;
    }

    /** Reads what {@code row} holds (checked first); the restore is possible only after this succeeds. */
    void inspect(Row row) {
        inspected.set(null);
        if (row == null) {
            details.set("");
            return;
        }
        String secret = restorePassword.get();
        if (row.file().getFileName().toString().endsWith(".atrbak") && secret.isEmpty()) {
            details.set(Messages.get("backupScreen.needPassword"));
            return;
        }
        details.set(Messages.get("backupScreen.inspecting"));
        context.tasks().run(() -> BackupService.inspect(row.file(), secret.isEmpty() ? null : secret.toCharArray()),
                info -> {
                    details.set(describe(info));
                    inspected.set(info);
                }, failure -> details.set(ErrorHandler.userMessage(failure)));
    }

    /** "Ngày 12/05/2024 10:00:00 · Hoạt động: 60 · Vụ việc: 3 ..." */
    static String describe(BackupInfo info) {
        StringBuilder text = new StringBuilder(Messages.get("backupScreen.holds", TIME.format(info.time()),
                info.schemaVersion()));
        String separator = "\n";
        for (Map.Entry<String, Long> counted : info.shownCounts().entrySet()) {
            text.append(separator).append(counted.getKey()).append(": ").append(VnFormats.number(counted.getValue()));
            separator = " · ";
        }
        return text.toString();
    }

    char[] restoreSecret() {
        return restorePassword.get().isEmpty() ? null : restorePassword.get().toCharArray();
    }

    private static Row row(Path p, String kindKey) {
        String time = "";
        String size = "";
        try {
            time = TIME.format(LocalDateTime.ofInstant(Files.getLastModifiedTime(p).toInstant(), ZoneId.systemDefault()));
            size = VnFormats.number(Math.max(1, Files.size(p) / 1024)) + " KB";
        } catch (IOException e) {
            // shown without date and size; inspecting it gives the reason
        }
        return new Row(p, time, Messages.get(kindKey), size, kindKey.equals("backupScreen.kindAuto"));
    }
}
