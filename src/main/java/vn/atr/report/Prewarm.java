package vn.atr.report;

import java.io.OutputStream;
import org.slf4j.LoggerFactory;
import vn.atr.report.chart.ReportCharts;
import vn.atr.report.ooxml.DocumentProperties;
import vn.atr.report.ooxml.XlsxWriter;

/**
 * Loads what a report's files need (JFreeChart and the fonts for the charts, the report's texts, the zip writer
 * of the files' parts) on a background thread while a fresh process opens the store and computes the figures:
 * class loading that otherwise comes after the figures, on the command line's critical path.
 */
public final class Prewarm {
    private Prewarm() {
    }

    private static final java.util.concurrent.atomic.AtomicBoolean STARTED =
            new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Off with {@code -Datr.prewarm=false} (to measure its effect). Once per process: the command line starts
     * it before parsing and the report command asks again (a report run from a test has no early start).
     */
    public static void start() {
        if (!Boolean.parseBoolean(System.getProperty("atr.prewarm", "true")) || !STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(Prewarm::run, "report-prewarm");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void run() {
        try {
            ReportText.vietnamese().get("title");
            XlsxWriter book = new XlsxWriter();
            book.sheet("Prewarm").number(0, 0, 1, 0);
            book.write(OutputStream.nullOutputStream(), new DocumentProperties(null, null, null, null, null, null,
                    null, null));
            ReportCharts.prewarm();
        } catch (Exception | LinkageError e) {
            LoggerFactory.getLogger(Prewarm.class).debug("prewarm skipped", e); // only an optimisation
        }
    }
}
