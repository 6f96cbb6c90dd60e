package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.AtrException;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.report.Progress;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;

/** The audit log records a report export only once the file is in place: a failed export leaves no entry. */
class ReportExportAuditTest implements vn.atr.store.EngineUnderTest {
    @TempDir
    Path dir;

    private static long exports(Services s) {
        return s.audit().list(null, "report.export", 100).size();
    }

    @Test
    void failedExportsAreNotLoggedAndWrittenOnesAre() throws Exception {
        try (Services s = Services.open(store(dir.resolve("s.db")))) {
            s.sample().loadHaiPhong2023();
            ReportModel m = s.report().build(ReportPeriod.ofYear(2023), Optional.empty());
            Path occupied = Files.createDirectories(dir.resolve("bc.docx"));
            Files.writeString(occupied.resolve("keep.txt"), "a folder where the file should go");
            Path missing = dir.resolve("no-such-folder").resolve("pl.xlsx");

            assertThatThrownBy(() -> s.report().exportDocx(m, occupied, ReportOptions.DEFAULT, Progress.NONE))
                    .isInstanceOf(AtrException.class);
            assertThatThrownBy(() -> s.report().exportXlsx(m, missing, ReportOptions.DEFAULT, Progress.NONE))
                    .isInstanceOf(AtrException.class);
            assertThat(exports(s)).isZero();

            Path docx = dir.resolve("ok.docx");
            Path xlsx = dir.resolve("ok.xlsx");
            s.report().exportDocx(m, docx, ReportOptions.DEFAULT, Progress.NONE);
            s.report().exportXlsx(m, xlsx, ReportOptions.DEFAULT, Progress.NONE);
            assertThat(docx).isNotEmptyFile();
            assertThat(xlsx).isNotEmptyFile();
            assertThat(s.audit().list(null, "report.export", 100)).extracting(e -> e.recordId())
                    .containsExactlyInAnyOrder("ok.docx", "ok.xlsx");
        }
    }
}
