package vn.atr.badinput;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The sample-file (CSV) part of the bad-input corpus: each file is the header and first row of a file
 * of {@code samples/haiphong-2023/} with one thing broken, or the same text in a wrong encoding. The
 * corpus test puts it in place of that file in a copy of the sample folder and runs {@code atr sample --dir}.
 */
final class CsvCorpus {
    private CsvCorpus() {
    }

    static void write(Path out, Path samples) throws IOException {
        broken(out, samples, "activities.csv", "csv-activities-date-31-11-2023.csv", r -> r.put("start_date", "31/11/2023"));
        broken(out, samples, "activities.csv", "csv-activities-date-29-02-2023.csv", r -> r.put("start_date", "29/02/2023"));
        broken(out, samples, "activities.csv", "csv-activities-date-text.csv", r -> r.put("start_date", "hôm qua"));
        broken(out, samples, "activities.csv", "csv-activities-negative-participants.csv", r -> r.put("participants", "-118"));
        broken(out, samples, "activities.csv", "csv-activities-huge-participants.csv",
                r -> r.put("participants", "99999999999999999999999"));
        broken(out, samples, "activities.csv", "csv-activities-overlong-title.csv", r -> r.put("title", "Tập huấn ".repeat(300)));
        broken(out, samples, "activities.csv", "csv-activities-formula-title.csv", r -> r.put("title", "=cmd|' /C calc'!A0"));
        broken(out, samples, "activities.csv", "csv-activities-unknown-topic.csv", r -> r.put("topics", "DRUGS;XO_SO"));
        broken(out, samples, "metrics.csv", "csv-metrics-huge-value.csv", r -> r.put("value", "1.000.000.000.000.000"));
        broken(out, samples, "cases.csv", "csv-cases-unknown-agency.csv", r -> r.put("detecting_agency", "CIA"));
        broken(out, samples, "cases.csv", "csv-cases-negative-suspects.csv", r -> r.put("suspects", "-2"));
        broken(out, samples, "victims.csv", "csv-victims-unknown-case.csv", r -> r.put("case_code", "HP-1999-99"));
        broken(out, samples, "victims.csv", "csv-victims-birth-year-1800.csv", r -> r.put("birth_year", "1800"));
        broken(out, samples, "support.csv", "csv-support-negative-amount.csv", r -> r.put("amount_vnd", "-1500000"));

        String activities = firstRow(samples.resolve("activities.csv"), r -> { });
        Files.write(out.resolve("csv-activities-windows-1258.csv"), activities.getBytes(Charset.forName("windows-1258")));
        Files.write(out.resolve("csv-activities-utf16.csv"), activities.getBytes(StandardCharsets.UTF_16));
        Files.write(out.resolve("csv-activities-utf16le-no-bom.csv"), activities.getBytes(StandardCharsets.UTF_16LE));
        Files.writeString(out.resolve("csv-activities-missing-columns.csv"),
                rewrite(samples.resolve("activities.csv"), r -> { }, List.of("title", "participants")));
        Files.write(out.resolve("csv-activities-empty.csv"), new byte[0]);
        byte[] binary = new byte[2048];
        new java.util.Random(7).nextBytes(binary);
        Files.write(out.resolve("csv-activities-binary.csv"), binary);
    }

    private static void broken(Path out, Path samples, String source, String name, Consumer<Map<String, String>> change)
            throws IOException {
        Files.writeString(out.resolve(name), firstRow(samples.resolve(source), change));
    }

    /** The whole of {@code file} with {@code change} applied to its first row (row 2 of the file). */
    static String firstRow(Path file, Consumer<Map<String, String>> change) throws IOException {
        return rewrite(file, change, List.of());
    }

    /** The whole of {@code file}, first row changed, without the columns {@code dropped}. */
    static String rewrite(Path file, Consumer<Map<String, String>> change, List<String> dropped) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, format)) {
            List<String> header = parser.getHeaderNames().stream().filter(h -> !dropped.contains(h)).toList();
            StringWriter text = new StringWriter();
            try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
                printer.printRecord(header);
                boolean first = true;
                for (CSVRecord r : parser) {
                    Map<String, String> row = new LinkedHashMap<>(r.toMap());
                    if (first) {
                        change.accept(row);
                        first = false;
                    }
                    printer.printRecord(header.stream().map(row::get).toList());
                }
            }
            return text.toString();
        }
    }
}
