package vn.atr.ui;

import java.nio.file.Path;
import java.util.List;
import vn.atr.service.backup.BackupService;
import vn.atr.ui.shell.StoreStartup;

/**
 * StoreStartup's questions answered by a test: every question and refusal is added to {@code asked};
 * "open read-only?" and "restore the newest backup?" get the given answers; the administrator's
 * password is {@code adminPassword} (null: no restore is expected, asking for it fails the test).
 */
record RecordingQuestions(List<String> asked, boolean openReadOnly, boolean restore, String adminPassword)
        implements StoreStartup.Questions {

    @Override
    public boolean openReadOnly(String message) {
        asked.add(message);
        return openReadOnly;
    }

    @Override
    public boolean restoreUnreadable(String message, Path backup) {
        asked.add(message);
        return restore;
    }

    @Override
    public void refuse(Throwable failure) {
        asked.add(failure.getMessage());
    }

    @Override
    public BackupService.Credentials administrator() {
        if (adminPassword == null) {
            throw new AssertionError("no restore expected");
        }
        return new BackupService.Credentials("admin", adminPassword.toCharArray());
    }
}
