package vn.atr.format.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import vn.atr.domain.Messages;

/**
 * The parts of an .xlsx file the import reads, found as Excel finds them: the package's relationships name the
 * workbook, the workbook's name its sheets, shared strings and styles (ADR 0186). Read with the JDK's zip
 * reader instead of POI's package model, whose first use in a process costs half a second before the first row.
 * Every part is inflated through a limit (at most {@link #MAX_RATIO} times its compressed size past the first
 * {@link #GRACE} bytes, as POI's ZipSecureFile), so a crafted file fails with a message, not a full memory.
 */
final class XlsxPackage implements AutoCloseable {
    /** A sheet's name, its part and whether Excel hides its tab. */
    record Sheet(String name, String part, boolean hidden) {
    }

    /** A sheet as the workbook part lists it: its name, the id of its relationship, whether its tab is hidden. */
    record SheetEntry(String name, String relationshipId, boolean hidden) {
    }

    /** A relationship: its type (a URI ending in "/worksheet", "/styles"...) and the part it leads to. */
    private record Relationship(String type, String part) {
    }

    static final int MAX_RATIO = 100;
    static final long GRACE = 1 << 20;

    private final ZipFile zip;
    private final String workbook;
    private final Map<String, Relationship> workbookRels;

    private XlsxPackage(ZipFile zip) throws IOException, SAXException {
        this.zip = zip;
        this.workbook = relationships("").values().stream().filter(r -> r.type().endsWith("/officeDocument"))
                .map(Relationship::part).findFirst()
                .orElseThrow(() -> new PartException(Messages.get("xlsx.noWorkbook")));
        this.workbookRels = relationships(workbook);
    }

    static XlsxPackage open(Path file) throws IOException, SAXException {
        ZipFile zip = new ZipFile(file.toFile());
        try {
            return new XlsxPackage(zip);
        } catch (IOException | SAXException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** The workbook part's own content (sheet list, date system). */
    InputStream workbook() throws IOException {
        return part(workbook);
    }

    /** The first part of a relationship type of the workbook (for example "/sharedStrings"), or null. */
    InputStream related(String typeSuffix) throws IOException {
        for (Relationship r : workbookRels.values()) {
            if (r.type().endsWith(typeSuffix)) {
                return part(r.part());
            }
        }
        return null;
    }

    /** The workbook's worksheets in their order, by the relationship ids the workbook part gives. */
    List<Sheet> worksheets(List<SheetEntry> sheets) {
        List<Sheet> found = new ArrayList<>();
        for (SheetEntry s : sheets) {
            Relationship r = workbookRels.get(s.relationshipId());
            if (r != null && r.type().endsWith("/worksheet")) {
                found.add(new Sheet(s.name(), r.part(), s.hidden()));
            }
        }
        return found;
    }

    InputStream part(String name) throws IOException {
        ZipEntry e = entry(name);
        if (e == null) {
            throw new PartException(Messages.get("xlsx.missingPart", name));
        }
        return new Limited(zip.getInputStream(e), name, Math.max(e.getCompressedSize(), 0));
    }

    /** A part's zip entry; part names ignore case (OPC), zip entry names do not. */
    private ZipEntry entry(String name) {
        ZipEntry e = zip.getEntry(name);
        if (e != null) {
            return e;
        }
        return zip.stream().filter(z -> z.getName().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    /** The relationships of {@code source} ("" for the package's): id to type and resolved part name. */
    private Map<String, Relationship> relationships(String source) throws IOException, SAXException {
        int slash = source.lastIndexOf('/');
        String folder = source.substring(0, slash + 1);
        String rels = folder + "_rels/" + source.substring(slash + 1) + ".rels";
        Map<String, Relationship> found = new LinkedHashMap<>();
        if (entry(rels) == null) {
            return found;
        }
        try (InputStream in = part(rels)) {
            XlsxStreamReader.parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes a) {
                    String id = a.getValue("Id");
                    String type = a.getValue("Type");
                    String target = a.getValue("Target");
                    boolean external = "External".equals(a.getValue("TargetMode")); // a URL, not a part
                    if (SheetRowHandler.local(qName).equals("Relationship") && !external
                            && id != null && type != null && target != null) {
                        found.put(id, new Relationship(type, resolve(folder, target)));
                    }
                }
            });
        }
        return found;
    }

    /** A relationship's target as a part name: "/xl/x.xml" from the root, "x.xml" or "../x.xml" from the folder. */
    static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** A part's inflated bytes, refused past the ratio POI's reader also enforces; it knows its part's name. */
    static final class Limited extends FilterInputStream {
        private final String name;
        private final long limit;
        private long read;

        Limited(InputStream in, String name, long compressed) {
            super(in);
            this.name = name;
            this.limit = GRACE + compressed * MAX_RATIO;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        String name() {
            return name;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new PartException(Messages.get("xlsx.partTooLarge", name, MAX_RATIO));
            }
        }
    }

    /** A package that is a zip but not a readable workbook; its message is the user's reason, in their language. */
    static final class PartException extends IOException {
        PartException(String reason) {
            super(reason);
        }
    }
}
