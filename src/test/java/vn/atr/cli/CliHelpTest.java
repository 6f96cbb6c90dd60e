package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.cli.CliTest.atr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import vn.atr.BundleKeys;
import vn.atr.domain.Messages;

/**
 * The command line of a well-kept tool, checked over picocli's model so that every command, including the
 * ones added later, is covered: {@code --help} and {@code help COMMAND} answer with exit 0 in Vietnamese (in
 * English with {@code --lang en}); every command and option has its English text and no help key is dead;
 * a typo is one line with a suggestion; {@code --db=FILE} is {@code --db FILE}.
 */
class CliHelpTest {
    @TempDir
    Path dir;

    @AfterEach
    void realEnvironment() {
        Environment.use(null);
    }

    private static List<CommandLine> commands() {
        return CliReference.commands(AtrCli.commandLine(null));
    }

    private static String[] withHelp(CommandSpec spec, String... more) {
        List<String> args = new ArrayList<>(List.of(spec.qualifiedName().split(" ")).subList(1,
                spec.qualifiedName().split(" ").length));
        args.add("--help");
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void everyCommandAnswersHelpInVietnamese() {
        List<CommandLine> all = commands();
        assertThat(all).hasSizeGreaterThan(25);
        for (CommandLine c : all) {
            CliTest.Run run = atr(withHelp(c.getCommandSpec()));
            String name = c.getCommandSpec().qualifiedName();
            assertThat(run.exit()).as(name + ": " + run.err()).isZero();
            assertThat(run.out()).as(name).contains("Cách dùng: " + name).contains("Hiện trợ giúp này rồi thoát.")
                    .doesNotContain("Usage:").doesNotContain("Show this help message");
            assertThat(run.err()).as(name).isEmpty();
        }
    }

    @Test
    void helpCommandNamesEveryTopLevelCommand() {
        CommandLine root = AtrCli.commandLine(null);
        for (String name : root.getSubcommands().keySet()) {
            CliTest.Run run = atr("help", name);
            assertThat(run.exit()).as(name).isZero();
            assertThat(run.out()).as(name).contains("Cách dùng: atr " + name);
        }
        CliTest.Run top = atr("--help");
        assertThat(top.out()).contains("Các lệnh:", "Mã thoát:", "docs/cli.md");
    }

    @Test
    void everyCommandAnswersHelpInEnglishWithLangOrTheEnvironment() {
        for (CommandLine c : commands()) {
            CliTest.Run run = atr(withHelp(c.getCommandSpec(), "--lang", "en"));
            String name = c.getCommandSpec().qualifiedName();
            assertThat(run.exit()).as(name).isZero();
            assertThat(run.out()).as(name).contains("Usage: " + name).contains("Show this help message and exit.")
                    .doesNotContain("Cách dùng").doesNotContain("Hiện trợ giúp");
        }
        Environment.use(name -> name.equals("LANG") ? "en_US.UTF-8" : null);
        assertThat(atr("report", "--help").out()).contains("Usage: atr report", "Word report file to write");
        Environment.use(name -> name.equals("LANG") ? "en_US.UTF-8" : name.equals("ATR_LANG") ? "vi" : null);
        assertThat(atr("report", "--help").out()).contains("Cách dùng: atr report");
        assertThat(Messages.locale()).as("the language is the command's, not left behind").isEqualTo(Messages.VIETNAMESE);
    }

    @Test
    void everyCommandAndOptionHasItsEnglishTextAndNoHelpKeyIsDead() throws IOException {
        ResourceBundle en = CliLanguage.bundle(CliLanguage.ENGLISH);
        Set<String> used = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        for (CommandLine c : commands()) {
            CommandSpec spec = c.getCommandSpec();
            String prefix = spec.qualifiedName(".") + ".";
            require(en, List.of(prefix + "usage.description"), used, missing);
            List<ArgSpec> args = new ArrayList<>(spec.positionalParameters());
            args.addAll(spec.options()); // inherited ones (--lang) too: every command's help shows them
            for (ArgSpec a : args) {
                require(en, candidates(prefix, a), used, missing);
            }
        }
        assertThat(missing).as("commands and options without English text in i18n/cli_en.properties").isEmpty();
        Set<String> dead = new TreeSet<>(BundleKeys.keys("/i18n/cli_en.properties"));
        dead.removeAll(used);
        dead.removeIf(k -> k.startsWith("usage.") || k.contains(".usage.") || k.startsWith("helpCommand."));
        // an option's or a parameter's value name, read by the annotation itself
        // (paramLabel = "${bundle:paramLabel.period:-KỲ}"): "--period=PERIOD", "[WORD]"
        dead.removeIf(k -> k.startsWith("paramLabel.") && commands().stream().anyMatch(c -> {
            c.setResourceBundle(en);
            String usage = c.getUsageMessage();
            return usage.contains("=" + en.getString(k)) || usage.contains("[" + en.getString(k) + "]");
        }));
        assertThat(dead).as("English help keys no command or option uses").isEmpty();
        Set<String> vietnamese = BundleKeys.keys("/i18n/cli.properties");
        assertThat(BundleKeys.difference(vietnamese, BundleKeys.keys("/i18n/cli_en.properties")))
                .as("Vietnamese help keys without their English").isEmpty();
    }

    /** picocli's lookup order: the command's own key, then the option's key shared by every command. */
    private static List<String> candidates(String prefix, ArgSpec a) {
        List<String> keys = new ArrayList<>();
        if (!a.descriptionKey().isEmpty()) {
            keys.addAll(List.of(prefix + a.descriptionKey(), a.descriptionKey()));
        }
        if (a instanceof OptionSpec o) {
            String name = o.longestName().replaceFirst("^-+", "");
            keys.addAll(List.of(prefix + name, name));
            return keys;
        }
        String label = a.paramLabel() + "[" + ((CommandLine.Model.PositionalParamSpec) a).index() + "]";
        keys.addAll(List.of(prefix + label, label));
        return keys;
    }

    private static void require(ResourceBundle bundle, List<String> keys, Set<String> used, Set<String> missing) {
        for (String k : keys) {
            if (bundle.containsKey(k)) {
                used.add(k);
                return;
            }
        }
        missing.add(keys.get(0));
    }

    @Test
    void aTypoIsOneLineWithASuggestion() {
        CliTest.Run run = atr("summary", "--db", dir.resolve("s.db").toString(), "--yaer", "2023");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").contains("'--yaer'").contains("--year")
                .contains("atr summary --help");
        assertThat(run.out()).isEmpty();
        CliTest.Run command = atr("reprot");
        assertThat(command.exit()).isEqualTo(2);
        assertThat(command.err().strip()).doesNotContain("\n").contains("reprot").contains("report");
        CliTest.Run missing = atr("export", "--year", "2023");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().strip()).doesNotContain("\n").contains("--out");
        CliTest.Run both = atr("export", "--yaer", "2023");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err().strip()).as("the typo, not the option missing behind it").doesNotContain("\n")
                .contains("'--yaer'", "--year").doesNotContain("thiếu --out");
    }

    @Test
    void dbWithAnEqualsSignOpensTheSameStoreForTheWindowAndTheCommands() throws Exception {
        Path db = dir.resolve("s.db");
        assertThat(atr("sample", "--db=" + db).exit()).isZero();
        assertThat(atr("summary", "--db=" + db, "--year", "2023").out()).contains("10.215");
        assertThat(atr("--db", db.toString(), "summary", "--year", "2023").out()).contains("10.215");

        Environment.use(name -> name.equals("DISPLAY") ? ":0" : null);
        List<String> opened = new ArrayList<>();
        assertThat(AtrCli.run(opened::add, "--db=" + db)).isZero();
        assertThat(AtrCli.run(opened::add, "--db", db.toString())).isZero();
        assertThat(opened).containsExactly(db.toString(), db.toString());
    }

    @Test
    void theWindowTakesAServerAddressButNeverOneHoldingAPassword() {
        Environment.use(name -> name.equals("DISPLAY") ? ":0" : null);
        List<String> opened = new ArrayList<>();
        String address = "postgresql://db.sld.haiphong.gov.vn:5432/atr?sslmode=verify-full";
        assertThat(AtrCli.run(opened::add, "--db", address)).isZero();
        assertThat(opened).containsExactly(address);

        java.io.PrintStream oldErr = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int exit;
        try {
            System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
            exit = AtrCli.run(opened::add, "--db", "postgresql://atr:secret@db.sld.haiphong.gov.vn:5432/atr");
        } finally {
            System.setErr(oldErr);
        }
        assertThat(exit).isEqualTo(1);
        assertThat(opened).containsExactly(address);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ATR_DB_USER").doesNotContain("secret");
    }

    @Test
    void withoutADisplayTheWindowSaysSoInOneLineAndNamesTheCommands() {
        assumeLinux();
        Environment.use(name -> null);
        List<String> opened = new ArrayList<>();
        java.io.PrintStream oldErr = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int exit;
        try {
            System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
            exit = AtrCli.run(opened::add, "--db", dir.resolve("s.db").toString());
        } finally {
            System.setErr(oldErr);
        }
        assertThat(exit).isEqualTo(1);
        assertThat(opened).isEmpty();
        String line = err.toString(StandardCharsets.UTF_8).strip();
        assertThat(line).doesNotContain("\n").doesNotContain("Exception").contains("DISPLAY")
                .contains("report").contains("summary").contains("export");
    }

    private static void assumeLinux() {
        org.junit.jupiter.api.Assumptions.assumeFalse(System.getProperty("os.name").toLowerCase(Locale.ROOT)
                .startsWith("windows"), "Windows always has a display");
    }

    @Test
    void docsListEveryCommandAndOption() throws IOException {
        String docs = Files.readString(Path.of("docs/cli.md"), StandardCharsets.UTF_8);
        for (CommandLine c : commands()) {
            assertThat(docs).as("docs/cli.md").contains("## `" + c.getCommandSpec().qualifiedName() + "`");
            for (OptionSpec o : c.getCommandSpec().options().stream().filter(o -> !o.usageHelp() && !o.versionHelp())
                    .toList()) {
                assertThat(docs).as(c.getCommandSpec().qualifiedName()).contains(o.longestName());
            }
        }
    }
}
