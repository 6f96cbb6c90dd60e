package vn.atr.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.atr.domain.Messages;
import vn.atr.domain.VnFormats;
import vn.atr.domain.access.PackageSender;
import vn.atr.domain.access.ReceivedAuditHead;
import vn.atr.service.Services;

/**
 * {@code atr trust list [--json] | approve FINGERPRINT [--former-unit CODE...] | revoke FINGERPRINT | add --key FILE [--unit CODE]
 * | export-key --out FILE}: the package senders this store trusts (ADR 0080).
 */
@Command(name = "trust", mixinStandardHelpOptions = true,
        description = "Nơi gửi gói dữ liệu được tin cậy: xem, duyệt, thu hồi, ghi danh; xuất khóa của cài đặt này.",
        subcommands = {TrustCommand.ListSenders.class, TrustCommand.Approve.class, TrustCommand.Revoke.class,
                TrustCommand.Add.class, TrustCommand.ExportKey.class})
final class TrustCommand {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Liệt kê nơi gửi, trạng thái và đầu chuỗi nhật ký trong gói mới nhất của từng nơi.")
    static final class ListSenders implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Option(names = "--json", description = "In dạng JSON: fingerprint, unit, installation, status, formerUnits,"
                + " auditSeq, auditHead, auditPackageWritten.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (Services s = store.open()) {
                List<PackageSender> senders = s.exchange().trust().list();
                Map<String, ReceivedAuditHead> heads = s.exchange().trust().auditHeads();
                if (json) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (PackageSender p : senders) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("fingerprint", p.fingerprint());
                        m.put("unit", p.unit());
                        m.put("installation", p.installation());
                        m.put("status", p.status().code());
                        m.put("formerUnits", s.exchange().trust().formerUnits(p.fingerprint()));
                        ReceivedAuditHead h = heads.get(p.fingerprint());
                        m.put("auditSeq", h == null ? null : h.head().seq());
                        m.put("auditHead", h == null ? null : h.head().hash());
                        m.put("auditPackageWritten", h == null ? null : h.packageWritten().toString());
                        rows.add(m);
                    }
                    JsonOutput.print(rows);
                    return 0;
                }
                if (senders.isEmpty()) {
                    System.out.println(Messages.get("trust.cli.none"));
                }
                java.util.Map<String, String> names = s.reference().unitNames();
                for (PackageSender p : senders) {
                    System.out.println(Messages.get("trust.cli.line", p.fingerprint(), status(p.status()),
                            PackageSender.unitText(p.unit(), p.unit() == null ? null : names.get(p.unit())),
                            p.installation()));
                    List<String> former = s.exchange().trust().formerUnits(p.fingerprint());
                    if (!former.isEmpty()) {
                        System.out.println(Messages.get("trust.cli.formerUnits", String.join(", ", former.stream()
                                .map(c -> names.containsKey(c) ? names.get(c) + " (" + c + ")" : c).toList())));
                    }
                    ReceivedAuditHead h = heads.get(p.fingerprint());
                    if (h != null) {
                        System.out.println(Messages.get("trust.cli.auditHead", h.head().seq(), h.head().hash(),
                                VnFormats.dateTime(h.packageWritten())));
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Duyệt một nơi gửi (quản trị viên), sau khi đối chiếu mã khóa với nơi gửi.")
    static final class Approve implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Parameters(index = "0", paramLabel = "FINGERPRINT")
        String fingerprint;
        @Option(names = "--former-unit", paramLabel = "CODE",
                description = "Cho phép nơi gửi gửi thêm dữ liệu ghi theo một đơn vị đã giải thể khi sắp xếp (mã hoặc tên,"
                        + " ví dụ huyện cũ trước 01/07/2025 của phường, xã nay là nơi gửi); ghi nhiều lần cho nhiều đơn vị.")
        List<String> formerUnits = new ArrayList<>();

        @Override
        public Integer call() {
            try (Services s = store.open()) {
                List<String> codes = formerUnits.stream().map(u -> UnitArgument.resolve(s, u)).toList();
                PackageSender p = s.exchange().trust().approve(fingerprint, codes);
                Map<String, String> names = s.reference().unitNames();
                System.out.println(Messages.get("trust.cli.approved", p.fingerprint(), PackageSender.unitText(p.unit(),
                        p.unit() == null ? null : names.get(p.unit())), p.installation()));
                for (String code : codes) {
                    s.reference().unit(code).ifPresent(u -> System.out.println(Messages.get("trust.cli.formerUnit",
                            p.fingerprint(), u.name(), u.code(), VnFormats.date(u.validTo()))));
                }
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Thu hồi tin cậy một nơi gửi (quản trị viên).")
    static final class Revoke implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Parameters(index = "0", paramLabel = "FINGERPRINT")
        String fingerprint;

        @Override
        public Integer call() {
            try (Services s = store.open()) {
                PackageSender p = s.exchange().trust().revoke(fingerprint);
                System.out.println(Messages.get("trust.cli.revoked", p.fingerprint()));
            }
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Ghi danh (đã duyệt) một nơi gửi từ tệp khóa của nó (atr trust export-key ở nơi gửi).")
    static final class Add implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Option(names = "--key", required = true, paramLabel = "FILE", description = "Tệp khóa công khai của nơi gửi.")
        Path key;
        @Option(names = "--unit", paramLabel = "CODE", description = "Đơn vị của nơi gửi (mặc định: đơn vị ghi trong tệp).")
        String unit;

        @Override
        public Integer call() {
            try (Services s = store.open()) {
                java.util.Set<String> known = new java.util.HashSet<>(s.exchange().trust().list().stream()
                        .map(PackageSender::fingerprint).toList());
                PackageSender p = s.exchange().trust().add(key, unit);
                // enrolling the same key again (a second try, a changed unit) says it was known
                System.out.println(Messages.get(known.contains(p.fingerprint()) ? "trust.cli.addedAgain" : "trust.cli.added",
                        p.fingerprint(), unit(p.unit()), p.installation()));
            }
            return 0;
        }
    }

    @Command(name = "export-key", mixinStandardHelpOptions = true,
            description = "Ghi khóa công khai của cài đặt này ra tệp để thành phố ghi danh.")
    static final class ExportKey implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        @Override
        public Integer call() {
            try (Services s = store.open()) {
                String fingerprint = s.exchange().trust().exportKey(out);
                System.out.println(Messages.get("trust.cli.keyWritten", out, fingerprint));
            }
            return 0;
        }
    }

    private static String status(PackageSender.Status s) {
        return switch (s) {
            case PENDING -> Messages.get("trust.status.pending");
            case APPROVED -> Messages.get("trust.status.approved");
            case REVOKED -> Messages.get("trust.status.revoked");
        };
    }

    private static String unit(String code) {
        return vn.atr.domain.access.PackageSender.unitText(code);
    }
}
