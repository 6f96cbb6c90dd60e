package vn.atr.report;

import org.apache.poi.ooxml.POIXMLProperties;
import vn.atr.domain.report.ReportModel;
import vn.atr.report.ooxml.DocumentProperties;

/**
 * The document properties of both report files (File > Properties in Word and Excel, and what a document
 * management system indexes): the issuing agency as author and company, its superior as manager, the
 * report's title and its period, instead of the library's defaults.
 */
public final class ReportProperties {
    private final ReportText text;

    public ReportProperties(ReportText text) {
        this.text = text;
    }

    /** The properties of the report on {@code m}, for a file written as its parts (the workbook). */
    public DocumentProperties of(ReportModel m) {
        String agency = AgencyName.inText(m.agency().issuingAgency());
        ReportSentences sentences = new ReportSentences(text);
        return new DocumentProperties(agency, text.get("properties.title", decapitalize(sentences.subject(m))),
                text.get("properties.period", sentences.periodPhrase(m.period()), m.period().toString()),
                text.get("properties.keywords"), agency, AgencyName.inText(m.agency().superiorAgency()),
                text.get("properties.application"), null);
    }

    /** The same properties set on a document POI writes (the .docx). */
    public void apply(POIXMLProperties properties, ReportModel m) {
        DocumentProperties p = of(m);
        var core = properties.getCoreProperties();
        core.setCreator(p.creator());
        core.setLastModifiedByUser(p.creator());
        core.setTitle(p.title());
        core.setSubjectProperty(p.subject());
        core.setKeywords(p.keywords());
        var extended = properties.getExtendedProperties().getUnderlyingProperties();
        extended.setCompany(p.company());
        extended.setManager(p.manager());
        extended.setApplication(p.application());
    }

    private static String decapitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(vn.atr.domain.Messages.VIETNAMESE) + s.substring(1);
    }
}
