package vn.atr.format.pkg;

import vn.atr.domain.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Opens a data package and trusts nothing in it until checked: entry names (no {@code ..}, no absolute
 * paths, only known names, no duplicates), inflated sizes (counted while reading, not taken from the
 * headers, against zip bombs), the manifest and its format version, and every entry's SHA-256.
 */
public final class PackageReader {
    public static final long DEFAULT_ENTRY_LIMIT = 512L * 1024 * 1024;
    private static final int MAX_ENTRIES = 64;

    private final long entryLimit;

    public PackageReader() {
        this(DEFAULT_ENTRY_LIMIT);
    }

    public PackageReader(long entryLimit) {
        this.entryLimit = entryLimit;
    }

    /** A checked package: its manifest, its data entries by entity, and the SHA-256 of the whole file. */
    public record Contents(Manifest manifest, Map<String, byte[]> entities, String fileSha256) {
    }

    /** Whether the package holds an encrypted payload (so the caller knows to ask for its password). */
    public boolean isEncrypted(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry(PackageWriter.PAYLOAD) != null;
        } catch (IOException e) {
            return false;
        }
    }

    public Contents read(Path file, char[] password) {
        if (!Files.isRegularFile(file)) {
            throw new PackageException(Messages.get("exchange.pkg.missing", file));
        }
        Map<String, byte[]> entries;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            entries = readAll(zip.stream().map(e -> e).toList(), zip);
        } catch (IOException e) {
            throw new PackageException(Messages.get("exchange.pkg.notAZip", file.getFileName(),
                    e.getMessage()), e);
        }
        Manifest manifest = manifest(entries.remove(Manifest.ENTRY));
        if (manifest.encryption() != null) {
            entries = decrypt(entries, manifest, password);
        } else if (entries.containsKey(PackageWriter.PAYLOAD)) {
            throw new PackageException(Messages.get("exchange.pkg.payloadWithoutParams"));
        }
        if (!entries.keySet().equals(manifest.sha256().keySet())) {
            throw new PackageException(Messages.get("exchange.pkg.entriesMismatch", entries.keySet(),
                    manifest.sha256().keySet()));
        }
        Map<String, byte[]> entities = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            String actual = PackageDigest.sha256(e.getValue());
            if (!actual.equals(manifest.sha256().get(e.getKey()))) {
                throw new PackageException(Messages.get("exchange.pkg.checksum", e.getKey()));
            }
            entities.put(e.getKey().substring(0, e.getKey().length() - ".jsonl".length()), e.getValue());
        }
        return new Contents(manifest, entities, PackageDigest.sha256(file));
    }

    private Map<String, byte[]> readAll(Iterable<? extends ZipEntry> list, ZipFile zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (ZipEntry e : list) {
            checkName(e.getName(), entries);
            if (e.getSize() > entryLimit) { // refused on its declared size before inflating anything
                throw tooLarge(e.getName());
            }
            try (InputStream in = zip.getInputStream(e)) {
                entries.put(e.getName(), limited(in, e.getName()));
            }
        }
        return entries;
    }

    private void checkName(String name, Map<String, byte[]> seen) {
        if (name.contains("..") || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.contains("/")) {
            throw new PackageException(Messages.get("exchange.pkg.unsafeName", name));
        }
        if (name.equals("[Content_Types].xml")) {
            throw new PackageException(Messages.get("exchange.pkg.officeFile"));
        }
        if (!name.equals(Manifest.ENTRY) && !name.equals(PackageWriter.PAYLOAD) && !name.endsWith(".jsonl")) {
            throw new PackageException(Messages.get("exchange.pkg.unknownEntry", name));
        }
        if (seen.containsKey(name) || seen.size() >= MAX_ENTRIES) {
            throw new PackageException(Messages.get("exchange.pkg.duplicateEntry", name));
        }
    }

    private byte[] limited(InputStream in, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > entryLimit) { // the declared size can lie: counted while inflating too
                throw tooLarge(name);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private PackageException tooLarge(String name) {
        return new PackageException(Messages.get("exchange.pkg.tooLarge", name, entryLimit));
    }

    private static Manifest manifest(byte[] bytes) {
        if (bytes == null) {
            throw new PackageException(Messages.get("exchange.pkg.noManifest"));
        }
        Manifest m;
        try {
            m = PackageJson.mapper().readValue(bytes, Manifest.class);
        } catch (IOException e) {
            throw new PackageException(Messages.get("exchange.pkg.badManifest", PackageJson.explain(e)), e);
        }
        if (m.formatVersion() != Manifest.FORMAT_VERSION) {
            throw new PackageException(Messages.get("exchange.pkg.formatVersion", m.formatVersion(),
                    Manifest.FORMAT_VERSION));
        }
        if (m.sha256() == null || m.counts() == null || m.installationId() == null) {
            throw new PackageException(Messages.get("exchange.pkg.manifestIncomplete"));
        }
        return m;
    }

    private Map<String, byte[]> decrypt(Map<String, byte[]> entries, Manifest m, char[] password) {
        byte[] sealed = entries.get(PackageWriter.PAYLOAD);
        if (sealed == null || entries.size() != 1) {
            throw new PackageException(Messages.get("exchange.pkg.payloadAlone", PackageWriter.PAYLOAD));
        }
        if (!PackageDigest.sha256(sealed).equals(m.encryption().payloadSha256())) {
            throw new PackageException(Messages.get("exchange.pkg.checksum", PackageWriter.PAYLOAD));
        }
        if (password == null) {
            throw new PackageException(Messages.get("exchange.pkg.passwordNeeded"));
        }
        byte[] inner = PackageCrypto.decrypt(sealed, password, m.encryption(), PackageWriter.ASSOCIATED);
        Map<String, byte[]> plain = new LinkedHashMap<>();
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(inner))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                checkName(e.getName(), plain);
                plain.put(e.getName(), limited(zin, e.getName()));
            }
        } catch (IOException e) {
            throw new PackageException(Messages.get("exchange.pkg.payloadUnreadable", e.getMessage()), e);
        }
        return plain;
    }
}
