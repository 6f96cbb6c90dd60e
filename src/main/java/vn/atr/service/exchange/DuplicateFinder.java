package vn.atr.service.exchange;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.atr.domain.Text;
import vn.atr.domain.Messages;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.Victim;
import vn.atr.domain.VnFormats;
import vn.atr.service.Repositories;

/**
 * Looks for a stored case or victim that is probably the same as a new one entered with another id
 * (typed twice, or reported by two units): a warning for the compiler, never an automatic merge.
 */
public final class DuplicateFinder {
    static final int CASE_DAYS = 7;
    static final int VICTIM_DAYS = 30;

    private final Repositories repos;

    public DuplicateFinder(Repositories repos) {
        this.repos = repos;
    }

    /** Human-readable reasons, one per likely duplicate among the stored records (none if it looks new). */
    public List<String> likelyDuplicates(Object record) {
        return likelyDuplicates(List.of(record));
    }

    /**
     * The same for many records at once (an import plan): the stored cases and victims are read once
     * and grouped by unit, instead of once per incoming record.
     */
    public List<String> likelyDuplicates(List<?> records) {
        List<String> found = new ArrayList<>();
        Map<String, List<TraffickingCase>> cases = null;
        Map<String, List<Victim>> victims = null;
        for (Object record : records) {
            if (record instanceof TraffickingCase c) {
                if (cases == null) {
                    cases = repos.cases().listActive().stream().collect(Collectors.groupingBy(TraffickingCase::unitCode));
                }
                caseDuplicates(c, cases.getOrDefault(c.unitCode(), List.of()), found);
            } else if (record instanceof Victim v) {
                if (victims == null) {
                    victims = repos.victims().listActive().stream().collect(Collectors.groupingBy(Victim::unitCode));
                }
                victimDuplicates(v, victims.getOrDefault(v.unitCode(), List.of()), found);
            }
        }
        return found;
    }

    /**
     * For the case form: stored cases of the unit like {@code c} under another code (a code already used is the
     * save's own refusal, not a question).
     */
    public List<String> lookalikesOnEntry(TraffickingCase c) {
        List<TraffickingCase> sameUnit = repos.cases().listActive().stream()
                .filter(o -> o.unitCode().equals(c.unitCode())).toList();
        if (c.caseCode() != null && sameUnit.stream().anyMatch(o -> Text.same(c.caseCode(), o.caseCode()))) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        caseDuplicates(c, sameUnit, found);
        return found;
    }

    /**
     * For the victim form: stored victims of the unit that are probably the same person typed again under another
     * code: the import's rule (sex, birth year, identified within {@value #VICTIM_DAYS} days), and, in the same case
     * without birth years, every trait the form asks for alike (sex, age band, residence, forms, identification day).
     * Two companions of one case differ in one of them often enough; a retyped victim differs in none.
     */
    public List<String> lookalikesOnEntry(Victim v) {
        List<String> found = new ArrayList<>();
        for (Victim o : repos.victims().listActive()) {
            if (o.meta().id().equals(v.meta().id()) || !o.unitCode().equals(v.unitCode())) {
                continue;
            }
            if (sameBirth(v, o) || sameCaseAlike(v, o)) {
                String caseCode = repos.cases().find(o.caseId()).map(TraffickingCase::caseCode).orElse(o.caseId());
                String born = o.birthYear() != null ? Messages.get("victim.lookalike.born", o.birthYear())
                        : Messages.get("victim.lookalike.band");
                found.add(Messages.get("victim.lookalike", label(o), caseCode,
                        Messages.get("enum.Sex." + o.sex()).toLowerCase(java.util.Locale.ROOT), born,
                        o.identificationDate() == null ? "-" : VnFormats.date(o.identificationDate())));
            }
        }
        return found;
    }

    private static boolean sameBirth(Victim v, Victim o) {
        return v.sex() == o.sex() && v.birthYear() != null && v.birthYear().equals(o.birthYear())
                && near(v.identificationDate(), o.identificationDate(), VICTIM_DAYS);
    }

    private static boolean sameCaseAlike(Victim v, Victim o) {
        return v.caseId().equals(o.caseId()) && v.birthYear() == null && o.birthYear() == null && v.sex() == o.sex()
                && Objects.equals(v.ageBand(), o.ageBand())
                && Objects.equals(v.residenceProvinceCode(), o.residenceProvinceCode())
                && Objects.equals(v.exploitationForms(), o.exploitationForms())
                && Objects.equals(v.identificationDate(), o.identificationDate());
    }

    private static void caseDuplicates(TraffickingCase c, List<TraffickingCase> sameUnit, List<String> found) {
        for (TraffickingCase o : sameUnit) {
            if (o.meta().id().equals(c.meta().id())) {
                continue;
            }
            // named as people know them, by code and detection date (the id told the compiler nothing)
            if (c.caseCode() != null && Text.same(c.caseCode(), o.caseCode())) {
                found.add(Messages.get("exchange.duplicate.caseCode", c.caseCode(), VnFormats.date(c.detectionDate()),
                        VnFormats.date(o.detectionDate())));
            } else if (near(c.detectionDate(), o.detectionDate(), CASE_DAYS)
                    && Objects.equals(c.exploitationForms(), o.exploitationForms())
                    && Objects.equals(c.scope(), o.scope())) {
                found.add(Messages.get("exchange.duplicate.case", c.caseCode(), VnFormats.date(c.detectionDate()),
                        o.caseCode(), VnFormats.date(o.detectionDate()), CASE_DAYS));
            }
        }
    }

    private static void victimDuplicates(Victim v, List<Victim> sameUnit, List<String> found) {
        for (Victim o : sameUnit) {
            if (o.meta().id().equals(v.meta().id())) {
                continue;
            }
            if (sameBirth(v, o)) {
                found.add(Messages.get("exchange.duplicate.victim", label(v), label(o), v.birthYear()));
            }
        }
    }

    private static String label(Victim v) {
        return v.victimCode() != null ? v.victimCode() : v.meta().id();
    }

    private static boolean near(LocalDate a, LocalDate b, int days) {
        return a != null && b != null && Math.abs(ChronoUnit.DAYS.between(a, b)) <= days;
    }
}
