package vn.atr.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.atr.domain.Messages;

/** The package files an {@code atr import} names: files, or folders standing for the .atrpkg files they hold. */
final class PackageFiles {
    private PackageFiles() {
    }

    /**
     * {@code given} with each folder replaced by its .atrpkg files, sorted by name: a national office's thousands of
     * packages are one folder, named in a line the Windows console accepts (at most 32,767 characters).
     */
    static List<Path> expand(List<Path> given) {
        List<Path> files = new ArrayList<>();
        for (Path p : given) {
            if (!Files.isDirectory(p)) {
                files.add(p);
                continue;
            }
            List<Path> inside;
            try (Stream<Path> list = Files.list(p)) {
                inside = list.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT)
                        .endsWith(".atrpkg") && Files.isRegularFile(f)).sorted().toList();
            } catch (IOException e) {
                throw new CliFailure(Messages.get("exchange.cli.folderUnreadable", p,
                        e instanceof AccessDeniedException ? Messages.get("exchange.cli.noAccess")
                                : String.valueOf(e.getMessage())));
            }
            if (inside.isEmpty()) {
                throw new CliFailure(Messages.get("exchange.cli.folderEmpty", p));
            }
            files.addAll(inside);
        }
        return files;
    }

    /** The files' bytes, those that exist (a missing one is said by the import itself). */
    static long bytes(List<Path> files) {
        long bytes = 0;
        for (Path f : files) {
            try {
                bytes += Files.size(f);
            } catch (IOException e) {
                // said by the import
            }
        }
        return bytes;
    }
}
