package vn.atr.service;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.Text;
import vn.atr.domain.ValidationException;
import vn.atr.domain.Violation;
import vn.atr.domain.Messages;
import vn.atr.domain.access.Permission;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.SupportService;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.Victim;
import vn.atr.service.catalog.AgeBandCheck;
import vn.atr.store.Database;

/**
 * Cases, their victims and each victim's support: one transaction per save or delete, deletions
 * soft (they travel in packages) and refused while something still hangs below the record.
 */
public final class CaseService {
    private final Database db;
    private final Repositories repos;
    private final Supplier<Session> session;

    private final UnitDates unitDates;
    private final AgeBandCheck ageBands;

    CaseService(Database db, Repositories repos, UnitDates unitDates, AgeBandCheck ageBands, Supplier<Session> session) {
        this.unitDates = unitDates;
        this.ageBands = ageBands;
        this.db = db;
        this.repos = repos;
        this.session = session;
    }

    /** Cases detected in the period (commune staff: their unit's), newest first. */
    public List<TraffickingCase> cases(ReportPeriod period) {
        Session s = reader();
        return repos.cases().listActive().stream()
                .filter(c -> period.contains(c.detectionDate()) && s.mayTouchUnit(c.unitCode()))
                .sorted(Comparator.comparing(TraffickingCase::detectionDate).reversed()).toList();
    }

    public List<Victim> victims(String caseId) {
        Session s = reader();
        return repos.victims().listForCase(caseId).stream()
                .filter(v -> !v.meta().deleted() && s.mayTouchUnit(v.unitCode())).toList();
    }

    public List<SupportService> support(String victimId) {
        Session s = reader();
        return repos.support().listForVictim(victimId).stream()
                .filter(v -> !v.meta().deleted() && s.mayTouchUnit(v.unitCode())).toList();
    }

    public TraffickingCase save(TraffickingCase c, String requestedAuthor) {
        String author = UnitGuard.requireWritable(session.get(), repos.cases(), c.meta(), c.unitCode(),
                TraffickingCase::unitCode, requestedAuthor);
        Optional<TraffickingCase> stored = c.meta().isNew() ? Optional.empty() : repos.cases().find(c.meta().id());
        unitDates.require(RecordValidator.forEntry(c), c.unitCode(), c.detectionDate(),
                stored.map(TraffickingCase::unitCode), stored.map(TraffickingCase::detectionDate));
        // One case per code, compared as people read it: the workbook import and the victims' rows find a case by
        // its code, and two cases of one code are two rows nobody can tell apart.
        repos.cases().listActive().stream()
                .filter(o -> !o.meta().id().equals(c.meta().id()) && Text.same(o.caseCode(), c.caseCode()))
                .findFirst().ifPresent(o -> {
                    throw new ValidationException(new Violation("caseCode", "case.codeTaken", o.caseCode(),
                            repos.units().find(o.unitCode()).map(vn.atr.domain.AdminUnit::name).orElse(o.unitCode()),
                            vn.atr.domain.VnFormats.date(o.detectionDate())));
                });
        return db.inTransaction(() -> c.meta().isNew() ? repos.cases().insert(c, author) : repos.cases().update(c, author));
    }

    public Victim save(Victim v, String requestedAuthor) {
        String author = UnitGuard.requireWritable(session.get(), repos.victims(), v.meta(), v.unitCode(),
                Victim::unitCode, requestedAuthor);
        UnitGuard.requireParentWritable(session.get(), repos.cases(), v.caseId(), TraffickingCase::unitCode);
        ValidationException.throwIfAny(RecordValidator.forEntry(v));
        // One victim per code in a case, the code compared as people read it (NFC/NFD, case, spaces).
        repos.victims().listForCase(v.caseId()).stream()
                .filter(o -> !o.meta().id().equals(v.meta().id()) && Text.same(o.victimCode(), v.victimCode()))
                .findFirst().ifPresent(o -> {
                    throw new ValidationException(new Violation("victimCode", "victim.codeTaken", o.victimCode()));
                });
        // The band must be one current at the case's detection; a stored victim keeps its band as it was.
        Optional<Victim> stored = v.meta().isNew() ? Optional.empty() : repos.victims().find(v.meta().id());
        if (stored.map(old -> !Objects.equals(old.ageBand(), v.ageBand()) || !old.caseId().equals(v.caseId()))
                .orElse(true)) {
            ageBands.requireUsable("ageBand", v.ageBand(),
                    repos.cases().find(v.caseId()).map(TraffickingCase::detectionDate).orElse(null));
        }
        return db.inTransaction(() -> v.meta().isNew() ? repos.victims().insert(v, author)
                : repos.victims().update(v, author));
    }

    public SupportService save(SupportService s, String requestedAuthor) {
        String author = UnitGuard.requireWritable(session.get(), repos.support(), s.meta(), s.unitCode(),
                SupportService::unitCode, requestedAuthor);
        UnitGuard.requireParentWritable(session.get(), repos.victims(), s.victimId(), Victim::unitCode);
        Optional<SupportService> stored = s.meta().isNew() ? Optional.empty() : repos.support().find(s.meta().id());
        unitDates.require(RecordValidator.forEntry(s), s.unitCode(), s.serviceDate(),
                stored.map(SupportService::unitCode), stored.map(SupportService::serviceDate));
        if (stored.map(old -> !Objects.equals(old.serviceDate(), s.serviceDate())).orElse(true)) {
            requireAfterDetection(s);
        }
        return db.inTransaction(() -> s.meta().isNew() ? repos.support().insert(s, author)
                : repos.support().update(s, author));
    }

    /**
     * Support is given to a victim of a case found: a date before the case's detection is a day typed wrong (the
     * form took 01/10 for a case found on 20/11). Checked on entry, when the date is new or changed.
     */
    private void requireAfterDetection(SupportService s) {
        repos.victims().find(s.victimId()).flatMap(v -> repos.cases().find(v.caseId()))
                .filter(c -> s.serviceDate() != null && s.serviceDate().isBefore(c.detectionDate()))
                .ifPresent(c -> {
                    throw new ValidationException(new vn.atr.domain.Violation("serviceDate",
                            "validation.supportBeforeCase", vn.atr.domain.VnFormats.date(s.serviceDate()),
                            c.caseCode(), vn.atr.domain.VnFormats.date(c.detectionDate())));
                });
    }

    public void deleteCase(TraffickingCase c, String requestedAuthor) {
        String author = UnitGuard.requireWritable(session.get(), repos.cases(), c.meta(), c.unitCode(),
                TraffickingCase::unitCode, requestedAuthor);
        db.runInTransaction(() -> {
            if (!victims(c.meta().id()).isEmpty()) {
                throw new ServiceException(Messages.get("case.hasVictims", c.caseCode()));
            }
            repos.cases().softDelete(c.meta().id(), author);
        });
    }

    public void deleteVictim(Victim v, String requestedAuthor) {
        String author = UnitGuard.requireWritable(session.get(), repos.victims(), v.meta(), v.unitCode(),
                Victim::unitCode, requestedAuthor);
        db.runInTransaction(() -> {
            if (!support(v.meta().id()).isEmpty()) {
                throw new ServiceException(Messages.get("victim.hasSupport", v.victimCode()));
            }
            repos.victims().softDelete(v.meta().id(), author);
        });
    }

    public void deleteSupport(SupportService s, String requestedAuthor) {
        String author = UnitGuard.requireWritable(session.get(), repos.support(), s.meta(), s.unitCode(),
                SupportService::unitCode, requestedAuthor);
        db.runInTransaction(() -> repos.support().softDelete(s.meta().id(), author));
    }

    private Session reader() {
        Session s = session.get();
        s.require(Permission.RECORD_READ);
        return s;
    }

}
