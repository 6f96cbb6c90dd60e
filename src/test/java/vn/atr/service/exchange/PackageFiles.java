package vn.atr.service.exchange;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import vn.atr.format.pkg.Manifest;
import vn.atr.format.pkg.PackageJson;
import vn.atr.security.Ed25519;

/** A package taken apart and put together again, as an attacker who knows the format would. */
public final class PackageFiles {
    private PackageFiles() {
    }

    public static Map<String, byte[]> entries(Path pkg) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(pkg.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    public static Path write(Path out, Map<String, byte[]> entries) throws IOException {
        try (OutputStream os = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out;
    }

    public static void editManifest(Map<String, byte[]> entries, Consumer<ObjectNode> edit) throws IOException {
        ObjectNode m = (ObjectNode) PackageJson.mapper().readTree(entries.get(Manifest.ENTRY));
        edit.accept(m);
        entries.put(Manifest.ENTRY, m.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Signs the (edited) manifest again with {@code keys}: what only a holder of that private key can do. */
    public static void resign(Map<String, byte[]> entries, Ed25519.Keys keys) {
        entries.put(Manifest.SIGNATURE, Ed25519.sign(keys.privateKey(), entries.get(Manifest.ENTRY)));
    }

    /** Every line of a JSON-lines entry changed by {@code edit}. */
    public static byte[] editLines(byte[] jsonLines, Consumer<ObjectNode> edit) throws IOException {
        StringBuilder out = new StringBuilder();
        for (String line : new String(jsonLines, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                ObjectNode r = (ObjectNode) PackageJson.mapper().readTree(line);
                edit.accept(r);
                out.append(r).append('\n');
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
