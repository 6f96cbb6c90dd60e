package vn.atr.ui.dashboard;

/**
 * The dashboard's charts by name, in the order shown: each with its title and orientation, so that its
 * data and its click action are found by name, never by a position in a list.
 */
enum DashboardChart {
    BY_MONTH("chart.byMonth", false),
    BY_UNIT("chart.byUnit", true),
    BY_TYPE("chart.byType", true),
    VICTIMS_BY_SEX("chart.victimsBySex", true),
    VICTIMS_BY_AGE("chart.victimsByAge", true),
    VICTIMS_BY_RESIDENCE("chart.victimsByResidence", true),
    VICTIMS_BY_EXPLOITATION("chart.victimsByExploitation", true);

    final String titleKey;
    final boolean horizontal;

    DashboardChart(String titleKey, boolean horizontal) {
        this.titleKey = titleKey;
        this.horizontal = horizontal;
    }
}
