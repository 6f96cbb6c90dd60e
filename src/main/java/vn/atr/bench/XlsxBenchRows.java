package vn.atr.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import vn.atr.domain.VnFormats;

/**
 * Rows of the activities sheet for {@code atr bench exchange}, made one at a time so that the
 * benchmark measures the workbook, not a list of 100,000 rows held in memory. Values are what users
 * enter: unit and type labels from the drop-down lists, Excel dates, and in one row out of seven a
 * typed date and a "1.200" text number, so the import's slower paths are part of the figure.
 */
final class XlsxBenchRows {
    private static final List<String> UNITS = List.of("303 - Quận Hồng Bàng", "304 - Quận Ngô Quyền",
            "305 - Quận Lê Chân", "306 - Quận Hải An", "307 - Quận Kiến An", "311 - Huyện Thủy Nguyên",
            "312 - Huyện An Dương", "313 - Huyện An Lão", "314 - Huyện Kiến Thụy", "315 - Huyện Tiên Lãng");
    private static final List<String> TYPES = List.of("Buổi tuyên truyền", "Lớp tập huấn", "Tờ rơi, tài liệu",
            "Tin bài", "Băng rôn, khẩu hiệu", "Hội nghị, hội thảo");
    private static final LocalDate FIRST = LocalDate.of(2022, 12, 15);

    private XlsxBenchRows() {
    }

    /** Materials and media (leaflets, news, banners) with their number, as entry requires; sessions at times 200. */
    private static long quantity(int n) {
        String type = TYPES.get(n % TYPES.size());
        return type.startsWith("Tờ rơi") || type.equals("Tin bài") || type.startsWith("Băng rôn") ? 1 + n % 500L
                : n % 5 == 0 ? 200L : 0L;
    }

    static Iterator<List<Object>> activities(int count) {
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public List<Object> next() {
                if (i >= count) {
                    throw new NoSuchElementException();
                }
                int n = i++;
                LocalDate day = FIRST.plusDays(n % 365);
                boolean typed = n % 7 == 0;
                long participants = 20 + (n * 37L) % 400;
                return Arrays.asList(UNITS.get(n % UNITS.size()), TYPES.get(n % TYPES.size()),
                        typed ? VnFormats.date(day) : day, null,
                        "Tuyên truyền phòng, chống mua bán người số " + n, "Sở Y tế", "Công an thành phố",
                        n % 3 == 0 ? "Ma túy; Mại dâm" : null, "Người dân",
                        typed ? VnFormats.number(participants + 1000) : participants, quantity(n));
            }
        };
    }
}
