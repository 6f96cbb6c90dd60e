package vn.atr.report.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.atr.domain.Messages;
import vn.atr.report.ReportText;

/**
 * The header's cells against the longest agency names of the 34 provinces (the store's own list of
 * provinces): every line fits its cell in the font's real metrics, and no name is broken inside a group
 * of words ("THÀNH PHỐ", a province's name, "NÔNG NGHIỆP"...).
 */
public class AgencyLinesTest {
    static final int LEFT = WordReportWriter.TEXT_WIDTH - WordFront.NATION_COLUMN;
    static final List<String> DEPARTMENTS = List.of("SỞ NỘI VỤ", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
            "SỞ DÂN TỘC VÀ TÔN GIÁO", "SỞ TÀI CHÍNH", "SỞ CÔNG THƯƠNG", "SỞ XÂY DỰNG", "SỞ Y TẾ", "SỞ TƯ PHÁP",
            "SỞ NGOẠI VỤ", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "VĂN PHÒNG ỦY BAN NHÂN DÂN",
            "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG", "BỘ CHỈ HUY QUÂN SỰ", "CÔNG AN");
    /** Groups of words a line may never split. */
    static final List<String> GROUPS = List.of("ỦY BAN NHÂN DÂN", "THÀNH PHỐ", "NÔNG NGHIỆP", "MÔI TRƯỜNG",
            "VĂN HÓA", "THỂ THAO", "DU LỊCH", "KHOA HỌC", "CÔNG NGHỆ", "GIÁO DỤC", "ĐÀO TẠO", "DÂN TỘC",
            "TÔN GIÁO", "LAO ĐỘNG", "THƯƠNG BINH", "XÃ HỘI", "BỘ ĐỘI", "BIÊN PHÒNG", "CHỈ HUY", "QUÂN SỰ",
            "VĂN PHÒNG", "NỘI VỤ", "CÔNG AN");

    private final AgencyLines lines = new AgencyLines(ReportText.vietnamese());

    record Province(String name, boolean city) {
        String place() {
            return (city ? "THÀNH PHỐ " : "TỈNH ") + name.toUpperCase(Messages.VIETNAMESE);
        }
    }

    /** The 34 provinces since 1 July 2025, as the store's reference data lists them. */
    static List<Province> provinces() throws IOException {
        String sql;
        try (InputStream in = AgencyLinesTest.class.getResourceAsStream("/db/migration/V2__reference_data.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("VALUES \\('\\d+', '([^']+)', 'PROVINCE', '(\\w+)'").matcher(sql);
        List<Province> list = new ArrayList<>();
        while (m.find()) {
            list.add(new Province(m.group(1), m.group(2).startsWith("thanh")));
        }
        return list;
    }

    /** Widths measured here with AWT's FontMetrics, independently of the code under test. */
    public static double width(String s, boolean bold) {
        String family = TextWidth.family();
        assertThat(family).isIn("Times New Roman", "Liberation Serif");
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_FRACTIONALMETRICS,
                    java.awt.RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            FontMetrics fm = g.getFontMetrics(new Font(family, bold ? Font.BOLD : Font.PLAIN, 12));
            return fm.getStringBounds(s, g).getWidth();
        } finally {
            g.dispose();
        }
    }

    @Test
    void theNationalNameFitsTheRightCellOnOneLine() {
        double usable = AgencyLines.usable(WordFront.NATION_COLUMN);
        assertThat(width(ReportText.vietnamese().get("header.nation"), true)).isLessThanOrEqualTo(usable);
        assertThat(usable - width(ReportText.vietnamese().get("header.nation"), true)).isLessThan(10);
    }

    @Test
    void everyProvincesPeopleCommitteeAndDepartmentBreaksOnlyBetweenGroups() throws IOException {
        List<Province> provinces = provinces();
        assertThat(provinces).hasSize(34);
        double usable = AgencyLines.usable(LEFT);
        int names = 0;
        for (Province p : provinces) {
            List<String> all = new ArrayList<>();
            all.add("ỦY BAN NHÂN DÂN " + p.place());
            DEPARTMENTS.forEach(d -> all.add(d));
            all.add("CÔNG AN " + p.place());
            all.add("BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG " + p.place());
            for (String name : all) {
                boolean bold = !name.startsWith("ỦY BAN");
                List<String> printed = lines.lines(name, LEFT, 12, bold);
                assertThat(String.join(" ", printed)).isEqualTo(name);
                for (String line : printed) {
                    assertThat(width(line, bold)).as(line).isLessThanOrEqualTo(usable);
                }
                List<String> whole = new ArrayList<>(GROUPS);
                whole.add(p.name().toUpperCase(Messages.VIETNAMESE));
                for (String group : whole) {
                    if (name.contains(group)) {
                        assertThat(printed).as(name + " keeps " + group).anyMatch(l -> l.contains(group));
                    }
                }
                names++;
            }
        }
        assertThat(names).isEqualTo(34 * (DEPARTMENTS.size() + 3));
    }

    @Test
    void theLongestNamesBreakWhereAWriterWould() {
        assertThat(lines.lines("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", LEFT, 12, false))
                .containsExactly("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH");
        assertThat(lines.lines("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", LEFT, 12, false))
                .containsExactly("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG");
        assertThat(lines.lines("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", LEFT, 12, true))
                .containsExactly("SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG");
        assertThat(lines.lines("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", LEFT, 12, true))
                .containsExactly("SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI");
        assertThat(lines.lines("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", LEFT, 12, true))
                .containsExactly("SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH");
        assertThat(lines.lines("SỞ Y TẾ", LEFT, 12, true)).containsExactly("SỞ Y TẾ");
    }
}
