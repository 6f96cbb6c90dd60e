package vn.atr.service.exchange;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.Victim;
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
        List<String> found = new ArrayList<>();
        if (record instanceof TraffickingCase c) {
            for (TraffickingCase o : repos.cases().listActive()) {
                if (o.meta().id().equals(c.meta().id()) || !o.unitCode().equals(c.unitCode())) {
                    continue;
                }
                if (c.caseCode() != null && c.caseCode().equalsIgnoreCase(o.caseCode())) {
                    found.add("vụ việc " + c.caseCode() + " trùng số hồ sơ với vụ việc đã có " + o.meta().id());
                } else if (near(c.detectionDate(), o.detectionDate(), CASE_DAYS)
                        && Objects.equals(c.exploitationForms(), o.exploitationForms())
                        && Objects.equals(c.scope(), o.scope())) {
                    found.add("vụ việc " + c.caseCode() + " giống vụ việc đã có " + o.caseCode()
                            + " (cùng đơn vị, hình thức, ngày phát hiện cách nhau ≤ " + CASE_DAYS + " ngày)");
                }
            }
        } else if (record instanceof Victim v) {
            for (Victim o : repos.victims().listActive()) {
                if (o.meta().id().equals(v.meta().id()) || !o.unitCode().equals(v.unitCode())) {
                    continue;
                }
                if (v.sex() == o.sex() && v.birthYear() != null && v.birthYear().equals(o.birthYear())
                        && near(v.identificationDate(), o.identificationDate(), VICTIM_DAYS)) {
                    found.add("nạn nhân " + label(v) + " giống nạn nhân đã có " + label(o)
                            + " (cùng đơn vị, giới tính, năm sinh " + v.birthYear() + ", ngày xác định gần nhau)");
                }
            }
        }
        return found;
    }

    private static String label(Victim v) {
        return v.victimCode() != null ? v.victimCode() : v.meta().id();
    }

    private static boolean near(LocalDate a, LocalDate b, int days) {
        return a != null && b != null && Math.abs(ChronoUnit.DAYS.between(a, b)) <= days;
    }
}
