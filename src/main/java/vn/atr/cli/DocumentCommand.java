package vn.atr.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.atr.domain.DirectionDocument;
import vn.atr.domain.DocumentKind;
import vn.atr.domain.Messages;
import vn.atr.domain.Meta;
import vn.atr.domain.VnFormats;
import vn.atr.service.Services;

/** {@code atr document add|list|delete}: the direction documents the report's direction section is drafted from. */
@Command(name = "document", mixinStandardHelpOptions = true,
        description = "Văn bản chỉ đạo, điều hành (kế hoạch, công văn, quyết định...): phần chỉ đạo của báo cáo được soạn từ đây.",
        subcommands = {DocumentCommand.Add.class, DocumentCommand.ListDocuments.class, DocumentCommand.Delete.class})
final class DocumentCommand {

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Ghi một văn bản đã ban hành.")
    static final class Add implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Option(names = "--kind", required = true, paramLabel = "KIND",
                description = "plan (kế hoạch), official_letter (công văn), decision (quyết định), directive (chỉ thị),"
                        + " instruction (hướng dẫn), notice (thông báo), programme (chương trình), other (văn bản).")
        String kind;
        @Option(names = "--number", required = true, paramLabel = "SỐ", description = "Số, ký hiệu (75/KH-UBND).")
        String number;
        @Option(names = "--date", required = true, paramLabel = "D", description = "Ngày ban hành (07/03/2023).")
        String date;
        @Option(names = "--issuer", required = true, paramLabel = "CƠ_QUAN",
                description = "Cơ quan ban hành (Ủy ban nhân dân thành phố).")
        String issuer;
        @Option(names = "--title", required = true, paramLabel = "TRÍCH_YẾU",
                description = "Trích yếu: văn bản về việc gì (không cần chữ \"về\" ở đầu).")
        String title;
        @Option(names = "--unit", paramLabel = "MÃ", description = "Đơn vị ghi văn bản (mặc định: đơn vị của máy này).")
        String unit;

        @Override
        public Integer call() {
            DocumentKind k = CatalogCommand.parse(DocumentKind.class, "--kind", kind);
            var day = DateOption.parse("--date", date);
            try (Services s = store.open()) {
                String unitCode = unit != null ? unit : s.reference().agency().installationUnitCode();
                DirectionDocument saved = s.report().documents().save(new DirectionDocument(Meta.fresh("cli"),
                        unitCode, k, number, day, issuer, title));
                System.out.println(Messages.get("document.cli.added", line(saved), saved.meta().id()));
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Liệt kê các văn bản ban hành trong kỳ.")
    static final class ListDocuments implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Mixin
        PeriodOptions periodOptions;

        @Override
        public Integer call() {
            var period = periodOptions.period();
            try (Services s = store.open()) {
                java.util.List<DirectionDocument> documents = s.report().documents().issuedIn(period);
                if (documents.isEmpty()) {
                    System.out.println(Messages.get("document.cli.none", VnFormats.date(period.from()),
                            VnFormats.date(period.to())));
                }
                for (DirectionDocument d : documents) {
                    System.out.println(d.meta().id() + "  " + line(d));
                }
            }
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Xóa một văn bản (theo mã in ra khi thêm hoặc liệt kê).")
    static final class Delete implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            try (Services s = store.open()) {
                s.report().documents().delete(id);
                System.out.println(Messages.get("document.cli.deleted", id));
            }
            return 0;
        }
    }

    /** "Kế hoạch số 75/KH-UBND ngày 07/03/2023 của Ủy ban nhân dân thành phố về ..." */
    static String line(DirectionDocument d) {
        return Messages.get("document.cli.line", Messages.get("enum.DocumentKind." + d.kind().name()), d.number(),
                VnFormats.date(d.issuedOn()), d.issuer(), d.title());
    }

    private DocumentCommand() {
    }

}
