package vn.atr.service;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.atr.domain.ReportPeriod;

/**
 * Writes the files of {@code src/test/resources/legacy/}, each as the program of its time wrote it: a data
 * package (plain and password-encrypted) and an encrypted backup from before packages were signed and
 * before backups and packages shared one password cipher ({@code main(DIR)}); and a signed package of
 * format 2, from before packages carried the sender's audit chain head ({@code main(DIR, "format2")}, run at
 * commit b0fbfbd). The committed files are what the tests use; this class says how they were made (run once,
 * from the project folder, with the test classpath: today's code writes today's format).
 */
public final class LegacyFixtures {
    public static final Path DIR = Path.of("src/test/resources/legacy");
    public static final String UNIT = "305";
    public static final String PACKAGE_PASSWORD = "mật khẩu gói cũ 2023";
    public static final String BACKUP_PASSWORD = "mật khẩu sao lưu cũ";
    public static final Path FORMAT2 = DIR.resolve("package-format2.atrpkg");
    public static final Path FORMAT2_ENCRYPTED = DIR.resolve("package-format2-encrypted.atrpkg");

    private LegacyFixtures() {
    }

    public static void main(String[] args) throws Exception {
        Path out = args.length > 0 ? Path.of(args[0]) : DIR;
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("atr-legacy");
        try (Services s = Services.open(work.resolve("ward.db"))) {
            SecurityFixtures.victimsWithIdentities(s, UNIT);
            s.activities().save(SecurityFixtures.activity(UNIT), "local");
            ReportPeriod year = ReportPeriod.ofYear(2023);
            if (args.length > 1 && args[1].equals("format2")) {
                s.exchange().export(UNIT, year, out.resolve(FORMAT2.getFileName()), null);
                s.exchange().export(UNIT, year, out.resolve(FORMAT2_ENCRYPTED.getFileName()),
                        PACKAGE_PASSWORD.toCharArray(), false);
                System.out.println("Wrote the format 2 packages to " + out);
                return;
            }
            s.exchange().export(UNIT, year, out.resolve("package-unsigned.atrpkg"), null);
            s.exchange().export(UNIT, year, out.resolve("package-unsigned-encrypted.atrpkg"),
                    PACKAGE_PASSWORD.toCharArray(), false);
            s.backup().backupTo(out.resolve("backup-encrypted.atrbak"), BACKUP_PASSWORD.toCharArray());
        }
        System.out.println("Wrote the legacy fixtures to " + out);
    }
}
