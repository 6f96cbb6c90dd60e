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
 * The texts a report is made under, each cited for the periods it is in force at the end of, or during at
 * least half of: the 2011 anti-trafficking law until 30/06/2025, the 2024 law from 01/07/2025 (the 2025 annual
 * report covers work done mostly under the first and cites both), the reporting decree, the city's plan of a
 * year (a plan of 2023 is not cited in the 2024 report for its last 17 days of 2023). They are entries of the report text ({@code legalBasis.RANK.NAME}, with {@code .from} and
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

        /** In force at the period's end, or for at least half of its days. */
        boolean citedFor(ReportPeriod p) {
            if (inForceOn(p.to())) {
                return true;
            }
            LocalDate first = from == null || from.isBefore(p.from()) ? p.from() : from;
            LocalDate last = until == null || until.isAfter(p.to()) ? p.to() : until;
            long days = p.to().toEpochDay() - p.from().toEpochDay() + 1;
            return !last.isBefore(first) && 2 * (last.toEpochDay() - first.toEpochDay() + 1) >= days;
        }
    }

    /**
     * The texts cited for the period, in order: the work reported was done under them (a report of the first half
     * of 2025 under the 2011 law, of 2026 under the 2024 law, the 2025 annual report, from 15/12/2024 to
     * 14/12/2025, under both; the city's plan of 2023 for the periods of 2023).
     */
    public static List<String> forPeriod(ReportText text, ReportPeriod period) {
        return items(text).stream().filter(i -> i.citedFor(period)).map(Item::text).toList();
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
