package vn.atr.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.atr.domain.ReportDraft;
import vn.atr.domain.ReportDraft.Section;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.report.Progress;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;
import vn.atr.service.Services;

/** A real store with the Hai Phong 2023 sample and a draft, and the report files written from it. */
final class ReportFixture {
    static final ReportPeriod Y2023 = ReportPeriod.ofYear(2023);
    static final String ASSESSMENT = "Công tác phòng, chống mua bán người năm 2023 đạt nhiều kết quả.";

    private ReportFixture() {
    }

    static Services sampleStore(Path dir) {
        Services s = Services.open(dir.resolve("s.db"));
        s.sample().loadHaiPhong2023();
        return s;
    }

    /** The test's draft, replacing the one the sample ships (saved over its stored version). */
    static ReportDraft draft(Services s) {
        return new ReportDraft(Y2023, "05", LocalDate.of(2024, 1, 5), "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Văn An",
                List.of("Ủy ban nhân dân thành phố (để báo cáo)", "Lưu: VT, CCPCTNXH"),
                Map.of(Section.ASSESSMENT, ASSESSMENT + "\n\nMột số địa phương còn hạn chế."),
                ReportDraft.Status.DRAFT, s.report().drafts().get(Y2023).version());
    }

    static ReportModel model(Services s, ReportPeriod period) {
        return s.report().build(period, Optional.empty());
    }

    static Path docx(Services s, ReportModel m, Path file, ReportOptions options) {
        s.report().exportDocx(m, file, options, Progress.NONE);
        return file;
    }

    static Path xlsx(Services s, ReportModel m, Path file, ReportOptions options) {
        s.report().exportXlsx(m, file, options, Progress.NONE);
        return file;
    }
}
