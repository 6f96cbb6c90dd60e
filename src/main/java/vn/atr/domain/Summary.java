package vn.atr.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The headline figures of the annual report for a period (and optionally a unit). The component
 * names are the keys of {@code atr summary --json}: a public contract. {@code victims} counts every person recorded
 * with a case, {@code victimsNotYetIdentified} those of them not (yet) found to be victims
 * ({@link LegalStatus#NOT_YET_VICTIMS}).
 */
public record Summary(
        LocalDate from,
        LocalDate to,
        long trainingCourses,
        long trainingParticipants,
        long outreachSessions,
        long outreachParticipants,
        long leaflets,
        long bannerPlaces,
        long newsArticles,
        long legalDocumentsPosted,
        long websiteNewsItems,
        long websiteVisits,
        long conferences,
        long broadcasts,
        long cases,
        long victims,
        long victimsNotYetIdentified,
        long victimsLocal,
        long victimsOtherProvince,
        long victimsReturned,
        long supportServices,
        long supportAmountVnd) {

    /** Whether any figure is above zero: a period with nothing entered has none. */
    public boolean hasData() {
        return java.util.stream.LongStream.of(trainingCourses, trainingParticipants, outreachSessions,
                outreachParticipants, leaflets, bannerPlaces, newsArticles, legalDocumentsPosted, websiteNewsItems,
                websiteVisits, conferences, broadcasts, cases, victims, victimsNotYetIdentified, victimsLocal, victimsOtherProvince,
                victimsReturned, supportServices, supportAmountVnd).anyMatch(v -> v != 0);
    }

    /**
     * Whether the period has data as the report counts it: a headline figure, or any activity of a catalogue entry
     * ({@code catalogueActivities}, their number: "other" activities alone count too; a metric alone does not).
     */
    public boolean hasDataWith(long catalogueActivities) {
        return hasData() || catalogueActivities > 0;
    }

    /** Residence keys of {@link #victimsByResidence()}. */
    public static final String LOCAL = "LOCAL";
    public static final String OTHER_PROVINCE = "OTHER";

    /**
     * Victims by residence, {@link #LOCAL} (the agency's home province) then {@link #OTHER_PROVINCE}, only the
     * rows that have victims; labelled by their key, for the report and the dashboard to name in their words.
     */
    public List<Tally> victimsByResidence() {
        List<Tally> rows = new ArrayList<>();
        if (victimsLocal > 0) {
            rows.add(new Tally(LOCAL, LOCAL, victimsLocal, 0));
        }
        if (victimsOtherProvince > 0) {
            rows.add(new Tally(OTHER_PROVINCE, OTHER_PROVINCE, victimsOtherProvince, 0));
        }
        return rows;
    }
}
