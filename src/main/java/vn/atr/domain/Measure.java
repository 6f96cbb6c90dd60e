package vn.atr.domain;

/** What the quantity of an activity type counts. */
public enum Measure {
    /** Sessions: the figure is the number of records and the sum of participants. */
    SESSIONS,
    /** Copies printed or distributed (leaflets, booklets). */
    COPIES,
    /** Places where something was put up (banners, slogans). */
    PLACES,
    /** Items published (articles, documents, news items, videos). */
    ITEMS,
    /** Minutes of broadcast (loudspeaker, radio). */
    MINUTES
}
