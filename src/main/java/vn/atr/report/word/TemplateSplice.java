package vn.atr.report.word;

import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import vn.atr.report.ooxml.BodyXml;
import vn.atr.report.ooxml.Paragraph;

/**
 * Appends generated paragraphs and tables to the end of a Department's template, opened with POI: each is written as
 * WordprocessingML by the same code as the default report ({@link BodyXml}), read back as POI's element and added;
 * its pictures are stored in the template's package. A paragraph that ends a section carries a copy of the template's
 * own page set-up, and the last section's numbers restart at 1, as in the default report.
 */
final class TemplateSplice {
    private static final String NAMESPACES = " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"";

    /** An element parsed as its content and attributes, to go into one already added (a paragraph, a style). */
    static final XmlOptions CONTENT = new XmlOptions().setLoadReplaceDocumentElement(null);

    /**
     * Identifiers of the pictures added, above those a template made in Word uses: Word takes a document whose
     * drawings share an identifier for a damaged one.
     */
    private static final int FIRST_DRAWING = 10_000;
    private final XWPFDocument doc;
    private final StringBuilder x = new StringBuilder();
    private final BodyXml writer;

    TemplateSplice(XWPFDocument doc) {
        this.doc = doc;
        this.writer = new BodyXml(x, picture -> {
            try {
                return doc.addPictureData(picture.png(), Document.PICTURE_TYPE_PNG);
            } catch (InvalidFormatException ex) {
                throw new IllegalStateException("chart picture", ex);
            }
        }, "", FIRST_DRAWING);
    }

    /** Appends {@code elements} ({@link Paragraph} and {@link vn.atr.report.ooxml.Table}) to the template's body. */
    void append(List<Object> elements) {
        CTBody body = doc.getDocument().getBody();
        for (Object e : elements) {
            x.setLength(0);
            writer.element(e);
            try {
                if (e instanceof Paragraph p) {
                    CTP added = body.addNewP();
                    added.set(CTP.Factory.parse(x.replace(0, "<w:p".length(), "<w:p" + NAMESPACES).toString(), CONTENT));
                    if (p.endsSection()) {
                        endSection(body, added);
                    }
                } else {
                    body.addNewTbl().set(CTTbl.Factory.parse(x.replace(0, "<w:tbl".length(), "<w:tbl" + NAMESPACES)
                            .toString(), CONTENT));
                }
            } catch (XmlException ex) {
                throw new IllegalStateException("generated content", ex);
            }
        }
    }

    private static void endSection(CTBody body, CTP end) {
        CTSectPr last = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr(); // a template may have none
        CTPPr ppr = end.isSetPPr() ? end.getPPr() : end.addNewPPr();
        ppr.setSectPr((CTSectPr) last.copy());
        CTPageNumber numbers = last.isSetPgNumType() ? last.getPgNumType() : last.addNewPgNumType();
        numbers.setStart(java.math.BigInteger.ONE);
    }
}
