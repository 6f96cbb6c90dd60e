package vn.atr.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.atr.domain.Messages;
import vn.atr.service.backup.BackupService;
import vn.atr.service.Services;

/**
 * {@code atr backup --out FILE} or {@code atr backup --auto}. The encryption password has its own
 * option because {@code --password-file} is already the login password of every command.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Sao lưu tệp dữ liệu (sao lưu trực tuyến, kiểm tra toàn vẹn sau khi ghi).")
final class BackupCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @ArgGroup(multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--out", paramLabel = "FILE", description = "Tệp sao lưu cần ghi.")
        Path out;

        @Option(names = "--auto", description = "Sao lưu tự động vào thư mục backups cạnh tệp dữ liệu (xoay vòng 7 ngày, 4 tuần, 12 tháng; khi ổ đĩa thiếu chỗ thì xóa bản cũ nhất, luôn giữ hai bản mới nhất, và không sao lưu nếu vẫn thiếu).")
        boolean auto;
    }

    @Option(names = "--backup-password-file", paramLabel = "FILE",
            description = "Mã hóa bản sao lưu (AES-GCM) bằng mật khẩu ở dòng đầu của tệp này.")
    Path backupPasswordFile;

    /** From this size on, the command says first that the copy and its check take a while (a few seconds a GB). */
    static long noticeFrom = 256L << 20;

    /** A large store's copy is checked in full afterwards: 20 s for 2 GB here, minutes on an office PC. */
    private static void sayWhenLong(Services s) {
        s.storeFileIfAny().ifPresent(file -> {
            try {
                long size = java.nio.file.Files.size(file);
                if (size >= noticeFrom) {
                    System.err.println("atr: " + Messages.get("backup.takesAWhile", vn.atr.domain.VnFormats.bytes(size)));
                }
            } catch (java.io.IOException e) {
                // the backup itself will say what is wrong with the file
            }
        });
    }

    @Override
    public Integer call() {
        Integer refused = store.refuseServerStore();
        if (refused != null) {
            return refused;
        }
        OutputFile.refuseFolder("--out", target.out);
        char[] password = backupPasswordFile == null ? null : PasswordInput.fromFile(backupPasswordFile);
        try (Services s = store.open()) {
            sayWhenLong(s);
            BackupService.BackupInfo info = target.auto ? s.backup().autoBackup() : s.backup().backupTo(target.out, password);
            System.out.println(Messages.get("backup.done", info.file()));
            if (info.deletedForRoom() > 0) {
                System.err.println("atr: " + Messages.get("backup.madeRoom", info.deletedForRoom()));
            }
            RestoreCommand.printContent(info);
            return 0;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }
}
