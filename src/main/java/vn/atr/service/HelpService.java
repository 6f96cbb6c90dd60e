package vn.atr.service;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import vn.atr.format.help.GuidePages;

/**
 * The user guide for the screen in hand (F1): the guide's pages are written once per version as HTML
 * in a folder of their own and the right page and section is handed to the desktop's browser, offline.
 */
public final class HelpService {
    /** Screen id -> guide page and section (the anchors are written in docs/huong-dan). */
    private static final Map<String, String> PLACES = Map.ofEntries(
            Map.entry("dashboard", "lanh-dao"),
            Map.entry("activities", "can-bo-xa-phuong#hoat-dong"),
            Map.entry("metrics", "can-bo-xa-phuong#chi-so"),
            Map.entry("cases", "can-bo-xa-phuong#vu-viec"),
            Map.entry("xlsx", "can-bo-xa-phuong#nhap-tu-excel"),
            Map.entry("export", "can-bo-xa-phuong#gui-goi-du-lieu"),
            Map.entry("import", "nguoi-tong-hop#nhan-goi-du-lieu"),
            Map.entry("report", "nguoi-tong-hop#bao-cao"),
            Map.entry("documents", "nguoi-tong-hop#van-ban-chi-dao"),
            Map.entry("reference", "quan-tri#cai-dat"),
            Map.entry("settings", "quan-tri#cai-dat"),
            Map.entry("backup", "quan-tri#sao-luu"),
            Map.entry("serverStore", "quan-tri#kho-tren-may-chu"),
            Map.entry("users", "quan-tri#nguoi-dung"),
            Map.entry("audit", "quan-tri#nguoi-dung"),
            Map.entry("catalog", "quan-tri#danh-muc-chi-tieu"));

    private final Path folder;

    public HelpService(Path folder) {
        this.folder = folder;
    }

    /** The guide in the system's temporary folder, one copy per version of ATR. */
    static HelpService inTempFolder() {
        String user = System.getProperty("user.name", "atr").replaceAll("[^A-Za-z0-9._-]", "_");
        return new HelpService(Path.of(System.getProperty("java.io.tmpdir"), "atr-help-" + user + "-" + AppVersion.get()));
    }

    /** The guide's page for {@code screen} (its contents page for a screen it does not cover), written if needed. */
    public URI pageFor(String screen) {
        String place = PLACES.getOrDefault(screen, "README");
        int hash = place.indexOf('#');
        String page = hash < 0 ? place : place.substring(0, hash);
        Path file = folder.resolve(page + ".html");
        if (!Files.isRegularFile(file) || AppVersion.get().endsWith("SNAPSHOT") || AppVersion.get().equals("dev")) {
            GuidePages.writeAll(folder);
        }
        URI uri = file.toUri();
        return hash < 0 ? uri : URI.create(uri + place.substring(hash));
    }
}
