package vn.atr.service.exchange;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.atr.domain.Activity;
import vn.atr.domain.Meta;
import vn.atr.domain.OutreachMetric;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.SupportService;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.Victim;
import vn.atr.service.Repositories;
import vn.atr.store.RecordRepository;

/**
 * One record kind as it travels in a data package: its repository, Java type, meta, unit, the date that
 * places it in a period, and the date its unit must exist on (the one the record's form checks, null where
 * the form checks none). Order matters on import: cases before their victims before support.
 */
record ExchangeEntity<T>(RecordRepository<T> repo, Class<T> type, Function<T, Meta> meta, Function<T, String> unit,
                         Function<T, java.time.LocalDate> date, Function<T, java.time.LocalDate> unitDay) {

    String name() {
        return repo.entity();
    }

    /**
     * Records of the period (a record without a date travels with every period) and, if given, of these units (a
     * unit and the units within it: a city's package holds its wards' records).
     */
    Predicate<T> selects(ReportPeriod period, java.util.Set<String> units) {
        if (type == OutreachMetric.class) { // a counted figure spans days: every one overlapping the period travels
            return r -> (units == null || units.contains(unit.apply(r)))
                    && !date.apply(r).isBefore(period.from()) && !unitDay.apply(r).isAfter(period.to());
        }
        return r -> (units == null || units.contains(unit.apply(r)))
                && (date.apply(r) == null || period.contains(date.apply(r)));
    }

    static List<ExchangeEntity<?>> all(Repositories repos) {
        return List.of(
                new ExchangeEntity<>(repos.activities(), Activity.class, Activity::meta, Activity::unitCode,
                        Activity::startDate, Activity::startDate),
                new ExchangeEntity<>(repos.metrics(), OutreachMetric.class, OutreachMetric::meta,
                        OutreachMetric::unitCode, OutreachMetric::periodTo, OutreachMetric::periodFrom),
                new ExchangeEntity<>(repos.cases(), TraffickingCase.class, TraffickingCase::meta,
                        TraffickingCase::unitCode, TraffickingCase::detectionDate, TraffickingCase::detectionDate),
                new ExchangeEntity<>(repos.victims(), Victim.class, Victim::meta, Victim::unitCode,
                        Victim::identificationDate, v -> null),
                new ExchangeEntity<>(repos.support(), SupportService.class, SupportService::meta,
                        SupportService::unitCode, SupportService::serviceDate, SupportService::serviceDate));
    }
}
