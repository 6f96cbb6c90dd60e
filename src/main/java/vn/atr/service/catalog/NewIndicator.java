package vn.atr.service.catalog;

import java.time.LocalDate;
import vn.atr.domain.Measure;
import vn.atr.domain.catalog.IndicatorGroup;
import vn.atr.domain.catalog.IndicatorKind;

/**
 * What a user gives to add an entry ({@code atr catalog add}, the catalogue screen). Null code, group,
 * measure or English name take defaults: a code made from the name, group OTHER, sessions for an
 * activity whose unit counts sessions (buổi, lớp, cuộc...) and a quantity otherwise.
 */
public record NewIndicator(IndicatorKind kind, String nameVi, String nameEn, String unitVi, String code,
        IndicatorGroup group, Measure measure, LocalDate introducedOn) {

    public static NewIndicator of(IndicatorKind kind, String name, String unit) {
        return new NewIndicator(kind, name, null, unit, null, null, null, null);
    }
}
