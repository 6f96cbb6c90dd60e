package vn.atr.report;

import vn.atr.domain.VnFormats;
import vn.atr.domain.report.ReportModel;

/**
 * The report's number as the header prints it and as its appendices refer to it ("(Kèm theo Báo cáo số
 * 05/BC-SYT ngày 05/01/2026 của Sở Y tế)"), in one place so that the document's appendix and each sheet of the
 * workbook name the same report.
 */
public final class ReportNumber {
    private ReportNumber() {
    }

    /**
     * The number and the agency's abbreviation a typed number stands for: "05" is the number alone (the report's
     * "/BC-" and the agency's abbreviation follow it), while a full number typed as the screen's example shows
     * ("05/BC-SYT", or "12/BC-UBND" of another agency) gives both, so that nothing is printed twice.
     */
    public static String[] parts(String typed, String abbreviation) {
        String n = typed.strip();
        int slash = n.indexOf("/BC-");
        return slash > 0 ? new String[] {n.substring(0, slash), n.substring(slash + 4)} : new String[] {n, abbreviation};
    }

    /**
     * An appendix's reference line, with a blank to fill in by hand for the number or the date not known yet: the
     * number the header prints is printed here too, whether or not the date is set.
     */
    public static String appendixReference(ReportText text, ReportModel m) {
        String abbr = m.agency().abbreviation() == null ? "" : m.agency().abbreviation();
        String agency = AgencyName.inText(m.agency().issuingAgency());
        String number = m.draft().number() == null || m.draft().number().isBlank() ? null : m.draft().number();
        if (number == null && m.draft().date() == null) {
            return text.get("appendix.refBlank", abbr, agency);
        }
        if (number == null) {
            return text.get("appendix.refNoNumber", abbr, VnFormats.date(m.draft().date()), agency);
        }
        String[] n = parts(number, abbr);
        return m.draft().date() == null ? text.get("appendix.refNoDate", n[0], n[1], agency)
                : text.get("appendix.ref", n[0], n[1], VnFormats.date(m.draft().date()), agency);
    }
}
