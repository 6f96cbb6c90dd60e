package vn.atr.format.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
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

        /** The row just given is hidden in Excel (staff hide rows they mean to leave out: they are still read). */
        default void hidden(int rowNumber) {
        }

        /** The sheet just accepted has its tab hidden in Excel (its rows are read all the same). */
        default void hiddenSheet(String name) {
        }

        /** A range of merged cells of the sheet ("A2:A4"), given after its rows: only its first cell holds a value. */
        default void merged(String range) {
        }
    }

    private XlsxStreamReader() {
    }

    /**
     * Parses one part with Aalto's SAX parser (ADR 0186: about twice the JDK's speed on sheet XML, the import's
     * largest cost). Aalto never expands entities a document declares and reads no external DTD or entity, so a
     * crafted part can neither read local files nor multiply itself: an entity it does not know is an error.
     */
    static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        SAXParserFactory f = new com.fasterxml.aalto.sax.SAXParserFactoryImpl();
        f.setNamespaceAware(true); // Aalto's only mode; elements are still matched by local name
        f.setValidating(false);
        XMLReader xml;
        try {
            xml = f.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
        xml.setContentHandler(handler);
        InputSource source = new InputSource(in);
        if (in instanceof XlsxPackage.Limited part) {
            source.setSystemId(part.name()); // the parser's errors name the part ("xl/worksheets/sheet1.xml")
        }
        xml.parse(source);
    }

    private static List<String> sharedStrings(XlsxPackage pkg) throws IOException, SAXException {
        SharedStringsHandler handler = new SharedStringsHandler();
        InputStream in = pkg.related("/sharedStrings");
        if (in == null) {
            return handler.strings(); // a workbook with numbers only has no shared-strings part
        }
        try (in) {
            parse(in, handler);
        }
        return handler.strings();
    }

    private static NumberStyles styles(XlsxPackage pkg) throws IOException, SAXException {
        NumberStyles styles = new NumberStyles();
        InputStream in = pkg.related("/styles");
        if (in != null) {
            try (in) {
                parse(in, styles);
            }
        }
        return styles;
    }

    /**
     * The workbook part: its sheets (name and relationship id) in order, and whether it counts dates from 1904
     * (Excel for Mac before 2011 and files derived from them): the same serial number is then a day four years
     * and one day later than in the usual 1900 system.
     */
    private static final class WorkbookPart extends DefaultHandler {
        final List<XlsxPackage.SheetEntry> sheets = new java.util.ArrayList<>();
        boolean date1904;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attrs) {
            switch (SheetRowHandler.local(qName)) {
                case "workbookPr" -> {
                    String v = attrs.getValue("date1904");
                    date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
                }
                case "sheet" -> {
                    String id = null;
                    for (int i = 0; i < attrs.getLength(); i++) { // r:id, whatever the relationships prefix
                        if (attrs.getLocalName(i).equals("id") && !attrs.getURI(i).isEmpty()) {
                            id = attrs.getValue(i);
                        }
                    }
                    if (id != null) {
                        String state = attrs.getValue("state"); // "hidden", "veryHidden" (only a macro shows it)
                        sheets.add(new XlsxPackage.SheetEntry(attrs.getValue("name"), id,
                                state != null && !state.equals("visible")));
                    }
                }
                default -> { }
            }
        }
    }

    public static void read(Path file, Sink sink) {
        try (XlsxPackage pkg = XlsxPackage.open(file)) {
            WorkbookPart workbook = new WorkbookPart();
            try (InputStream in = pkg.workbook()) {
                parse(in, workbook);
            }
            List<String> strings = sharedStrings(pkg);
            NumberStyles styles = styles(pkg);
            for (XlsxPackage.Sheet sheet : pkg.worksheets(workbook.sheets)) {
                if (sink.sheet(sheet.name())) {
                    if (sheet.hidden()) {
                        sink.hiddenSheet(sheet.name());
                    }
                    try (InputStream in = pkg.part(sheet.part())) {
                        parse(in, new SheetRowHandler(strings, styles, workbook.date1904, sink));
                    }
                }
            }
        } catch (IOException | SAXException | RuntimeException e) {
            if (e instanceof vn.atr.domain.AtrException atr) {
                throw atr;
            }
            throw new XlsxFormatException(Messages.get("xlsx.unreadable", file.getFileName(), reason(file, e)), e);
        }
    }

    /**
     * Why a workbook could not be read, in the user's words: the parts and positions named, what to do where
     * something can be done; the parser's or the zip library's own English words only as a last detail.
     */
    static String reason(Path file, Exception e) {
        if (isOle2(file)) {
            return Messages.get("xlsx.oldFormat");
        }
        if (isOds(file)) {
            return Messages.get("xlsx.ods");
        }
        if (e instanceof java.util.zip.ZipException && isText(file)) {
            return Messages.get("xlsx.text");
        }
        for (Throwable t = e; t != null; t = t.getCause()) { // the parser wraps what its input stream threw
            if (t instanceof XlsxPackage.PartException) {
                return t.getMessage();
            }
        }
        if (e instanceof java.util.zip.ZipException) {
            return Messages.get("xlsx.notZip", detail(e));
        }
        if (e instanceof org.xml.sax.SAXParseException p && p.getSystemId() != null) {
            return Messages.get("xlsx.badPart", p.getSystemId(), p.getLineNumber(), p.getColumnNumber());
        }
        return Messages.get("xlsx.otherFailure", detail(e));
    }

    private static String detail(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** A LibreOffice spreadsheet (.ods): a zip whose first entry, "mimetype", says so. */
    private static boolean isOds(Path file) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            java.util.zip.ZipEntry mime = zip.getEntry("mimetype");
            return mime != null && new String(zip.getInputStream(mime).readNBytes(100),
                    java.nio.charset.StandardCharsets.US_ASCII).contains("opendocument.spreadsheet");
        } catch (IOException e) {
            return false;
        }
    }

    /** Text (a .csv or .txt renamed, or saved as such): no control bytes but line ends and tabs in its start. */
    private static boolean isText(Path file) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] start = in.readNBytes(4096);
            for (byte b : start) {
                if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
                    return false;
                }
            }
            return start.length > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** OLE2's signature: an .xls workbook, or an .xlsx that Excel encrypted with an open password. */
    private static boolean isOle2(Path file) {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(ole2.length), ole2);
        } catch (IOException e) {
            return false;
        }
    }
}
