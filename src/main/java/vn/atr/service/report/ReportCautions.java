package vn.atr.service.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.VnFormats;
import vn.atr.domain.report.ReportModel;

/**
 * What a compiler should know before signing or submitting a report, said the same way by the window and the
 * command line: merged records still in conflict (the figures change with each choice), periods compared that hold
 * the records of clearly different numbers of units, a report dated before its cut-off, and, on submitting, a
 * period whose cut-off has not come (a report submitted now leaves out what is entered until then).
 */
public final class ReportCautions {
    private ReportCautions() {
    }

    /** Before the files are written: the conflicts still open, if any. */
    public static List<String> beforeExport(int openConflicts) {
        return openConflicts == 0 ? List.of() : List.of(Messages.get("report.conflictsOpen", openConflicts));
    }

    /** Once the report of {@code m} is written: its open conflicts, its coverage and its date, in that order. */
    public static List<String> written(ReportModel m, int openConflicts) {
        List<String> said = new ArrayList<>(beforeExport(openConflicts));
        said.addAll(coverage(m));
        said.addAll(dated(m));
        said.addAll(agencyDissolved(m));
        return said;
    }

    /**
     * The departments of labour, invalids and social affairs were merged away from 01/03/2025 (their
     * anti-trafficking work went to the departments of health and of home affairs): a store set up before then
     * still heads a 2026 report with one, which no one can sign for.
     */
    static final LocalDate LABOUR_DEPARTMENTS_ENDED = LocalDate.of(2025, 3, 1);

    /** A report of a period ending after its agency was dissolved, headed by that agency. */
    public static List<String> agencyDissolved(ReportModel m) {
        String agency = m.agency().issuingAgency();
        if (agency == null || m.period().to().isBefore(LABOUR_DEPARTMENTS_ENDED)
                || !vn.atr.domain.Text.fold(agency).contains("lao dong - thuong binh va xa hoi")) {
            return List.of();
        }
        return List.of(Messages.get("report.agencyDissolved", agency.strip(), VnFormats.date(LABOUR_DEPARTMENTS_ENDED)));
    }

    /**
     * When the periods compared hold the records of clearly different numbers of units (a Department that began
     * merging wards' packages this year, wards that have not sent theirs yet), the report's "tăng gấp 6,5 lần"
     * may say more about who reported than about the work: the compiler is told before signing. The units are
     * those with an activity or a case in each period; under four fifths of the other count is "clearly".
     */
    public static List<String> coverage(ReportModel m) {
        if (!m.previous().hasData() || !m.current().hasData()) {
            return List.of();
        }
        boolean reorganised = m.previous().period().from().isBefore(UNITS_REORGANISED)
                && !m.period().to().isBefore(UNITS_REORGANISED);
        if (m.unitName().isPresent()) {
            // a ward that exists from 01/07/2025 has half a year to compare with, or its old district's records
            return reorganised ? List.of(Messages.get("report.coverage.unitReorganised", m.unitName().get(),
                    m.previous().period().toString())) : List.of();
        }
        String own = m.agency().installationUnitCode();
        if (reorganised && own != null && !own.equals(m.agency().homeProvinceCode())) {
            // a ward's own store: the same, whatever the numbers of units (its old district before, itself after)
            return List.of(Messages.get("report.coverage.unitReorganised", m.areaName(),
                    m.previous().period().toString()));
        }
        int now = m.current().reportingUnits();
        int before = m.previous().reportingUnits();
        if (now == 0 || before == 0 || Math.min(now, before) * 5 >= Math.max(now, before) * 4) {
            return List.of();
        }
        String said = Messages.get("report.coverage", m.period().toString(), now, m.previous().period().toString(),
                before);
        return List.of(reorganised ? said + " " + Messages.get("report.coverage.reorganised") : said);
    }

    /**
     * The day the districts ended and the communes were rearranged (Hải Phòng's 15 districts gave way to 114
     * communes): periods on either side of it count different units whoever reported.
     */
    static final LocalDate UNITS_REORGANISED = LocalDate.of(2025, 7, 1);

    /** A report dated before its own cut-off: a date typed wrong, or figures not yet final on the day it is signed. */
    public static List<String> dated(ReportModel m) {
        LocalDate day = m.draft().date();
        return day == null || !day.isBefore(m.period().to()) ? List.of()
                : List.of(Messages.get("report.datedBeforeCutOff", VnFormats.date(day), VnFormats.date(m.period().to())));
    }

    /**
     * Before the figures are frozen: the parts not written yet ({@code gaps}, from {@code Placeholders}: the submitted
     * copy would print their marks), the conflicts, and a period not over on {@code today}.
     */
    public static List<String> beforeSubmit(ReportPeriod period, LocalDate today, int openConflicts, List<String> gaps) {
        List<String> said = new ArrayList<>();
        if (!gaps.isEmpty()) {
            said.add(Messages.get("report.submitGaps", String.join("; ", gaps)));
        }
        if (!today.isAfter(period.to())) {
            said.add(Messages.get("report.periodNotOver", VnFormats.date(period.to())));
        }
        said.addAll(beforeExport(openConflicts));
        return said;
    }
}
