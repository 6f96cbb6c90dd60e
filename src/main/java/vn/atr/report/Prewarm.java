package vn.atr.report;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.LoggerFactory;
import vn.atr.report.chart.ReportCharts;

/**
 * Loads the document libraries (POI's XML schemas for the .docx, JFreeChart and the fonts) on a background thread
 * while a fresh process opens the store and computes the figures: about a second of class loading
 * that otherwise comes after the figures, on the command line's critical path.
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
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText(ReportText.vietnamese().get("title"));
            ReportCharts.prewarm();
        } catch (Exception | LinkageError e) {
            LoggerFactory.getLogger(Prewarm.class).debug("prewarm skipped", e); // only an optimisation
        }
    }
}
