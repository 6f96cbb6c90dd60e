package vn.atr.cli;

import vn.atr.domain.Messages;
import vn.atr.domain.VnFormats;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.atr.service.Services;
import vn.atr.service.exchange.ExchangeService;
import vn.atr.service.exchange.ImportPlan;

/**
 * {@code atr export}: a data package for the city. With {@code --with-identifiers} the package
 * password comes from {@code --password-file}; the login password (stores with users) then comes from
 * ATR_PASSWORD_FILE or the terminal, never from the same file.
 */
@Command(name = "export", description = "Xuất gói dữ liệu (.atrpkg) để gửi cấp trên (USB, thư điện tử).")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    PeriodOptions periodOptions;

    @Option(names = "--unit", paramLabel = "CODE", description = "Chỉ xuất bản ghi của đơn vị này (mã hoặc tên) và các đơn vị trực thuộc (mặc định: đơn vị của tệp dữ liệu này nếu đã đặt, như trên cửa sổ; nếu chưa đặt thì mọi đơn vị).")
    String unit;

    @Option(names = "--all-units", description = "Xuất bản ghi của mọi đơn vị (nơi nhận phải duyệt máy này là nơi gửi của mọi đơn vị).")
    boolean allUnits;

    @Option(names = "--out", paramLabel = "FILE.atrpkg", required = true, description = "Tệp gói sẽ ghi (.atrpkg).")
    Path out;

    @Option(names = "--with-identifiers",
            description = "Kèm thông tin nhận dạng nạn nhân; cả gói được mã hóa bằng mật khẩu ở --password-file.")
    boolean withIdentifiers;

    @Option(names = "--json", description = "In kết quả dạng JSON (file, encrypted, counts, deleted) cho các tập lệnh.")
    boolean json;

    @Override
    public Integer call() {
        var period = periodOptions.period();
        out = OutputFile.require("--out", out, "atrpkg");
        char[] password = packagePassword(store, withIdentifiers);
        if (allUnits && unit != null) {
            throw new UsageException(Messages.get("exchange.cli.unitOrAll"));
        }
        try (Services s = store.open()) {
            unit = UnitArgument.resolve(s, unit); // a code, or a unit's name ("Hồng An")
            boolean own = unit == null && !allUnits && s.session().restrictedUnit().isEmpty();
            if (own) {
                unit = ownUnit(s);
            }
            ExchangeService.ExportResult r = s.exchange().export(unit, period, out, password);
            print(r, password != null);
            if (own && unit != null && !json) {
                System.out.println(Messages.get("exchange.cli.ownUnit", s.reference().unitNames().getOrDefault(unit, unit),
                        unit));
            }
            if (!own && unit != null && !json) {
                outsideOwnUnit(s, unit);
            }
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
        return 0;
    }

    /**
     * Records per kind in words by default; {@code --json}: {"file", "encrypted", "counts": {table: n}, "deleted": n},
     * {@code deleted} being how many of them are deletions.
     */
    private void print(ExchangeService.ExportResult r, boolean encrypted) {
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("file", r.file().toString());
            result.put("encrypted", encrypted);
            result.put("counts", r.counts());
            result.put("deleted", r.deletions());
            JsonOutput.print(result);
            return;
        }
        System.out.println(Messages.get(encrypted ? "exchange.cli.exportedEncrypted" : "exchange.cli.exported", r.file(),
                r.summary()));
        r.counts().forEach((kind, n) -> System.out.printf("  %-22s %10s%n", ImportPlan.entityLabel(kind),
                VnFormats.number(n)));
    }

    /**
     * The store's own unit (a ward's machine sends its ward, as the window does; said after the package is written):
     * a package of every unit would be refused by a city that enrolled the ward for its unit.
     */
    private static String ownUnit(Services s) {
        String own = s.reference().agency().installationUnitCode();
        return own == null || own.isBlank() ? null : own;
    }

    /**
     * A unit outside this store's own (another ward typed on a ward's machine): the package holds nothing or records
     * a city that enrolled this machine for its unit refuses, unless that unit was dissolved and allowed (ADR 0196).
     */
    private static void outsideOwnUnit(Services s, String unit) {
        String own = ownUnit(s);
        if (own == null || s.reference().codesWithin(own).contains(unit)
                || s.reference().unit(unit).map(u -> u.validTo() != null).orElse(false)) {
            return;
        }
        java.util.Map<String, String> names = s.reference().unitNames();
        System.out.println(Messages.get("exchange.cli.otherThanOwn", names.getOrDefault(unit, unit), unit,
                names.getOrDefault(own, own), own));
    }

    /** The package password from --password-file (taken away from the login), if wanted. */
    static char[] packagePassword(StoreOption store, boolean wanted) {
        if (!wanted) {
            return null;
        }
        if (store.passwordFile == null) {
            throw new UsageException(Messages.get("exchange.cli.passwordFileNeeded"));
        }
        char[] password = PasswordInput.fromFile(store.passwordFile);
        store.passwordFile = null;
        store.packageTookPasswordFile = true;
        if (password.length < 8) {
            throw new CliFailure(Messages.get("exchange.cli.passwordTooShort"));
        }
        return password;
    }
}
