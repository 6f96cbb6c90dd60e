package vn.atr.badinput;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Zip and JSON handling for {@link BadInputGenerator}: reading a good package, rewriting entries. */
final class CorpusFiles {
    static final ObjectMapper JSON = new ObjectMapper();

    private CorpusFiles() {
    }

    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> all = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : z.stream().toList()) {
                try (InputStream in = z.getInputStream(e)) {
                    all.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return all;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            z.setLevel(9);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A copy of a package's entries with the first line of {@code entry} changed and the manifest's SHA-256 updated. */
    static Map<String, byte[]> withFirstRecord(Map<String, byte[]> good, String entry, Consumer<ObjectNode> change)
            throws IOException {
        Map<String, byte[]> copy = new LinkedHashMap<>(good);
        String[] lines = new String(good.get(entry), StandardCharsets.UTF_8).split("\n", -1);
        ObjectNode first = (ObjectNode) JSON.readTree(lines[0]);
        change.accept(first);
        lines[0] = JSON.writeValueAsString(first);
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        copy.put(entry, bytes);
        return withManifest(copy, m -> ((ObjectNode) m.get("sha256")).put(entry, sha256(bytes)));
    }

    static Map<String, byte[]> withManifest(Map<String, byte[]> good, Consumer<ObjectNode> change) throws IOException {
        Map<String, byte[]> copy = new LinkedHashMap<>(good);
        ObjectNode manifest = (ObjectNode) JSON.readTree(good.get("manifest.json"));
        change.accept(manifest);
        copy.put("manifest.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        return copy;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces every occurrence of {@code from} by {@code to} (same length) in raw bytes: names in zip headers. */
    static byte[] patch(byte[] raw, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.UTF_8);
        byte[] t = to.getBytes(StandardCharsets.UTF_8);
        if (f.length != t.length) {
            throw new IllegalArgumentException("same length only");
        }
        byte[] out = raw.clone();
        for (int i = 0; i + f.length <= out.length; i++) {
            if (java.util.Arrays.equals(out, i, i + f.length, f, 0, f.length)) {
                System.arraycopy(t, 0, out, i, t.length);
            }
        }
        return out;
    }
}
