package vn.atr.format.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.atr.domain.Messages;

/**
 * Reads an .xlsx workbook row by row with SAX, never building the whole sheet in memory (the
 * usermodel reader takes about 1 GB for 100,000 rows; this reads them in well under 100 MB).
 * Rows are handed to a {@link Sink} with their Excel row numbers, blank cells left out.
 */
public final class XlsxStreamReader {

    /** Receives the workbook sheet by sheet. */
    public interface Sink {
        /** @return whether the rows of this sheet are wanted (false skips the sheet unread) */
        boolean sheet(String name);

        /**
         * A row with at least one non-empty cell; {@code rowNumber} is 1-based as Excel shows it. The list is
         * reused for the next row: keep its cells, not the list.
         */
        void row(int rowNumber, List<XlsxCell> cells);
    }

    private XlsxStreamReader() {
    }

    /**
     * A SAX reader without namespace processing (about a third faster on sheet XML, whose elements are
     * matched by local name anyway), refusing DOCTYPEs and external entities like POI's own.
     */
    private static XMLReader xmlReader() throws SAXException, ParserConfigurationException {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(false);
        f.setValidating(false);
        f.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        return f.newSAXParser().getXMLReader();
    }

    private static List<String> sharedStrings(XSSFReader reader) throws IOException, SAXException,
            ParserConfigurationException, OpenXML4JException {
        SharedStringsHandler handler = new SharedStringsHandler();
        InputStream in;
        try {
            in = reader.getSharedStringsData();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IllegalArgumentException e) {
            return handler.strings(); // a workbook with numbers only has no shared-strings part
        }
        if (in == null) {
            return handler.strings();
        }
        try (in) {
            XMLReader xml = xmlReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        }
        return handler.strings();
    }

    /**
     * Whether the workbook counts dates from 1904 (Excel for Mac before 2011 and files derived from them):
     * the same serial number is then a day four years and one day later than in the usual 1900 system.
     */
    private static boolean date1904(XSSFReader reader) throws IOException, SAXException,
            ParserConfigurationException, OpenXML4JException {
        boolean[] found = new boolean[1];
        try (InputStream in = reader.getWorkbookData()) {
            XMLReader xml = xmlReader();
            xml.setContentHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes attrs) {
                    if (SheetRowHandler.local(qName).equals("workbookPr")) {
                        String v = attrs.getValue("date1904");
                        found[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                    }
                }
            });
            xml.parse(new InputSource(in));
        }
        return found[0];
    }

    public static void read(Path file, Sink sink) {
        // OPCPackage's zip handling refuses entries that inflate suspiciously (ZipSecureFile), so a
        // crafted file fails here with a message instead of filling the memory.
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            List<String> strings = sharedStrings(reader);
            boolean date1904 = date1904(reader);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    if (sink.sheet(sheets.getSheetName())) {
                        XMLReader xml = xmlReader();
                        xml.setContentHandler(new SheetRowHandler(strings, styles, date1904, sink));
                        xml.parse(new InputSource(in));
                    }
                }
            }
        } catch (OpenXML4JException | IOException | SAXException
                 | ParserConfigurationException | RuntimeException e) {
            if (e instanceof vn.atr.domain.AtrException atr) {
                throw atr;
            }
            throw new XlsxFormatException(Messages.get("xlsx.unreadable", file.getFileName(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }
}
