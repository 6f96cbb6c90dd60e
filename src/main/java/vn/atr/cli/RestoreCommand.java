package vn.atr.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.atr.domain.Messages;
import vn.atr.domain.VnFormats;
import vn.atr.service.backup.BackupService;

/**
 * {@code atr restore FILE}: shows what the backup holds, asks (or takes {@code --yes}), keeps the
 * replaced store in the backups folder, then puts the backup in place. It works on a closed store,
 * so it also rescues a damaged one that cannot be opened.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Khôi phục tệp dữ liệu từ một bản sao lưu (giữ lại tệp bị thay thế).")
final class RestoreCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Bản sao lưu.")
    Path backup;

    /** {@code --db}, and the administrator's login when the store has users ({@code --user}, ATR_USER...). */
    @Mixin
    StoreOption store;

    @Option(names = "--yes", description = "Không hỏi lại.")
    boolean yes;

    @Option(names = "--other-installation",
            description = "Cùng --yes: đồng ý khôi phục bản sao lưu của một cài đặt (đơn vị) khác.")
    boolean otherInstallation;

    @Option(names = "--backup-password-file", paramLabel = "FILE", description = "Mật khẩu của bản sao lưu đã mã hóa.")
    Path backupPasswordFile;

    @Override
    public Integer call() throws IOException {
        Integer refused = store.refuseServerStore();
        if (refused != null) {
            return refused;
        }
        Path storeFile = store.file();
        char[] password = backupPasswordFile == null ? null : PasswordInput.fromFile(backupPasswordFile);
        try {
            BackupService.BackupInfo info = BackupService.inspect(backup, password);
            printContent(info);
            if (!yes && !confirmed(storeFile)) {
                throw new CliFailure(Messages.get("restore.notConfirmed"));
            }
            BackupService.restore(backup, storeFile, password, store::credentials, this::acceptOtherInstallation)
                    .ifPresent(kept -> System.out.println(Messages.get("restore.kept", kept)));
            System.out.println(Messages.get("restore.done", storeFile));
            return 0;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private static boolean confirmed(Path storeFile) throws IOException {
        return ask(Messages.get("restore.ask", storeFile));
    }

    /**
     * Another installation's backup: the warning is always printed; it is restored only when the user answers
     * yes at the terminal, or gave {@code --yes --other-installation} for a script.
     */
    private boolean acceptOtherInstallation(String warning) {
        System.err.println(warning);
        if (yes) {
            return otherInstallation;
        }
        try {
            return ask(Messages.get("restore.askOtherInstallation"));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean ask(String question) throws IOException {
        if (System.console() == null) {
            throw new CliFailure(Messages.get("restore.needsYes"));
        }
        System.out.print(question + " [y/N] ");
        System.out.flush();
        String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return answer != null && (answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("c"));
    }

    static void printContent(BackupService.BackupInfo info) {
        System.out.println(Messages.get("restore.header", info.file(), VnFormats.dateTime(info.time()),
                info.schemaVersion()));
        // the records a user knows, by name (every table of the schema told them nothing)
        info.shownCounts().forEach((what, n) -> System.out.printf("  %-24s %12s%n", what, VnFormats.number(n)));
        if (info.auditHead() != null) {
            System.out.println(Messages.get("backup.auditHead", info.auditHead()));
        }
    }
}
