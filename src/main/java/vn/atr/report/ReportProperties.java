package vn.atr.report;

import org.apache.poi.ooxml.POIXMLProperties;
import vn.atr.domain.report.ReportModel;

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

    public void apply(POIXMLProperties properties, ReportModel m) {
        String agency = AgencyName.inText(m.agency().issuingAgency());
        ReportSentences sentences = new ReportSentences(text);
        String subject = sentences.subject(m);
        var core = properties.getCoreProperties();
        core.setCreator(agency);
        core.setLastModifiedByUser(agency);
        core.setTitle(text.get("properties.title", decapitalize(subject)));
        core.setSubjectProperty(text.get("properties.period", sentences.periodPhrase(m.period()), m.period().toString()));
        core.setKeywords(text.get("properties.keywords"));
        var extended = properties.getExtendedProperties().getUnderlyingProperties();
        extended.setCompany(agency);
        extended.setManager(AgencyName.inText(m.agency().superiorAgency()));
        extended.setApplication(text.get("properties.application"));
    }

    private static String decapitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(vn.atr.domain.Messages.VIETNAMESE) + s.substring(1);
    }
}
