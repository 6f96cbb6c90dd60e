package vn.atr.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A province, a pre-2025 district or a commune-level unit, valid between two dates.
 * {@code kind} is the local word (phuong, xa, dac_khu, quan, huyen, tinh, thanh_pho).
 */
public record AdminUnit(String code, String name, UnitLevel level, String kind, String parentCode,
                        LocalDate validFrom, LocalDate validTo, String successorCode) {

    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /**
     * Why a record dated {@code day} cannot belong to this unit (a commune created on 01/07/2025 holds no
     * 2023 activity; a district dissolved then holds none after), or nothing when it can. Every entry path
     * (form, workbook, sample folder) states it in these words.
     */
    public Optional<Violation> problemOn(String field, LocalDate day) {
        if (day == null || validOn(day)) {
            return Optional.empty();
        }
        return Optional.of(validFrom != null && day.isBefore(validFrom)
                ? new Violation(field, "validation.unitNotYet", name, VnFormats.date(validFrom), VnFormats.date(day))
                : new Violation(field, "validation.unitRetired", name, VnFormats.date(validTo), VnFormats.date(day)));
    }
}
