package vn.atr.format.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import vn.atr.format.AtomicFiles;

/**
 * The Vietnamese user guide (docs/huong-dan, Markdown, in the application under {@code /help/}) as HTML
 * pages that any browser opens from the disk: the window's F1 needs no internet. Links between guide
 * pages point at the .html pages; the screenshots are copied beside them.
 */
public final class GuidePages {
    /** The guide's pages, by file name without ".md"; README is the table of contents. */
    public static final List<String> PAGES = List.of("README", "can-bo-xa-phuong", "nguoi-tong-hop", "lanh-dao", "quan-tri");
    private static final String BASE = "/help/";
    private static final Pattern LINK = Pattern.compile("(href|src)=\"([^\"#]*)(#[^\"]*)?\"");
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

    private GuidePages() {
    }

    /** Writes every page and the screenshots they show into {@code folder}; returns the pages' files. */
    public static List<Path> writeAll(Path folder) {
        try {
            java.nio.file.Files.createDirectories(folder.resolve("screenshots"));
        } catch (IOException e) {
            throw AtomicFiles.failed(folder, e);
        }
        Set<String> images = new LinkedHashSet<>();
        List<Path> written = new java.util.ArrayList<>();
        for (String page : PAGES) {
            String html = html(page, markdown(page), images);
            Path file = folder.resolve(page + ".html");
            AtomicFiles.write(file, html.getBytes(StandardCharsets.UTF_8));
            written.add(file);
        }
        for (String image : images) {
            byte[] bytes = resource(BASE + "screenshots/" + image);
            if (bytes != null) {
                AtomicFiles.write(folder.resolve("screenshots").resolve(image), bytes);
            }
        }
        return written;
    }

    static String markdown(String page) {
        byte[] bytes = resource(BASE + "huong-dan/" + page + ".md");
        if (bytes == null) {
            throw new IllegalStateException("The user guide has no page " + page);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** One page as a whole HTML document; the screenshots it shows are added to {@code images}. */
    static String html(String page, String markdown, Set<String> images) {
        Node doc = Parser.builder().extensions(EXTENSIONS).build().parse(markdown);
        String body = HtmlRenderer.builder().extensions(EXTENSIONS).build().render(doc);
        Matcher m = LINK.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String target = m.group(2);
            String anchor = m.group(3) == null ? "" : m.group(3);
            String local;
            if (target.startsWith("../screenshots/")) {
                String image = target.substring("../screenshots/".length());
                images.add(image);
                local = "screenshots/" + image;
            } else if (target.endsWith(".md") && !target.contains("/")) {
                local = target.substring(0, target.length() - 3) + ".html";
            } else if (target.isEmpty()) {
                local = "";
            } else if (target.contains("://")) {
                local = target;
            } else {
                local = "README.html"; // a developer's document outside the guide: the guide's contents instead
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "=\"" + local + anchor + "\""));
        }
        m.appendTail(out);
        String title = markdown.lines().filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2)).orElse(page);
        return "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title><style>body{font-family:'Segoe UI','DejaVu Sans',sans-serif;max-width:60em;margin:2em auto;"
                + "padding:0 1em;line-height:1.5}img{max-width:100%;border:1px solid #ccc}table{border-collapse:collapse}"
                + "td,th{border:1px solid #ccc;padding:.3em .6em;vertical-align:top}code{background:#f3f3f3}</style>"
                + "</head><body>\n" + out + "</body></html>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] resource(String name) {
        try (InputStream in = GuidePages.class.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
