package vn.atr.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.atr.domain.Messages;

/**
 * Bad usage in one line, in the user's language, with a hint instead of the whole usage: an unknown option
 * gets picocli's nearest suggestions ("--yaer": "--year"), a missing option its name. Exit code 2.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    private static final Pattern EXCLUSIVE = Pattern.compile("Error: (.+?) are mutually exclusive");

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        print(e.getCommandLine().getErr(), e.getCommandLine(), e instanceof MissingParameterException
                ? unknownOption(e.getCommandLine(), args).orElseGet(() -> reason(e)) : reason(e));
        return 2;
    }

    /**
     * An option the command does not know, typed among the arguments: picocli reports a missing required option
     * first, and "--yaer" then hides behind "thiếu --out" though it is why the year is missing too.
     */
    private static java.util.Optional<String> unknownOption(CommandLine cmd, String[] args) {
        for (String arg : args) {
            String name = arg.split("=", 2)[0];
            if (name.startsWith("--") && name.length() > 2 && cmd.getCommandSpec().findOption(name) == null
                    && !cmd.getCommandSpec().subcommands().containsKey(name)) {
                List<String> near = suggestions(cmd, name, List.of());
                return java.util.Optional.of(near.isEmpty() ? Messages.get("cli.unknownArgument", name)
                        : Messages.get("cli.unknownArgumentSuggest", name, String.join(", ", near)));
            }
        }
        return java.util.Optional.empty();
    }

    /** "atr report: reason. Xem: atr report --help". */
    static void print(PrintWriter err, CommandLine cmd, String reason) {
        String name = cmd.getCommandSpec().qualifiedName();
        String line = AtrCli.oneLine(reason).strip();
        boolean ended = !line.isEmpty() && ".!?:;".indexOf(line.charAt(line.length() - 1)) >= 0;
        err.println(name + ": " + line + (ended ? " " : ". ") + Messages.get("cli.seeHelp", name));
        err.flush();
    }

    private static String reason(ParameterException e) {
        if (e instanceof UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            List<String> suggestions = suggestions(u.getCommandLine(), first, u.getSuggestions());
            return suggestions.isEmpty() ? Messages.get("cli.unknownArgument", first)
                    : Messages.get("cli.unknownArgumentSuggest", first, String.join(", ", suggestions));
        }
        if (e instanceof MissingParameterException m) {
            return Messages.get("cli.missing", m.getMissing().stream().map(UsageErrors::name)
                    .collect(Collectors.joining(", ")));
        }
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            return Messages.get("cli.twice", name(o.getOverwritten()));
        }
        if (e instanceof CommandLine.MutuallyExclusiveArgsException) {
            // picocli names the options only in its English message: "Error: --a, --b are mutually exclusive ..."
            Matcher m = EXCLUSIVE.matcher(String.valueOf(e.getMessage()));
            if (m.find()) {
                return Messages.get("cli.exclusive", m.group(1));
            }
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            Class<?> type = e.getArgSpec().type();
            if (type.isEnum()) { // picocli lists the accepted values only in its English message
                return Messages.get("cli.badChoice", e.getValue(), name(e.getArgSpec()),
                        java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                                .collect(Collectors.joining(", ")));
            }
            return Messages.get("cli.badValue", e.getValue(), name(e.getArgSpec()));
        }
        return e.getMessage();
    }

    /**
     * picocli suggests options sharing the typed one's first two letters, which misses a swap ("--yaer"):
     * the command's option and subcommand names at most two edits away come first.
     */
    static List<String> suggestions(CommandLine cmd, String typed, List<String> picocli) {
        Set<String> names = new TreeSet<>(cmd.getCommandSpec().subcommands().keySet());
        cmd.getCommandSpec().options().forEach(o -> names.addAll(List.of(o.names())));
        Set<String> near = new LinkedHashSet<>();
        names.stream().filter(n -> n.length() > 2 && distance(n, typed) <= 2)
                .sorted(Comparator.comparingInt((String n) -> distance(n, typed)).thenComparing(n -> n))
                .forEach(near::add);
        near.addAll(picocli);
        return near.stream().limit(3).toList();
    }

    /** Edits (insert, delete, replace, swap two neighbours) from {@code a} to {@code b}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }
}
