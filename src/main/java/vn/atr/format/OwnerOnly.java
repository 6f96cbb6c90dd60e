package vn.atr.format;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders only their owner can read (docs/security.md): on Linux every file ATR writes is
 * created 0600 and every folder it makes 0700, whatever the umask, so another account on a shared PC
 * cannot copy the store, its lock, backups, packages, reports or logs. On Windows the data folder under
 * {@code %APPDATA%} already belongs to the user (its default ACL; see installer/README.md): nothing to do.
 */
public final class OwnerOnly {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /** The attributes to create a file with (none where the file system has no POSIX permissions). */
    public static FileAttribute<?>[] file() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /** Creates an empty file readable by its owner only. */
    public static Path createFile(Path file) throws IOException {
        return Files.createFile(file, file());
    }

    /** Makes an existing file (a copy of a file from elsewhere) readable by its owner only. */
    public static void restrict(Path file) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /**
     * Creates {@code folder} (and missing parents) for its owner only. An existing folder is left as it is:
     * it may be one the user chose (a USB stick, a shared folder) whose rights are theirs to decide.
     */
    public static Path createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return folder;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null && !Files.exists(parent)) {
            createFolder(parent);
        }
        return POSIX ? Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER))
                : Files.createDirectory(folder);
    }
}
