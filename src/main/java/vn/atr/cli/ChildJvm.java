package vn.atr.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The command of a child JVM on this JVM's runtime, class path and options: the installed launcher's (its
 * compiler, its class archive, its silenced archive warnings), so that a child does what this process would. Left
 * out: the heap size (a child that needs one sets its own) and what records or observes this process (JFR, agents,
 * logs written to files, class lists), which would write the same files or bind the same port twice.
 */
final class ChildJvm {
    /** ATR's entry point, as the launcher names it. */
    static final String MAIN_CLASS = "vn.atr.Launcher";

    private static final List<String> NOT_INHERITED = List.of("-Xmx", "-Xms", "-XX:MaxRAM", "-XX:InitialRAM",
            "-XX:StartFlightRecording", "-XX:FlightRecorderOptions", "-agentlib", "-agentpath", "-javaagent",
            "-XX:DumpLoadedClassList", "-XX:ArchiveClassesAtExit", "-Xdebug", "-Xrunjdwp",
            "-Djava.class.path="); // given again as -cp

    private ChildJvm() {
    }

    /** This JVM's options a child should run with, less {@code alsoLeftOut} (and the ones above). */
    static List<String> inheritedOptions(List<String> jvmArguments, Predicate<String> alsoLeftOut) {
        return jvmArguments.stream().filter(a -> NOT_INHERITED.stream().noneMatch(a::startsWith))
                .filter(a -> !(a.startsWith("-Xlog") && a.contains("file="))) // the launcher's -Xlog:cds=off stays
                .filter(alsoLeftOut.negate()).toList();
    }

    static List<String> inheritedOptions(List<String> jvmArguments) {
        return inheritedOptions(jvmArguments, a -> false);
    }

    /** {@code java OPTIONS -cp CLASSPATH vn.atr.Launcher ARGS} with this JVM's runtime and class path. */
    static List<String> command(List<String> options, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MAIN_CLASS));
        command.addAll(args);
        return command;
    }

    /** This runtime's {@code java} ({@code java.exe} on Windows): the installed runtime keeps it (jlink, ADR 0060). */
    static String javaBinary() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java").toString();
    }

    static List<String> jvmArguments() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments();
    }
}
