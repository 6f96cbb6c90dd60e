package vn.atr.cli;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.atr.domain.AtrException;
import vn.atr.domain.Messages;

/**
 * The {@code atr} command line. Exit codes: 0 success; 1 bad input or a failed check, with a
 * one-line reason on stderr; 2 bad usage.
 */
@Command(name = "atr", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "ATR - Báo cáo phòng, chống mua bán người (chạy không cần mạng).",
        subcommands = {InitCommand.class, SampleCommand.class, GenerateCommand.class, SummaryCommand.class,
                BenchCommand.class, ReportCommand.class, DraftCommand.class, UserCommand.class,
                AuditCommand.class, ExportCommand.class, ImportCommand.class, ConflictsCommand.class,
                BackupCommand.class, RestoreCommand.class, TemplateCommand.class, ImportXlsxCommand.class,
                TrustCommand.class})
public final class AtrCli {
    private static final Logger LOG = LoggerFactory.getLogger(AtrCli.class);

    private AtrCli() {
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new AtrCli());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> handle(e, cmd));
        return cli.execute(args);
    }

    private static int handle(Exception e, CommandLine cmd) {
        PrintWriter err = cmd.getErr();
        if (e instanceof UsageException) {
            err.println("atr: " + e.getMessage());
            cmd.usage(err);
            return 2;
        }
        if (e instanceof AtrException) {
            err.println("atr: " + oneLine(e.getMessage()));
            LOG.info("Command refused: {}", e.getClass().getSimpleName());
            return 1;
        }
        LOG.error("Unexpected failure in {}", cmd.getCommandName(), e);
        err.println("atr: " + Messages.get("cli.unexpected", e.getClass().getSimpleName(), oneLine(e.getMessage())));
        return 1;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
