package vn.atr.format.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.atr.domain.Activity;
import vn.atr.domain.Messages;

/** Why a record line of a package cannot be read, in the user's language and naming the field. */
class PackageJsonTest {
    private static final String LINE = "{\"meta\":{\"id\":\"a\",\"version\":1,\"deleted\":false},"
            + "\"unitCode\":\"304\",\"typeCode\":\"X\",\"startDate\":\"%s\",\"participants\":%s}";

    @AfterEach
    void vietnameseAgain() {
        Messages.setLocale(Messages.VIETNAMESE);
    }

    private static String explain(String json) {
        try {
            PackageJson.mapper().readValue(json, Activity.class);
            throw new AssertionError("read: " + json);
        } catch (Exception e) {
            return PackageJson.explain(e);
        }
    }

    @Test
    void explainsInVietnameseAndInEnglish() {
        assertThat(explain(LINE.formatted("2023-11-31", "1"))).isEqualTo(
                "trường startDate: ngày \"2023-11-31\" không tồn tại hoặc sai dạng (cần yyyy-MM-dd)");
        assertThat(explain(LINE.formatted("2023-11-30", "\"nhiều\""))).isEqualTo(
                "trường participants: giá trị \"nhiều\" sai kiểu (cần số nguyên)");
        assertThat(explain("{\"tên\":1}")).isEqualTo("trường lạ \"tên\" (định dạng gói không có trường này)");
        assertThat(explain("{\"unitCode\":")).startsWith("không phải JSON hợp lệ (dòng 1, cột ");
        Messages.setLocale(Locale.ENGLISH);
        assertThat(explain(LINE.formatted("2023-11-30", "\"nhiều\""))).isEqualTo(
                "field participants: the value \"nhiều\" has the wrong type (a whole number expected)");
        assertThat(explain("{\"tên\":1}")).isEqualTo("unknown field \"tên\" (the package format has no such field)");
    }
}
