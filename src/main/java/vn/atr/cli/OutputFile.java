package vn.atr.cli;

import java.nio.file.Path;
import java.util.Locale;
import vn.atr.domain.Messages;

/** Output files keep the extension of what they hold: {@code --docx bc.pdf} would be a Word file nobody can open. */
final class OutputFile {
    private OutputFile() {
    }

    /** Refuses (exit 1, nothing written) a file named for another format; {@code extension} without the dot. */
    static void require(String option, Path file, String extension) {
        if (file == null) {
            return;
        }
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (!name.endsWith("." + extension)) {
            throw new CliFailure(Messages.get("cli.wrongExtension", option, file, "." + extension));
        }
    }

    /** {@link #require}, and the folder to write it in must exist (exit 1 naming it, nothing written). */
    static void requireInFolder(String option, Path file, String extension) {
        require(option, file, extension);
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !java.nio.file.Files.isDirectory(parent)) {
            throw new CliFailure(Messages.get("report.folderMissing", parent));
        }
    }
}
