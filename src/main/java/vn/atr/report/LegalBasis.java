package vn.atr.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.atr.domain.AtrException;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;

/**
 * The texts a report is made under, each cited only for the periods that end while it is in force: the 2011
 * anti-trafficking law until 30/06/2025, the 2024 law from 01/07/2025, the reporting decree, the city's plan
 * of a year. They are entries of the report text ({@code legalBasis.RANK.NAME}, with {@code .from} and
 * {@code .until} as yyyy-MM-dd, either left out when open), cited by rank then name; a compiler adds the
 * city's plan of the year beside the store like any other wording.
 */
public final class LegalBasis {
    /** The prefix of the entries; a compiler may add entries under it, not only change them. */
    public static final String PREFIX = "legalBasis.";
    private static final Pattern ITEM = Pattern.compile("legalBasis\\.(\\d+)\\.(\\w+)");

    private LegalBasis() {
    }

    /** One text with the dates it applies to (null: open on that side). */
    record Item(int rank, String name, String text, LocalDate from, LocalDate until) {
        boolean inForceOn(LocalDate day) {
            return (from == null || !from.isAfter(day)) && (until == null || !until.isBefore(day));
        }
    }

    /**
     * The texts in force on the period's cut-off date, in the order they are cited: the report is made under
     * them (a 2025 annual report under the 2024 law, a report of the first half of 2025 under the 2011 law;
     * the city's plan of 2023 for the periods that end in 2023).
     */
    public static List<String> forPeriod(ReportText text, ReportPeriod period) {
        return items(text).stream().filter(i -> i.inForceOn(period.to())).map(Item::text).toList();
    }

    static List<Item> items(ReportText text) {
        return text.keys().stream().map(ITEM::matcher).filter(Matcher::matches)
                .map(m -> new Item(Integer.parseInt(m.group(1)), m.group(2), text.get(m.group()),
                        date(text, m.group() + ".from"), date(text, m.group() + ".until")))
                .sorted(Comparator.comparingInt(Item::rank).thenComparing(Item::name)).toList();
    }

    /** An ISO date, or null when the entry is missing or empty; anything else is refused naming the entry. */
    private static LocalDate date(ReportText text, String key) {
        if (!text.has(key) || text.get(key).isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.get(key).strip());
        } catch (DateTimeParseException e) {
            throw new AtrException(Messages.get("report.legalBasisDate", key, text.get(key)));
        }
    }
}
