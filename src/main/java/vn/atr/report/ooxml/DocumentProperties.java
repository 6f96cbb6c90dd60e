package vn.atr.report.ooxml;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What File > Properties shows in Word and Excel (the core and the extended properties): who wrote the file,
 * its title and subject, and, for a draft or a submitted report, its status. Blank values are left out.
 */
public record DocumentProperties(String creator, String title, String subject, String keywords, String company,
                                 String manager, String application, String contentStatus) {

    public DocumentProperties withContentStatus(String status) {
        return new DocumentProperties(creator, title, subject, keywords, company, manager, application, status);
    }

    /** Adds {@code docProps/core.xml} and {@code docProps/app.xml} and relates them to the package. */
    public void addTo(OpcPackage pkg) {
        StringBuilder core = new StringBuilder(Xml.DECLARATION).append("<cp:coreProperties")
                .append(" xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        element(core, "dc:title", title);
        element(core, "dc:subject", subject);
        element(core, "dc:creator", creator);
        element(core, "cp:keywords", keywords);
        element(core, "cp:lastModifiedBy", creator);
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        core.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(now).append("</dcterms:created>");
        core.append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(now).append("</dcterms:modified>");
        element(core, "cp:contentStatus", contentStatus);
        core.append("</cp:coreProperties>");
        pkg.add("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml", core.toString());
        pkg.relate("", "docProps/core.xml",
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties");

        StringBuilder app = new StringBuilder(Xml.DECLARATION).append("<Properties")
                .append(" xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">");
        element(app, "Application", application);
        element(app, "Manager", manager);
        element(app, "Company", company);
        app.append("</Properties>");
        pkg.add("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml",
                app.toString());
        pkg.relate("", "docProps/app.xml", "extended-properties");
    }

    private static void element(StringBuilder x, String name, String value) {
        if (value != null && !value.isBlank()) {
            x.append('<').append(name).append('>');
            Xml.append(x, value).append("</").append(name).append('>');
        }
    }
}
