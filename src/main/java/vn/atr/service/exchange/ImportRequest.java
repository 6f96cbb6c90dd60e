package vn.atr.service.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One package import, asked by the window or the command line alike: one file or several (several are one
 * import, all of them or none: ADR 0033), the password of each encrypted file (null for the others),
 * whether to write or only verify, and who is told after each package (it may cancel).
 */
public record ImportRequest(List<Path> files, Function<Path, char[]> passwords, boolean write,
                            BatchImport.Progress progress) {
    public ImportRequest {
        files = List.copyOf(files);
        Objects.requireNonNull(passwords);
        Objects.requireNonNull(progress);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no package file");
        }
    }

    /** A single package is planned and applied by itself; several are merged in one transaction. */
    boolean single() {
        return files.size() == 1;
    }
}
