package vn.atr.domain;

import java.time.LocalDate;

/**
 * A province, a pre-2025 district or a commune-level unit, valid between two dates.
 * {@code kind} is the local word (phuong, xa, dac_khu, quan, huyen, tinh, thanh_pho).
 */
public record AdminUnit(String code, String name, UnitLevel level, String kind, String parentCode,
                        LocalDate validFrom, LocalDate validTo, String successorCode) {

    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
