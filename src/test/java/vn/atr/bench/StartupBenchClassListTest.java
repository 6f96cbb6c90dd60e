package vn.atr.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The class lists of two runs merged into one: JDK 25 refuses a list that gives two classes the same id, and
 * each run numbers its classes from 0. Lines as {@code -XX:DumpLoadedClassList} writes them.
 */
class StartupBenchClassListTest {
    @Test
    void mergedListsKeepEveryClassOnceWithoutTheRunsIds() {
        List<String> version = List.of("java/lang/Object id: 0", "vn/atr/cli/AtrCli id: 1830",
                "@cp java/lang/String 1 2 9");
        List<String> report = List.of("java/lang/Object id: 0", "vn/atr/service/report/ReportService id: 1830",
                "vn/atr/cli/AtrCli id: 1700", "@lambda-proxy vn/atr/cli/AtrCli run ()Ljava/lang/Runnable;");
        assertThat(StartupBench.merge(version.stream(), report.stream())).containsExactly("java/lang/Object", "vn/atr/cli/AtrCli", "@cp java/lang/String 1 2 9",
                "vn/atr/service/report/ReportService", "@lambda-proxy vn/atr/cli/AtrCli run ()Ljava/lang/Runnable;");
    }
}
