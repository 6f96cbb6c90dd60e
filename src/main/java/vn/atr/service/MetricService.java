package vn.atr.service;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.OutreachMetric;
import vn.atr.domain.access.Permission;
import vn.atr.domain.ReportPeriod;
import vn.atr.store.Database;
import vn.atr.domain.catalog.IndicatorKind;
import vn.atr.service.catalog.IndicatorCheck;

/** Counted figures without individual records (website visits...): list, save, soft delete. */
public final class MetricService {
    private final Database db;
    private final Repositories repos;
    private final Supplier<Session> session;
    private final IndicatorCheck indicators;

    private final UnitDates unitDates;

    MetricService(Database db, Repositories repos, UnitDates unitDates, IndicatorCheck indicators,
                  Supplier<Session> session) {
        this.unitDates = unitDates;
        this.indicators = indicators;
        this.db = db;
        this.repos = repos;
        this.session = session;
    }

    /** Metrics whose period overlaps the reporting period. */
    public List<OutreachMetric> metrics(ReportPeriod p) {
        Session s = session.get();
        s.require(Permission.RECORD_READ);
        return repos.metrics().listActive().stream()
                .filter(m -> !m.periodTo().isBefore(p.from()) && !m.periodFrom().isAfter(p.to())
                        && s.mayTouchUnit(m.unitCode()))
                .sorted(Comparator.comparing(OutreachMetric::periodFrom).reversed()).toList();
    }

    public OutreachMetric save(OutreachMetric m, String requestedAuthor) {
        String author = UnitGuard.requireWritable(session.get(), repos.metrics(), m.meta(), m.unitCode(),
                OutreachMetric::unitCode, requestedAuthor);
        if (m.meta().isNew()) {
            indicators.requireUsable("metricType", m.metricType(), IndicatorKind.METRIC, m.periodTo());
        }
        Optional<OutreachMetric> stored = m.meta().isNew() ? Optional.empty() : repos.metrics().find(m.meta().id());
        unitDates.require(RecordValidator.forEntry(m), m.unitCode(), m.periodFrom(),
                stored.map(OutreachMetric::unitCode), stored.map(OutreachMetric::periodFrom));
        // a figure spans days: the unit must exist on its last one too (a district dissolved on 30/06/2025)
        unitDates.require(List.of(), m.unitCode(), m.periodTo(), stored.map(OutreachMetric::unitCode),
                stored.map(OutreachMetric::periodTo));
        repos.metrics().listActive().stream()
                .filter(o -> !o.meta().id().equals(m.meta().id()) && o.overlaps(m)).findFirst()
                .ifPresent(o -> {
                    throw new vn.atr.domain.ValidationException(overlap(o));
                });
        return db.inTransaction(() -> m.meta().isNew() ? repos.metrics().insert(m, author)
                : repos.metrics().update(m, author));
    }

    /** The refusal of a figure whose days another figure of its unit and type already counts. */
    public static vn.atr.domain.Violation overlap(OutreachMetric stored) {
        return new vn.atr.domain.Violation("periodFrom", "validation.metricOverlaps",
                vn.atr.domain.VnFormats.date(stored.periodFrom()), vn.atr.domain.VnFormats.date(stored.periodTo()),
                vn.atr.domain.VnFormats.number(stored.value()));
    }

    public void delete(OutreachMetric m, String requestedAuthor) {
        String author = UnitGuard.requireWritable(session.get(), repos.metrics(), m.meta(), m.unitCode(),
                OutreachMetric::unitCode, requestedAuthor);
        Optional<OutreachMetric> stored = m.meta().isNew() ? Optional.empty() : repos.metrics().find(m.meta().id());
        unitDates.require(RecordValidator.validate(m), m.unitCode(), m.periodFrom(),
                stored.map(OutreachMetric::unitCode), stored.map(OutreachMetric::periodFrom));
        db.runInTransaction(() -> repos.metrics().softDelete(m.meta().id(), author));
    }
}
