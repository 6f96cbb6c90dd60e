package vn.atr.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.atr.domain.Messages;

/**
 * An agency's name as running text writes it ("Sở Lao động - Thương binh và Xã hội", "Ủy ban nhân dân
 * thành phố Hải Phòng") from the capitals the header prints and the settings hold. The capitalisation
 * rules of Decree 30/2020 (Appendix II) for these names: the first syllable of the name and of each part
 * of a department's field (after "Sở", "và", a comma or a dash), and every syllable of a place's name
 * (after "tỉnh", "thành phố", or the people's committee of a commune). A name already in mixed case is
 * kept as written.
 */
public final class AgencyName {
    private static final Pattern PART = Pattern.compile("(^sở |, | - | và )(\\p{L})");
    private static final Pattern PLACE = Pattern.compile("(tỉnh |thành phố |^ủy ban nhân dân (?:xã |phường |đặc khu ))(.+)$");

    private AgencyName() {
    }

    public static String inText(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String s = name.strip();
        if (!s.equals(s.toUpperCase(Messages.VIETNAMESE))) {
            return s;
        }
        s = s.toLowerCase(Messages.VIETNAMESE);
        Matcher place = PLACE.matcher(s);
        if (place.find()) {
            s = s.substring(0, place.start(2)) + words(place.group(2));
        }
        s = PART.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + upper(m.group(2))));
        return upper(s.substring(0, 1)) + s.substring(1);
    }

    private static String words(String place) {
        return Pattern.compile("(^| )(\\p{L})").matcher(place)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + upper(m.group(2))));
    }

    private static String upper(String letter) {
        return letter.toUpperCase(Messages.VIETNAMESE);
    }
}
