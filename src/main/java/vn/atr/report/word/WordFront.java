package vn.atr.report.word;

import static vn.atr.report.word.Docx.paragraph;
import static vn.atr.report.word.Docx.run;
import static vn.atr.report.word.Docx.tight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.atr.domain.AgencySettings;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportDraft;
import vn.atr.domain.ReportPeriod;
import vn.atr.report.ReportNumber;
import vn.atr.report.ReportText;
import vn.atr.report.ooxml.Align;
import vn.atr.report.ooxml.DocxBody;
import vn.atr.report.ooxml.Paragraph;
import vn.atr.report.ooxml.Table;
import vn.atr.domain.report.ReportModel;

/**
 * The fixed parts of the document around the body (Decree 30/2020/NĐ-CP, Appendix I): the
 * two-column header with its rules, number and date lines, title, subject and "Kính gửi"; and
 * at the end the "Nơi nhận" list beside the signature block.
 */
final class WordFront {
    /**
     * The right cell holds the national name, bold 12 pt, on one line (250.3 pt in the font's metrics) with
     * 4 pt to spare; the left cell, 7.15 cm, gets the rest: agency names longer than that are broken
     * between groups of words ({@link AgencyLines}).
     */
    static final int NATION_COLUMN = 5300;
    static final int AGENCY_SIZE = 12;
    private final DocxBody doc;
    private final ReportText text;
    private final int textWidth;

    WordFront(DocxBody doc, ReportText text, int textWidth) {
        this.doc = doc;
        this.text = text;
        this.textWidth = textWidth;
    }

    /**
     * The header table (a block of the template: the agency's lines are measured to its cell), then the title,
     * the subject with the period's cut-off dates below it, and "Kính gửi", fixed text with fields.
     */
    void header(ReportModel m, Layout layout) throws java.io.IOException {
        layout.block(TemplateFields.HEADER, () -> headerTable(m));
        if (!layout.fixed()) {
            return;
        }
        Paragraph title = tight(doc.createParagraph(), Align.CENTER);
        title.before(360);
        run(title, text.get("title"), 14, true, false);
        run(tight(doc.createParagraph(), Align.CENTER), layout.field(TemplateFields.SUBJECT), 14, true, false);
        run(tight(doc.createParagraph(), Align.CENTER), layout.field(TemplateFields.CUT_OFF), 13, false, true);
        Docx.rule(doc.createParagraph(), textWidth, 30);
        Paragraph to = tight(doc.createParagraph(), Align.CENTER);
        to.before(240).after(120);
        run(to, text.get("recipient", layout.field(TemplateFields.RECIPIENT)), 14, false, false);
    }

    /** The two-column header: agency and national name with their rules, number and place-date lines. */
    private void headerTable(ReportModel m) {
        AgencySettings a = m.agency();
        ReportDraft d = m.draft();
        int right = NATION_COLUMN;
        int left = textWidth - right;
        // the cell margins AgencyLines measures against, written out rather than left to each program
        Table t = doc.createTable(2, 2).noBorders().cellMargin(AgencyLines.CELL_MARGIN);
        Table.Cell agency = t.row(0).cell(0);
        Table.Cell nation = t.row(0).cell(1);
        agency.width(left);
        nation.width(right);
        AgencyLines lines = new AgencyLines(text);
        // without a superior (a ward's committee), the agency's name starts on the national name's line
        boolean superior = a.superiorAgency() != null && !a.superiorAgency().isBlank();
        if (superior) {
            run(tight(paragraph(agency, true), Align.CENTER), String.join("\n",
                    lines.lines(upper(a.superiorAgency()), left, AGENCY_SIZE, false)), AGENCY_SIZE, false, false);
        }
        run(tight(superior ? agency.addParagraph() : paragraph(agency, true), Align.CENTER),
                String.join("\n", lines.lines(upper(a.issuingAgency()), left, AGENCY_SIZE, true)), AGENCY_SIZE, true,
                false);
        Docx.rule(agency.addParagraph(), left, 22);
        run(tight(paragraph(nation, true), Align.CENTER), text.get("header.nation"), 12, true, false);
        run(tight(nation.addParagraph(), Align.CENTER), text.get("header.motto"), 13, true, false);
        Docx.rule(nation.addParagraph(), right, 56);
        Table.Cell number = t.row(1).cell(0);
        Table.Cell date = t.row(1).cell(1);
        number.width(left);
        date.width(right);
        Paragraph np = tight(paragraph(number, true), Align.CENTER);
        np.before(80);
        run(np, numberLine(text, m), 13, false, false);
        Paragraph dp = tight(paragraph(date, true), Align.CENTER);
        dp.before(80);
        run(dp, placeDate(text, nz(a.placeName()), d.date(), issueYear(m.period())), 14, false, true);
    }

    /** "Số: 05/BC-SLĐTBXH", or the number left blank to fill in by hand. */
    static String numberLine(ReportText text, ReportModel m) {
        String abbr = nz(m.agency().abbreviation());
        if (m.draft().number() == null) {
            return text.get("header.numberBlank", abbr);
        }
        String[] n = ReportNumber.parts(m.draft().number(), abbr);
        return text.get("header.number", n[0], n[1]);
    }

    /**
     * The year a report without a date is expected to be signed in: the day after its cut-off (Decree 09/2019,
     * art. 12: a periodic report is sent in the last month of its period, after the 14th), so a year's report
     * cut off on 14/12/2026 is dated 2026; a range of dates ending on 31/12 is dated the year after.
     */
    static int issueYear(ReportPeriod p) {
        return p.to().plusDays(1).getYear();
    }

    /**
     * "Hải Phòng, ngày 05 tháng 01 năm 2026": the decree writes days below 10 and months 1 and 2
     * with a leading zero. Without a date the day and month are left blank to fill in by hand.
     */
    static String placeDate(ReportText text, String place, LocalDate date, int defaultYear) {
        if (date == null) {
            return text.get("header.placeDateBlank", place, String.valueOf(defaultYear));
        }
        String day = String.format("%02d", date.getDayOfMonth());
        int month = date.getMonthValue();
        String monthText = month <= 2 ? String.format("%02d", month) : String.valueOf(month);
        return text.get("header.placeDate", place, day, monthText, String.valueOf(date.getYear()));
    }

    void signature(ReportModel m, Layout layout) throws java.io.IOException {
        layout.block(TemplateFields.SIGNATURE, () -> signature(m));
    }

    /** "Nơi nhận" beside the signer's title and name. */
    private void signature(ReportModel m) {
        AgencySettings a = m.agency();
        ReportDraft d = m.draft();
        // The signature block is never split from its name nor left alone on a page: the row does not break, and
        // the body's last paragraph goes with it (Decree 30/2020: the signature follows the text on its page).
        List<Object> body = doc.elements();
        if (!body.isEmpty() && body.get(body.size() - 1) instanceof Paragraph last) {
            last.keepNext(true);
        }
        Table t = doc.createTable(1, 2).noBorders();
        t.row(0).cantSplit();
        Table.Cell left = t.row(0).cell(0);
        Table.Cell right = t.row(0).cell(1);
        left.width(textWidth / 2);
        right.width(textWidth - textWidth / 2);
        Paragraph head = tight(paragraph(left, true), Align.LEFT);
        head.before(240);
        run(head, text.get("recipients.title"), 12, true, true);
        List<String> recipients = d.recipients().isEmpty() ? defaultRecipients(a) : d.recipients();
        for (int i = 0; i < recipients.size(); i++) {
            String end = i == recipients.size() - 1 ? "." : ";";
            run(tight(left.addParagraph(), Align.LEFT), "- " + recipient(recipients.get(i)) + end, 11,
                    false, false);
        }
        String title = d.signerTitle() != null ? d.signerTitle()
                : a.signerTitle() != null && !a.signerTitle().isBlank() ? a.signerTitle() : text.get("sign.title");
        Paragraph tp = tight(paragraph(right, true), Align.CENTER);
        tp.before(240);
        run(tp, upper(title), 14, true, false);
        for (int i = 0; i < 4; i++) {
            run(tight(right.addParagraph(), Align.CENTER), "", 14, false, false);
        }
        String name = d.signerName() != null ? d.signerName() : a.signerName();
        Paragraph np = tight(right.addParagraph(), Align.CENTER);
        if (name == null || name.isBlank()) {
            WordBody.placeholder(np, text.get("sign.unsigned")).size(14);
        } else {
            run(np, name, 14, true, false);
        }
    }

    /**
     * A recipient as typed, without the dash and the closing ";" or "." the list writes itself ("- Bộ Y tế;" typed
     * as it looks on paper would otherwise print "- - Bộ Y tế;;").
     */
    static String recipient(String typed) {
        String r = nz(typed).strip();
        if (r.startsWith("-") || r.startsWith("+") || r.startsWith("•")) {
            r = r.substring(1).strip();
        }
        while (!r.isEmpty() && ";.,".indexOf(r.charAt(r.length() - 1)) >= 0) {
            r = r.substring(0, r.length() - 1).strip();
        }
        return r;
    }

    private List<String> defaultRecipients(AgencySettings a) {
        List<String> list = new ArrayList<>();
        list.add(text.get("recipients.default.1"));
        list.add(text.get("recipients.default.2", nz(a.abbreviation())));
        return list;
    }

    static String upper(String s) {
        return nz(s).toUpperCase(Messages.VIETNAMESE);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
