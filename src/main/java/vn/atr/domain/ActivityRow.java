package vn.atr.domain;

import java.time.LocalDate;

/** One line of the activity list: only what the table shows, with unit and type already named. */
public record ActivityRow(String id, LocalDate startDate, String unitCode, String unitName, String typeCode,
                          String typeName, String title, int participants, long quantity) {
}
