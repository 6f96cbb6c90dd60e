package vn.atr.domain;

import java.util.List;

/**
 * A kind of activity, as reference data an administrator can extend (loudspeaker minutes,
 * signed commitments, rallies...). The built-in codes below are the ones the annual report's
 * sentences and summary figures are computed from.
 */
public record ActivityType(String code, String nameVi, String nameEn, Measure measure, boolean active) {

    public static final String TRAINING = "TRAINING";
    public static final String OUTREACH_SESSION = "OUTREACH_SESSION";
    public static final String CONFERENCE = "CONFERENCE";
    public static final String BROADCAST = "BROADCAST";
    public static final String LEAFLET = "LEAFLET";
    public static final String BANNER = "BANNER";
    public static final String NEWS_ARTICLE = "NEWS_ARTICLE";
    public static final String LEGAL_DOCUMENT = "LEGAL_DOCUMENT";
    public static final String WEBSITE_NEWS = "WEBSITE_NEWS";
    public static final String OTHER = "OTHER";

    public static final List<String> BUILT_IN = List.of(TRAINING, OUTREACH_SESSION, CONFERENCE, BROADCAST,
            LEAFLET, BANNER, NEWS_ARTICLE, LEGAL_DOCUMENT, WEBSITE_NEWS, OTHER);
}
