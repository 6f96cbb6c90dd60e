package vn.atr.cli;

import java.util.Set;
import vn.atr.service.report.ReportService;

/**
 * Work a command can start before the command line is parsed: a fresh {@code atr report} spends a quarter of
 * a second building picocli's model of every command on one core, while the document libraries it will need
 * (POI's schemas, JFreeChart, fonts) can load on the other (ADR 0130). Started once logging is configured
 * ({@link AtrCli}'s logger): a library that logs while SLF4J is still starting would have its lines replayed
 * with a warning on the terminal.
 */
final class EarlyStart {
    /** Root options that take a value (the value is never the command's name). */
    private static final Set<String> WITH_VALUE = Set.of("--db", "--lang");
    private static final Set<String> NO_COMMAND = Set.of("-h", "--help", "-V", "--version");

    private EarlyStart() {
    }

    /** Starts the document libraries' loading when {@code args} run {@code atr report}; nothing otherwise. */
    static void start(String... args) {
        if ("report".equals(command(args))) {
            ReportService.prewarm();
        }
    }

    /**
     * The command {@code args} name, as the parser will see it; null for the window, a help or version
     * request, or anything unusual (the parser then reports it).
     */
    static String command(String... args) {
        String command = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (NO_COMMAND.contains(a)) {
                return null;
            }
            if (command == null) {
                if (WITH_VALUE.contains(a)) {
                    i++;
                } else if (!a.startsWith("-")) {
                    command = a;
                }
            }
        }
        return command;
    }
}
