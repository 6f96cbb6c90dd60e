package vn.atr.ui.shell;

import java.time.LocalDateTime;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import vn.atr.domain.Messages;
import vn.atr.domain.VnFormats;
import vn.atr.ui.common.Dialogs;

/**
 * The status bar's line of the automatic backup: when the last one was made, or, in red, that it had to delete
 * older backups to fit or could not be made. A red line opens its reason in a dialog on a click, and for the
 * keyboard on Tab then Enter or Space (a tooltip alone is out of the keyboard's reach).
 */
final class BackupStatusLine {
    private static final String WARNING = "status-warning";
    private final Label label;

    BackupStatusLine(Label label) {
        this.label = label;
    }

    /** A backup made at {@code time}; {@code deletedForRoom} older ones deleted to fit (a disk filling up). */
    void made(LocalDateTime time, int deletedForRoom) {
        String when = Messages.get("status.backup", VnFormats.date(time.toLocalDate()),
                String.format("%02d:%02d", time.getHour(), time.getMinute()));
        if (deletedForRoom > 0) {
            warn(when + " " + Messages.get("status.backupMadeRoom", deletedForRoom), null,
                    Messages.get("backup.madeRoom", deletedForRoom), "backup-made-room");
        } else {
            plain(when);
        }
    }

    /** No backup could be made, for {@code reason}. */
    void failed(String reason) {
        Tooltip tip = new Tooltip(reason);
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        warn(Messages.get("status.backupFailed"), tip, Messages.get("status.backupFailedWhy", reason),
                "backup-failed");
    }

    private void plain(String text) {
        label.setText(text);
        label.getStyleClass().remove(WARNING);
        label.setTooltip(null);
        label.setAccessibleHelp(null);
        label.setFocusTraversable(false);
        label.setOnMouseClicked(null);
        label.setOnKeyPressed(null);
    }

    private void warn(String text, Tooltip tip, String explanation, String dialogId) {
        label.setText(text);
        if (!label.getStyleClass().contains(WARNING)) {
            label.getStyleClass().add(WARNING);
        }
        label.setTooltip(tip);
        label.setAccessibleHelp(explanation);
        label.setFocusTraversable(true);
        Runnable explain = () -> Dialogs.info(label.getScene().getWindow(), explanation, dialogId);
        label.setOnMouseClicked(e -> explain.run());
        label.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                e.consume();
                explain.run();
            }
        });
    }
}
