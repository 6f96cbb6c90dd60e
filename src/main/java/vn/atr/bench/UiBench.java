package vn.atr.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.atr.service.DataGenerator;
import vn.atr.service.Services;

/**
 * {@code atr bench ui}: generates a store, then starts the real window in child JVMs (the UI class is
 * named, not linked, so the command line never loads JavaFX): without AppCDS, once to write an
 * AppCDS archive, and with it. Needs a display (run under xvfb-run on a server).
 */
public final class UiBench {
    static final String CHILD = "vn.atr.bench.UiBenchChild";

    private final PrintStream out;

    public UiBench(PrintStream out) {
        this.out = out;
    }

    public void run(int activities, Path dir) throws Exception {
        if (System.getenv("DISPLAY") == null && !System.getProperty("os.name", "").startsWith("Windows")) {
            out.println("ui: no display (DISPLAY unset); run under xvfb-run -a -s \"-screen 0 1366x768x24\"");
            return;
        }
        int year = 2024;
        Path store = dir.resolve("bench-ui.db");
        Files.deleteIfExists(store);
        long t0 = System.nanoTime();
        try (Services s = Services.open(store)) {
            s.generator().generate(new DataGenerator.Spec(30, activities, Math.max(10, activities / 100), 7, year));
            s.reference().saveAgency(s.reference().agency());
        }
        out.printf("store: %,d activities generated in %.1f s (%s)%n", activities, (System.nanoTime() - t0) / 1e9,
                store);
        Path archive = dir.resolve("atr-ui.jsa");
        Files.deleteIfExists(archive);
        report("without AppCDS", child(store, year, List.of()));
        child(store, year, List.of("-XX:ArchiveClassesAtExit=" + archive));
        report("with AppCDS", child(store, year, List.of("-XX:SharedArchiveFile=" + archive)));
    }

    private void report(String label, List<String> lines) {
        out.println(label + ":");
        lines.forEach(l -> out.println("  " + l));
    }

    private static List<String> child(Path store, int year, List<String> jvmOptions) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Xshare:auto", "-cp", classpath, CHILD, store.toString(), String.valueOf(year)));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> figures = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("ui.") || line.startsWith("error=")) {
                    figures.add(line);
                }
            }
        }
        p.waitFor();
        return figures;
    }
}
