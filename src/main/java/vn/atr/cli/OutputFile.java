package vn.atr.cli;

import java.nio.file.Path;
import java.util.Locale;
import vn.atr.domain.Messages;

/** Output files keep the extension of what they hold: {@code --docx bc.pdf} would be a Word file nobody can open. */
final class OutputFile {
    private OutputFile() {
    }

    /**
     * The file to write: a name without any extension gets {@code extension} (without the dot), as the window
     * adds it ("bao-cao" is "bao-cao.docx"); a file named for another format is refused (exit 1, nothing written).
     */
    static Path require(String option, Path file, String extension) {
        if (file == null) {
            return null;
        }
        refuseFolder(option, file);
        String name = String.valueOf(file.getFileName());
        if (!name.contains(".")) {
            return file.resolveSibling(name + "." + extension);
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            throw new CliFailure(Messages.get("cli.wrongExtension", option, file, "." + extension));
        }
        return file;
    }

    /**
     * A folder given where a file is wanted ("--out usb/"): refused, naming it. Written beside it as "usb.atrpkg",
     * the package would not be on the stick the officer takes to the city.
     */
    static void refuseFolder(String option, Path file) {
        if (file != null && java.nio.file.Files.isDirectory(file)) {
            throw new CliFailure(Messages.get("cli.outputIsFolder", option, file));
        }
    }

    /** {@link #require}, and the folder to write it in must exist (exit 1 naming it, nothing written). */
    static Path requireInFolder(String option, Path file, String extension) {
        Path named = require(option, file, extension);
        Path parent = named.toAbsolutePath().getParent();
        if (parent == null || !java.nio.file.Files.isDirectory(parent)) {
            throw new CliFailure(Messages.get("report.folderMissing", parent));
        }
        return named;
    }
}
