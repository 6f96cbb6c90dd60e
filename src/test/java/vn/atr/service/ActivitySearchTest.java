package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.ActivityFilter;
import vn.atr.domain.ActivityRow;
import vn.atr.domain.ActivitySort;
import vn.atr.domain.Meta;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Text;

/**
 * The activity list's search finds a text as people type it: with or without the Vietnamese marks, in any case,
 * in the title, the lead organisation or the notes; the same on both engines, and what is typed is matched as
 * such (a "%" is a per cent sign, not a wildcard).
 */
class ActivitySearchTest implements vn.atr.store.EngineUnderTest {
    private static final ReportPeriod YEAR = ReportPeriod.ofYear(2024);

    @TempDir
    Path dir;

    @Test
    void searchIgnoresMarksAndCapitalsAndTakesWildcardsLiterally() {
        try (Services s = Services.open(store(dir.resolve("s.db")))) {
            save(s, "Tập huấn cho Đoàn Thanh niên phường", null, null);
            save(s, "TUYÊN TRUYỀN LƯU ĐỘNG", "Hội Liên hiệp Phụ nữ", null);
            save(s, "Phát tờ rơi", null, "Đạt 100% kế hoạch");
            save(s, "Treo băng rôn", null, "khu_vực chợ");
            save(s, "Hội thảo với đối tác ÇAMLICA", null, null);

            assertThat(titles(s, "tap huan")).containsExactly("Tập huấn cho Đoàn Thanh niên phường");
            assertThat(titles(s, "ĐOÀN")).containsExactly("Tập huấn cho Đoàn Thanh niên phường");
            assertThat(titles(s, "doan thanh")).containsExactly("Tập huấn cho Đoàn Thanh niên phường");
            assertThat(titles(s, "tuyên truyền")).containsExactly("TUYÊN TRUYỀN LƯU ĐỘNG");
            assertThat(titles(s, "phu nu")).as("the lead organisation").containsExactly("TUYÊN TRUYỀN LƯU ĐỘNG");
            assertThat(titles(s, "dat 100%")).as("the notes").containsExactly("Phát tờ rơi");
            assertThat(titles(s, "100% ke")).containsExactly("Phát tờ rơi");
            assertThat(titles(s, "%")).as("a per cent sign, not everything").containsExactly("Phát tờ rơi");
            assertThat(titles(s, "u_v")).as("an underscore, not any letter").containsExactly("Treo băng rôn");
            assertThat(titles(s, "tâp huân")).as("a mark is not a different letter").hasSize(1);
            assertThat(titles(s, "çamlica")).as("a capital of another language, on a server of any locale")
                    .containsExactly("Hội thảo với đối tác ÇAMLICA");
            assertThat(s.activities().count(filter("phuong")).rows()).isEqualTo(1);
        }
    }

    @Test
    void everySignTypedStandsForItselfOnBothEngines() {
        String[] signs = {"[a]", "x*y", "a?b", "c\\d", "(1)", "$5", "^7", "{2}", "p|q", "1+1", "3.5", "]z", "a-b",
                "'n'", "\"q\"", "😀", "Жук"};
        try (Services s = Services.open(store(dir.resolve("s.db")))) {
            for (String sign : signs) {
                save(s, "Ký hiệu " + sign + " ở đây", null, null);
            }
            for (String sign : signs) {
                assertThat(titles(s, sign)).as(sign).containsExactly("Ký hiệu " + sign + " ở đây");
            }
            assertThat(titles(s, ".")).as("a dot is no wildcard").containsExactly("Ký hiệu 3.5 ở đây");
            assertThat(titles(s, "жук")).as("another alphabet's capitals").containsExactly("Ký hiệu Жук ở đây");
            save(s, "Hợp tác với Campuchia (កម្ពុជា) và Thái Lan (ประเทศไทย)", null, null);
            assertThat(titles(s, "កម្ពុជា")).as("another script's marks are its letters").hasSize(1);
            assertThat(titles(s, "ประเทศไทย")).hasSize(1);
            assertThat(s.activities().count(filter("\u0301")).rows()).as("a mark typed alone searches nothing")
                    .isEqualTo(s.activities().count(filter(null)).rows());
            String pasted = "Tập huấn nâng cao năng lực phòng, chống mua bán người ".repeat(60); // 3,300 characters
            assertThat(titles(s, pasted)).as("a pasted page is searched by its start, not refused").isEmpty();
        }
    }

    @Test
    void everyMarkedVietnameseLetterFoldsAsJavaFoldsIt() {
        String letters = "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ";
        String all = letters + letters.toUpperCase(java.util.Locale.ROOT);
        try (Services s = Services.open(store(dir.resolve("s.db")))) {
            save(s, all, null, null);
            assertThat(Text.fold(all)).isEqualTo("aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd".repeat(2));
            assertThat(titles(s, Text.fold(all))).as("the store's search form is Java's").containsExactly(all);
        }
    }

    private static void save(Services s, String title, String leadOrg, String notes) {
        s.activities().save(new Activity(Meta.fresh("canbo"), "04", "TRAINING", LocalDate.of(2024, 3, 5), null, title,
                leadOrg, List.of(), Set.of(), null, 20, 0, notes), "canbo");
    }

    private static ActivityFilter filter(String text) {
        return new ActivityFilter(YEAR.from(), YEAR.to(), null, null, text, ActivityFilter.DEFAULT_LIMIT);
    }

    private static List<String> titles(Services s, String text) {
        return s.activities().page(filter(text), ActivitySort.DEFAULT, 0, 100).stream().map(ActivityRow::title).toList();
    }
}
