package vn.atr.cli;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import vn.atr.domain.Messages;

/**
 * A long job run again in a child JVM with both of Java's compilers, C1 and C2, when this JVM has C1 only, as the
 * installed launcher gives every command (ADR 0061, 0185): C1 alone starts the window and the everyday commands
 * with half the CPU, but the national roll-up runs about a quarter slower under it (the packages' SHA-256 alone
 * is ten times slower without C2's intrinsic). From {@link #MIN_BYTES} of packages on, the child, its start and its
 * C2 compilations included, finishes first (measured in fresh processes, ADR 0207). The child inherits the
 * console, the environment and the launcher's other options; its exit code is the command's.
 */
final class LongJob {
    /** A package's bytes per activity, compressed as packages are (50,212 bytes for 1,000 generated ones). */
    static final long PACKAGE_BYTES_PER_ACTIVITY = 50;
    /** Package bytes from which the child wins: about 1,000,000 activities. */
    static final long MIN_BYTES = 48L * 1024 * 1024;
    /** Set in the child's environment: the child runs the job itself, whatever its options say (no second child). */
    static final String CHILD_MARK = "ATR_LONG_JOB_CHILD";
    /** The bound in bytes, for tests and for an office that measures its own machines. */
    static final String MIN_BYTES_PROPERTY = "atr.longJob.minBytes";

    private static final String STOP_AT = "-XX:TieredStopAtLevel=";

    private LongJob() {
    }

    /** Whether these JVM options leave C1 only: the last {@code -XX:TieredStopAtLevel=} below 4. */
    static boolean c1Only(List<String> jvmArguments) {
        boolean tiered = jvmArguments.stream().filter(a -> a.endsWith("TieredCompilation")).reduce((a, b) -> b)
                .map(a -> a.equals("-XX:+TieredCompilation")).orElse(true); // without tiers there is C2 alone
        return tiered && !jvmArguments.contains("-Xint") && jvmArguments.stream().filter(a -> a.startsWith(STOP_AT))
                .reduce((a, b) -> b).map(a -> !a.substring(STOP_AT.length()).equals("4")).orElse(false);
    }

    /**
     * The child's command for a job of {@code jobBytes}, or empty when this JVM should run it: it has C2 already, the
     * job is below {@code minBytes}, or it is itself the child.
     */
    static Optional<List<String>> childCommand(List<String> jvmArguments, Map<String, String> env, long jobBytes,
                                               long minBytes, List<String> args) {
        if (env.containsKey(CHILD_MARK) || jobBytes < minBytes || !c1Only(jvmArguments)) {
            return Optional.empty();
        }
        // The child keeps the launcher's heap bound as well: the job was sized for it.
        List<String> options = new java.util.ArrayList<>(jvmArguments.stream()
                .filter(a -> a.startsWith("-Xmx") || a.startsWith("-Xms")).toList());
        options.addAll(ChildJvm.inheritedOptions(jvmArguments, a -> a.startsWith(STOP_AT)));
        return Optional.of(ChildJvm.command(options, args));
    }

    /**
     * Runs the command line {@code args} in the child when it applies and returns its exit code; empty when this
     * JVM runs the job (or the child could not start: then this JVM runs it, only slower).
     */
    static OptionalInt runInChild(long jobBytes, List<String> args) {
        long minBytes = Long.getLong(MIN_BYTES_PROPERTY, MIN_BYTES);
        Optional<List<String>> command = childCommand(ChildJvm.jvmArguments(), System.getenv(), jobBytes, minBytes,
                args);
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        ProcessBuilder builder = new ProcessBuilder(command.get()).inheritIO();
        builder.environment().put(CHILD_MARK, "1");
        // Options from these variables are among this JVM's arguments already: the child gets them once, filtered.
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        System.err.println(Messages.get("cli.longJob.child", Math.max(1, jobBytes >> 20)));
        // Stopped with this process (a terminal's Ctrl+C reaches both; a service manager's stop only this one).
        Thread stop = new Thread(() -> {
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "atr-long-job-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            int code = child.waitFor();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // this process is stopping (Ctrl+C reached both): the child has ended, its code is the command's
            }
            return OptionalInt.of(code);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(130);
        }
    }
}
