package vn.atr.domain;

import java.time.LocalDate;

/**
 * The headline figures of the annual report for a period (and optionally a unit). The component
 * names are the keys of {@code atr summary --json}: a public contract.
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
        long victimsLocal,
        long victimsOtherProvince,
        long victimsReturned,
        long supportServices,
        long supportAmountVnd) {
}
