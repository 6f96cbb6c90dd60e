package vn.atr.report.ooxml;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An Office Open XML package (ECMA-376 Part 2) being written: its parts, their content types and their
 * relationships, zipped in one pass at the end with the content types first, as Office writes them. Parts are
 * named without the leading slash ({@code xl/workbook.xml}); the package's own relationships have the source "".
 */
public final class OpcPackage {
    public static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private record Part(String contentType, byte[] bytes) {
    }

    private record Rel(String id, String type, String target) {
    }

    private final Map<String, Part> parts = new LinkedHashMap<>();
    private final Map<String, List<Rel>> rels = new LinkedHashMap<>();

    public void add(String name, String contentType, String xml) {
        add(name, contentType, xml.getBytes(StandardCharsets.UTF_8));
    }

    public void add(String name, String contentType, byte[] bytes) {
        if (parts.putIfAbsent(name, new Part(contentType, bytes)) != null) {
            throw new IllegalStateException("part " + name + " twice");
        }
    }

    /**
     * Relates part {@code source} ("" for the package) to {@code target}, written as the relationship's target is
     * (relative to the source's folder, or a full name for the package); returns the relationship's id.
     */
    public String relate(String source, String target, String type) {
        List<Rel> list = rels.computeIfAbsent(source, s -> new ArrayList<>());
        String id = "rId" + (list.size() + 1);
        list.add(new Rel(id, type.contains("://") ? type : REL + type, target));
        return id;
    }

    public void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        entry(zip, "[Content_Types].xml", contentTypes());
        for (var e : rels.entrySet()) {
            entry(zip, relsName(e.getKey()), relationships(e.getValue()));
        }
        for (var e : parts.entrySet()) {
            entry(zip, e.getKey(), e.getValue().bytes());
        }
        zip.finish();
        zip.flush();
    }

    private static String relsName(String source) {
        int slash = source.lastIndexOf('/');
        return source.substring(0, slash + 1) + "_rels/" + source.substring(slash + 1) + ".rels";
    }

    private byte[] contentTypes() {
        StringBuilder x = new StringBuilder(Xml.DECLARATION)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Default Extension=\"png\" ContentType=\"image/png\"/>");
        parts.forEach((name, p) -> {
            if (!name.endsWith(".png")) {
                x.append("<Override PartName=\"/").append(Xml.escape(name)).append("\" ContentType=\"")
                        .append(p.contentType()).append("\"/>");
            }
        });
        return x.append("</Types>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] relationships(List<Rel> list) {
        StringBuilder x = new StringBuilder(Xml.DECLARATION)
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (Rel r : list) {
            x.append("<Relationship Id=\"").append(r.id()).append("\" Type=\"").append(r.type())
                    .append("\" Target=\"").append(Xml.escape(r.target())).append("\"/>");
        }
        return x.append("</Relationships>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
