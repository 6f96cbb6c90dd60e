package vn.atr.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The generated part of docs/cli.md: every command of picocli's model, its synopsis and every option and
 * parameter with its English description. Commands added later appear without any change here.
 */
final class CliReference {
    static final String MARKER = "<!-- Generated from the commands by CliReferenceTest: edit the commands, not below. -->";

    private CliReference() {
    }

    /** The whole tree in English, root first, then every command depth-first in declaration order. */
    static String markdown() {
        java.util.Locale before = vn.atr.domain.Messages.locale();
        try {
            CommandLine root = AtrCli.commandLine(null);
            CliLanguage.apply(root, CliLanguage.ENGLISH);
            root.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
            StringBuilder md = new StringBuilder(MARKER).append("\n");
            for (CommandLine c : commands(root)) {
                command(md, c);
            }
            return md.toString();
        } finally {
            vn.atr.domain.Messages.setLocale(before);
        }
    }

    /** Every command of the tree but picocli's own {@code help}. */
    static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new java.util.ArrayList<>();
        collect(root, all);
        return all;
    }

    private static void collect(CommandLine c, List<CommandLine> into) {
        if (c.getCommandSpec().helpCommand()) {
            return;
        }
        into.add(c);
        c.getSubcommands().values().forEach(sub -> collect(sub, into));
    }

    private static void command(StringBuilder md, CommandLine c) {
        CommandSpec spec = c.getCommandSpec();
        md.append("\n## `").append(spec.qualifiedName()).append("`\n\n");
        md.append(text(String.join(" ", spec.usageMessage().description()))).append("\n\n");
        md.append("```\n").append(c.getHelp().synopsis(0).strip()).append("\n```\n");
        List<ArgSpec> args = new java.util.ArrayList<>(spec.positionalParameters());
        spec.options().stream().filter(o -> !o.usageHelp() && !o.versionHelp()).forEach(args::add);
        if (args.isEmpty()) {
            return;
        }
        md.append("\n| option | description |\n|---|---|\n");
        for (ArgSpec a : args) {
            md.append("| `").append(name(a).replace("|", "\\|")).append("` | ").append(text(String.join(" ", a.description())))
                    .append(" |\n");
        }
    }

    private static String name(ArgSpec a) {
        if (a instanceof OptionSpec o) {
            String names = String.join(", ", o.names());
            return o.typeInfo().isBoolean() ? names : names + " " + o.paramLabel();
        }
        return a.paramLabel();
    }

    /** One line, without picocli's %n, and with the table's bar escaped. */
    private static String text(String s) {
        return s.replace("%n", " ").replace("|", "\\|").replaceAll("\\s+", " ").strip();
    }

    static String names(List<CommandLine> commands) {
        return commands.stream().map(c -> c.getCommandSpec().qualifiedName()).collect(Collectors.joining(", "));
    }
}
