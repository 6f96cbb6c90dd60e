package vn.atr.format.pkg;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import vn.atr.domain.Messages;
import vn.atr.security.Ed25519;
import vn.atr.security.KeyMismatchException;
import vn.atr.security.PasswordCipher;
import vn.atr.security.Sha256;

/**
 * Opens a data package and trusts nothing in it until checked: entry names first, before anything is
 * inflated (no {@code ..}, no absolute paths, only the format's names, no duplicates), then the manifest,
 * its format version and its signature, then each data entry only if the manifest lists it, streamed
 * through its SHA-256 against a limit on what the whole package may inflate to (counted while reading,
 * not taken from the headers: a zip bomb is refused, not held in memory). Who signed is checked here;
 * whether that signer is trusted is the receiving store's decision.
 */
public final class PackageReader {
    /** What all entries of one package may inflate to together: a whole city's year is a few megabytes. */
    public static final long DEFAULT_LIMIT = 128L * 1024 * 1024;
    private static final int MAX_ENTRIES = 64;
    private static final int SIGNATURE_LIMIT = 1024;

    private final long limit;

    public PackageReader() {
        this(DEFAULT_LIMIT);
    }

    public PackageReader(long limit) {
        this.limit = limit;
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
        Manifest manifest;
        Map<String, byte[]> entries;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<? extends ZipEntry> list = zip.stream().toList();
            Set<String> names = new HashSet<>();
            for (ZipEntry e : list) {
                checkName(e.getName(), names);
            }
            Budget budget = new Budget();
            ZipEntry manifestEntry = zip.getEntry(Manifest.ENTRY);
            if (manifestEntry == null) {
                throw new PackageException(Messages.get("exchange.pkg.noManifest"));
            }
            byte[] manifestBytes = budget.read(zip.getInputStream(manifestEntry), Manifest.ENTRY, manifestEntry, null);
            manifest = manifest(manifestBytes);
            if (manifest.signed()) {
                checkSignature(zip, manifest, manifestBytes);
            }
            entries = manifest.encryption() != null ? decrypt(zip, list, manifest, password, budget)
                    : plainEntries(zip, list, manifest, budget);
        } catch (IOException e) {
            // the zip library's own words ("zip END header not found") mean nothing to a ward officer
            throw new PackageException(Messages.get("exchange.pkg.notAZip", file.getFileName(),
                    e instanceof java.util.zip.ZipException ? Messages.get("exchange.pkg.notZipStructure")
                            : vn.atr.format.AtomicFiles.reason(e)), e);
        }
        if (!entries.keySet().equals(manifest.sha256().keySet())) {
            throw new PackageException(Messages.get("exchange.pkg.entriesMismatch", entries.keySet(),
                    manifest.sha256().keySet()));
        }
        Map<String, byte[]> entities = new LinkedHashMap<>();
        entries.forEach((name, bytes) -> entities.put(name.substring(0, name.length() - ".jsonl".length()), bytes));
        try {
            return new Contents(manifest, entities, Sha256.hex(file));
        } catch (UncheckedIOException e) {
            throw new PackageException(Messages.get("exchange.pkg.readFailed", file.getFileName(),
                    e.getCause().getMessage()), e);
        }
    }

    private Map<String, byte[]> plainEntries(ZipFile zip, List<? extends ZipEntry> list, Manifest m, Budget budget)
            throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (ZipEntry e : list) {
            String name = e.getName();
            if (name.equals(PackageWriter.PAYLOAD)) {
                throw new PackageException(Messages.get("exchange.pkg.payloadWithoutParams"));
            }
            if (!name.equals(Manifest.ENTRY) && !name.equals(Manifest.SIGNATURE)) {
                try (InputStream in = zip.getInputStream(listed(m, e))) {
                    entries.put(name, budget.read(in, name, e, m.sha256().get(name)));
                }
            }
        }
        return entries;
    }

    /** An entry the manifest does not list is refused by its name, before a byte of it is inflated. */
    private static ZipEntry listed(Manifest m, ZipEntry e) {
        if (!m.sha256().containsKey(e.getName())) {
            throw new PackageException(Messages.get("exchange.pkg.notInManifest", e.getName()));
        }
        return e;
    }

    private void checkName(String name, Set<String> seen) {
        // an Excel or Word file's parts (its entries need not come in any order): said as what the file is,
        // not as an unsafe package
        if (name.equals("[Content_Types].xml") || name.startsWith("docProps/") || name.startsWith("xl/")
                || name.startsWith("word/") || name.startsWith("_rels/")) {
            throw new PackageException(Messages.get("exchange.pkg.officeFile"));
        }
        if (name.contains("..") || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.contains("/")) {
            throw new PackageException(Messages.get("exchange.pkg.unsafeName", name));
        }
        if (!name.equals(Manifest.ENTRY) && !name.equals(Manifest.SIGNATURE) && !name.equals(PackageWriter.PAYLOAD)
                && !name.endsWith(".jsonl")) {
            throw new PackageException(Messages.get("exchange.pkg.unknownEntry", name));
        }
        if (!seen.add(name) || seen.size() > MAX_ENTRIES) {
            throw new PackageException(Messages.get("exchange.pkg.duplicateEntry", name));
        }
    }

    /** The largest buffer an entry's declared size reserves before its bytes are read. */
    private static final long PRESIZE_CAP = 16L * 1024 * 1024;

    /** The inflated bytes left for the whole package; every entry, inner ones too, is read through it. */
    private final class Budget {
        private long left = limit;

        /** The entry's bytes, refused past the limit and, if {@code sha256} is given, unless it matches. */
        byte[] read(InputStream in, String name, ZipEntry declared, String sha256) throws IOException {
            if (declared != null && declared.getSize() > left) { // refused on its declared size, nothing inflated
                throw tooLarge(name);
            }
            MessageDigest md = Sha256.digest();
            // sized as declared (it can lie: capped, and the buffer still grows or stops at the limit as it reads)
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared == null || declared.getSize() <= 0 ? 8192
                    : (int) Math.min(Math.min(declared.getSize() + 1, left), PRESIZE_CAP));
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                left -= n;
                if (left < 0) { // the declared size can lie: counted while inflating too
                    throw tooLarge(name);
                }
                md.update(buf, 0, n);
                out.write(buf, 0, n);
            }
            if (sha256 != null && !HexFormat.of().formatHex(md.digest()).equals(sha256)) {
                throw new PackageException(Messages.get("exchange.pkg.checksum", name));
            }
            return out.toByteArray();
        }
    }

    private PackageException tooLarge(String name) {
        return new PackageException(Messages.get("exchange.pkg.tooLarge", name, limit));
    }

    private static Manifest manifest(byte[] bytes) {
        Manifest m;
        try {
            // The version first: a newer format's fields are unknown here, and "update ATR" says more than their names.
            com.fasterxml.jackson.databind.JsonNode tree = PackageJson.mapper().readTree(bytes);
            int version = tree == null ? 0 : tree.path("formatVersion").asInt(0);
            if (version > Manifest.FORMAT_VERSION) {
                throw new PackageException(Messages.get("exchange.pkg.newerFormat", version, Manifest.FORMAT_VERSION));
            }
            m = PackageJson.mapper().treeToValue(tree, Manifest.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new PackageException(Messages.get("exchange.pkg.badManifest", PackageJson.explain(e)), e);
        }
        if (m == null) {
            throw new PackageException(Messages.get("exchange.pkg.manifestIncomplete"));
        }
        if (m.formatVersion() < Manifest.UNSIGNED_FORMAT_VERSION) {
            throw new PackageException(Messages.get("exchange.pkg.formatVersion", m.formatVersion(),
                    Manifest.FORMAT_VERSION));
        }
        if (m.sha256() == null || m.counts() == null || m.installationId() == null
                || (m.auditHead() == null) != (m.formatVersion() < Manifest.FORMAT_VERSION)
                || (m.earlierHeads() == null) != (m.formatVersion() < Manifest.FORMAT_VERSION)
                || m.auditHead() != null && !wellFormed(m.auditHead())
                || m.earlierHeads() != null && !m.earlierHeads().stream().allMatch(h -> h != null && h.seq() >= 0
                        && (h.hash() == null || wellFormed(h)))) {
            throw new PackageException(Messages.get("exchange.pkg.manifestIncomplete"));
        }
        if (m.signed() != (m.formatVersion() >= Manifest.SIGNED_FORMAT_VERSION)) {
            throw new PackageException(Messages.get("exchange.pkg.badSignature", Manifest.SIGNATURE));
        }
        return m;
    }

    /** An entry number and a SHA-256 in lower-case hex, as {@code atr audit verify} prints them. */
    private static boolean wellFormed(vn.atr.domain.access.AuditHead head) {
        return head.seq() >= 0 && head.hash() != null && head.hash().matches("[0-9a-f]{64}");
    }

    /** The signature of the manifest's exact bytes by the key the manifest names (trust is decided later). */
    private void checkSignature(ZipFile zip, Manifest m, byte[] manifestBytes) throws IOException {
        ZipEntry sig = zip.getEntry(Manifest.SIGNATURE);
        if (sig == null) {
            throw new PackageException(Messages.get("exchange.pkg.badSignature", Manifest.SIGNATURE));
        }
        byte[] signature;
        try (InputStream in = zip.getInputStream(sig)) {
            signature = in.readNBytes(SIGNATURE_LIMIT);
        }
        byte[] key;
        try {
            key = m.signerKeyBytes();
        } catch (IllegalArgumentException e) {
            throw new PackageException(Messages.get("exchange.pkg.badSignature", Manifest.SIGNATURE), e);
        }
        if (!Ed25519.verify(key, manifestBytes, signature)) {
            throw new PackageException(Messages.get("exchange.pkg.badSignature", Manifest.SIGNATURE));
        }
    }

    private Map<String, byte[]> decrypt(ZipFile zip, List<? extends ZipEntry> list, Manifest m, char[] password,
                                        Budget budget) throws IOException {
        ZipEntry payload = zip.getEntry(PackageWriter.PAYLOAD);
        long others = list.stream().map(ZipEntry::getName)
                .filter(n -> !n.equals(Manifest.ENTRY) && !n.equals(Manifest.SIGNATURE)).count();
        if (payload == null || others != 1) {
            throw new PackageException(Messages.get("exchange.pkg.payloadAlone", PackageWriter.PAYLOAD));
        }
        byte[] sealed;
        try (InputStream in = zip.getInputStream(payload)) {
            sealed = budget.read(in, PackageWriter.PAYLOAD, payload, m.encryption().payloadSha256());
        }
        if (password == null) {
            throw new PackageException(Messages.get("exchange.pkg.passwordNeeded"));
        }
        Manifest.Encryption p = m.encryption();
        if (!PasswordCipher.acceptsIterations(p.iterations())) {
            throw new PackageException(Messages.get("exchange.pkg.badIterations", p.iterations()));
        }
        byte[] inner;
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            inner = PasswordCipher.open(new PasswordCipher.Sealed(p.iterations(), b64.decode(p.salt()),
                    b64.decode(p.nonce()), sealed), password, PackageWriter.associated(m));
        } catch (KeyMismatchException e) {
            throw new PackageException(Messages.get("exchange.pkg.wrongPassword"));
        } catch (IllegalArgumentException e) {
            throw new PackageException(Messages.get("exchange.pkg.decryptFailed", e.getMessage()), e);
        }
        Map<String, byte[]> plain = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(inner))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                checkName(e.getName(), names);
                plain.put(e.getName(), budget.read(zin, e.getName(), listed(m, e), m.sha256().get(e.getName())));
            }
        } catch (IOException e) {
            throw new PackageException(Messages.get("exchange.pkg.payloadUnreadable", e.getMessage()), e);
        }
        return plain;
    }
}
