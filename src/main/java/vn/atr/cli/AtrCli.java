package vn.atr.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import vn.atr.domain.AtrException;
import vn.atr.service.Services;
import vn.atr.domain.Messages;

/**
 * The {@code atr} command line, and the one parser of the jar's arguments: {@code atr [--db FILE]} opens
 * the window, {@code atr COMMAND ...} runs a command. Usage help comes from the {@code i18n/cli} bundles
 * (Vietnamese, English with {@code --lang en}, ADR 0075); every command answers {@code --help}. Exit codes
 * (docs/cli.md): 0 success; 1 bad input, a failed check or no display for the window, with a one-line
 * reason on stderr; 2 bad usage, with one line and a hint.
 */
@Command(name = "atr", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "ATR - Báo cáo phòng, chống mua bán người (chạy không cần mạng). Không có lệnh: mở cửa sổ.",
        subcommands = {HelpCommand.class, InitCommand.class, SampleCommand.class, GenerateCommand.class,
                SummaryCommand.class, BenchCommand.class, ReportCommand.class, DraftCommand.class, UserCommand.class,
                AuditCommand.class, ExportCommand.class, ImportCommand.class, ConflictsCommand.class,
                BackupCommand.class, RestoreCommand.class, CopyCommand.class, TemplateCommand.class, ImportXlsxCommand.class,
                CatalogCommand.class, TrustCommand.class, DocumentCommand.class, TargetCommand.class,
                ReportTemplateCommand.class, UnitsCommand.class, AgencyCommand.class})
public final class AtrCli implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(AtrCli.class);

    /** Opens the desktop window on a store: a file name or a postgresql:// address ({@code null}: the remembered or default one). */
    @FunctionalInterface
    public interface Window {
        void open(String store);
    }

    /** Exit code of a command that ATR leaves to the database server (backup, restore of a PostgreSQL store). */
    static final int NOT_FOR_THIS_ENGINE = 3;

    private final Window window;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Kho dữ liệu để mở cửa sổ: tệp dữ liệu hoặc postgresql://MÁY_CHỦ:CỔNG/TÊN_CSDL"
                    + " (hoặc kho của lệnh theo sau, nếu lệnh đó không có --db riêng).")
    String db;

    @Option(names = "--lang", paramLabel = "vi|en", scope = ScopeType.INHERIT,
            description = "Ngôn ngữ của lệnh: vi (mặc định) hoặc en; không có thì theo ATR_LANG, rồi LANG của hệ thống.")
    String lang;

    private AtrCli(Window window) {
        this.window = window;
    }

    /** Runs a command; without one there is no window in this process, so the usage is printed. */
    public static int run(String... args) {
        return run(null, args);
    }

    /** Runs {@code args}: a command, or (none given) the window through {@code window}. */
    public static int run(Window window, String... args) {
        Locale before = Messages.locale();
        EarlyStart.start(args);
        try {
            CommandLine cli = commandLine(window);
            // the language first, from --lang as well: a usage error is said while the line is parsed
            CliLanguage.apply(cli, CliLanguage.fromArguments(args).orElseGet(CliLanguage::fromEnvironment));
            return cli.execute(args);
        } finally {
            Messages.setLocale(before);
        }
    }

    /** The whole command tree, every command with {@code --help} and {@code --version}: the model docs/cli.md is checked against. */
    public static CommandLine commandLine(Window window) {
        CommandLine cli = new CommandLine(new AtrCli(window));
        addStandardHelp(cli);
        cli.setCaseInsensitiveEnumValuesAllowed(true); // "--role compiler" as well as "--role COMPILER"
        cli.setExecutionStrategy(AtrCli::execute);
        cli.setParameterExceptionHandler(new UsageErrors());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> handle(e, cmd));
        return cli;
    }

    private static void addStandardHelp(CommandLine cli) {
        if (!cli.getCommandSpec().helpCommand()) { // "help" has its own --help
            cli.getCommandSpec().mixinStandardHelpOptions(true);
        }
        cli.getSubcommands().values().forEach(AtrCli::addStandardHelp);
    }

    /** Before running the command: its language, and a {@code --db} given before the command's name. */
    private static int execute(ParseResult parsed) {
        CommandLine root = parsed.commandSpec().commandLine();
        AtrCli atr = root.getCommand();
        if (atr.lang != null) {
            CliLanguage.apply(root, CliLanguage.parse(atr.lang));
        }
        ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        if (atr.db != null && last != parsed && !last.isUsageHelpRequested() && !last.isVersionHelpRequested()) {
            passDb(atr.db, last.commandSpec(), last);
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    /** {@code atr --db F report ...} is {@code atr report --db F ...}; never two different stores. */
    private static void passDb(String db, CommandSpec command, ParseResult parsed) {
        OptionSpec own = command.findOption("--db");
        if (own == null) {
            throw new CommandLine.ParameterException(command.commandLine(),
                    Messages.get("cli.dbNotTaken", command.qualifiedName()));
        }
        if (parsed.hasMatchedOption("--db") && !db.equals(own.getValue())) {
            throw new CommandLine.ParameterException(command.commandLine(), Messages.get("cli.dbTwice"));
        }
        own.setValue(db);
    }

    /** {@code atr} or {@code atr --db FILE|postgresql://...}: the window, if there is a display to show it on. */
    @Override
    public Integer call() {
        if (window == null) {
            spec.commandLine().usage(System.out);
            return 0;
        }
        String store = windowStore(); // a malformed address is said before anything else
        if (!Display.available()) {
            throw new CliFailure(Display.missingMessage(spec.subcommands().keySet()));
        }
        try {
            window.open(store);
        } catch (UnsupportedOperationException e) {
            // JavaFX's answer when DISPLAY is set but no display answers there ("Unable to open DISPLAY").
            LOG.warn("The window could not start: {}", e.getMessage());
            throw new CliFailure(Display.missingMessage(spec.subcommands().keySet()));
        }
        return 0;
    }

    private static int handle(Exception e, CommandLine cmd) {
        PrintWriter err = cmd.getErr();
        if (e instanceof UsageException) {
            UsageErrors.print(err, cmd, e.getMessage());
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

    /**
     * The store the window opens, as given: a file or a PostgreSQL address (ADR 0135); an address that is
     * malformed or holds credentials is refused here, before the toolkit starts.
     */
    private String windowStore() {
        if (db == null) {
            return null;
        }
        Services.isServerAddress(db); // checks the address's form; the window opens it by the same rule
        return db.strip();
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
