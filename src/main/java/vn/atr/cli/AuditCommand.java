package vn.atr.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.atr.domain.access.AuditCheck;
import vn.atr.domain.access.AuditEntry;
import vn.atr.domain.access.StoreCheck;
import vn.atr.domain.Messages;
import vn.atr.domain.VnFormats;
import vn.atr.service.Services;

/** {@code atr audit verify|list}: checking and reading the audit log (administrator). */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Nhật ký thao tác.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.ListEntries.class})
final class AuditCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Kiểm tra chuỗi băm của nhật ký, thông tin nhận dạng và tài khoản (mã thoát 1 nếu bị sửa).")
    static final class Verify implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Option(names = "--expect", paramLabel = "HASH",
                description = "Đầu chuỗi đã ghi lại trước đó (in ra bởi lệnh này hoặc khi sao lưu): chuỗi phải còn chứa nó.")
        String expect;

        @Override
        public Integer call() {
            // a hash copied wrongly is a typo to correct, not a log found rewritten ("báo lãnh đạo")
            if (expect != null && !expect.strip().matches("[0-9a-fA-F]{64}")) {
                throw new UsageException(Messages.get("audit.expectNotAHash", expect.strip(), expect.strip().length()));
            }
            try (Services s = store.open()) {
                StoreCheck check = s.audit().check(expect == null ? null : expect.strip().toLowerCase(java.util.Locale.ROOT));
                // the head first: it is what the administrator writes down outside the store
                System.out.println(Messages.get("audit.head", check.head().seq(), check.head().hash()));
                List<String> problems = problems(check);
                if (!problems.isEmpty()) {
                    throw new CliFailure(String.join("; ", problems));
                }
                System.out.println(Messages.get("audit.intact", VnFormats.number(check.audit().entries())));
                if (!check.awaitingSigningCopy().isEmpty()) {
                    System.out.println(Messages.get("audit.signingKeyClear", String.join(", ",
                            check.awaitingSigningCopy())));
                }
            }
            return 0;
        }

        static List<String> problems(StoreCheck check) {
            List<String> out = new ArrayList<>();
            AuditCheck chain = check.audit();
            if (!chain.intact()) {
                out.add(Messages.get("audit.broken", chain.firstBrokenSeq(), chain.reasonText(), chain.entries()));
            }
            if (!check.reachesExpected()) {
                out.add(Messages.get("audit.headMissing", check.expectedHead()));
            }
            if (!check.clearIdentities().isEmpty()) {
                out.add(Messages.get("audit.clearIdentities", String.join(", ", check.clearIdentities())));
            }
            if (!check.tamperedAccounts().isEmpty()) {
                out.add(Messages.get("audit.tamperedAccounts", String.join(", ", check.tamperedAccounts())));
            }
            return out;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Liệt kê nhật ký, mới nhất trước.")
    static final class ListEntries implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Option(names = "--by", paramLabel = "NAME", description = "Chỉ các mục của người dùng này.")
        String by;
        @Option(names = "--action", paramLabel = "PREFIX", description = "Chỉ các hành động bắt đầu bằng (vd. login).")
        String action;
        @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "Số mục tối đa (mặc định 50).")
        int limit;
        @Option(names = "--json", description = "In dạng JSON (khóa tiếng Anh) cho các tập lệnh.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (Services s = store.open()) {
                List<AuditEntry> entries = s.audit().list(by, action, limit);
                if (json) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (AuditEntry e : entries) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("seq", e.seq());
                        m.put("at", e.at().toString());
                        m.put("user", e.user());
                        m.put("action", e.action());
                        m.put("recordKind", e.recordKind());
                        m.put("recordId", e.recordId());
                        m.put("versionBefore", e.versionBefore());
                        m.put("versionAfter", e.versionAfter());
                        m.put("detail", e.detail());
                        m.put("hash", e.hash());
                        rows.add(m);
                    }
                    JsonOutput.print(rows);
                    return 0;
                }
                for (AuditEntry e : entries) {
                    System.out.printf("%6d %s %-12s %-16s %-16s %s %s%n", e.seq(), VnFormats.dateTime(e.at()),
                            oneLine(e.user()), oneLine(e.action()), oneLine(e.recordKind()), oneLine(e.recordId()),
                            oneLine(e.detail()));
                }
            }
            return 0;
        }

        /**
         * A field as one line of the listing: a line break or other control character in it (a package's file
         * name is whatever its sender chose) is shown escaped, so that no field can print a line that looks
         * like an entry of its own.
         */
        static String oneLine(String field) {
            if (field == null) {
                return "";
            }
            StringBuilder out = new StringBuilder(field.length());
            field.codePoints().forEach(c -> {
                if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\r') {
                    out.append("\\r");
                } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                    out.append(String.format("\\u%04x", c));
                } else {
                    out.appendCodePoint(c);
                }
            });
            return out.toString();
        }
    }
}
