package vn.atr.format.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.atr.domain.ReportDraft;
import vn.atr.domain.ReportDraft.Section;
import vn.atr.domain.ReportPeriod;

/** The draft text file: what {@code atr draft} prints reads back as the same draft. */
class DraftFileFormatTest {
    private static final ReportPeriod Y = ReportPeriod.ofYear(2024);

    @Test
    void formatThenParseGivesTheSameDraft() {
        ReportDraft d = new ReportDraft(Y, "12", LocalDate.of(2025, 1, 6), "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Trần Thị B",
                List.of("UBND thành phố", "Lưu: VT, SYT"),
                Map.of(Section.SITUATION, "Đoạn một.\n\nĐoạn hai.", Section.TASKS, "Nhiệm vụ."),
                ReportDraft.Status.SUBMITTED, 3);
        ReportDraft back = DraftFileFormat.parse(DraftFileFormat.format(d), Y, 3);
        assertThat(back).isEqualTo(d);
    }

    @Test
    void badLinesAndDatesAreNamed() {
        assertThatThrownBy(() -> DraftFileFormat.parse("number = 1\nsigner = x\n", Y, 0))
                .isInstanceOf(DraftFormatException.class).hasMessageContaining("dòng 2").hasMessageContaining("signer");
        assertThatThrownBy(() -> DraftFileFormat.parse("just text\n", Y, 0))
                .isInstanceOf(DraftFormatException.class).hasMessageContaining("dòng 1");
        assertThatThrownBy(() -> DraftFileFormat.parse("number = 1\ndate = 31/11/2024\n", Y, 0))
                .isInstanceOf(DraftFormatException.class).hasMessageContaining("dòng 2").hasMessageContaining("31/11/2024");
        assertThatThrownBy(() -> DraftFileFormat.parse("status = signed\n", Y, 0))
                .isInstanceOf(DraftFormatException.class).hasMessageContaining("dòng 1").hasMessageContaining("signed");
    }
}
