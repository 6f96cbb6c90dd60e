package vn.atr.ui.common;

import java.time.LocalDate;

/**
 * The activity list narrowed to what a dashboard bar stands for: the dashboard opens the list through the
 * navigator and calls this, so neither screen imports the other.
 */
public interface ActivityListFilter {
    /** Shows only activities of {@code typeCode} in {@code unitCode} between the two days (null = any). */
    void showOnly(String typeCode, String unitCode, LocalDate fromDay, LocalDate toDay);
}
