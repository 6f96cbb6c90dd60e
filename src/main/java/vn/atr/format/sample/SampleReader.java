package vn.atr.format.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.atr.domain.Activity;
import vn.atr.domain.AgeBand;
import vn.atr.domain.CaseScope;
import vn.atr.domain.CaseStatus;
import vn.atr.domain.DetectingAgency;
import vn.atr.domain.DirectionDocument;
import vn.atr.domain.DocumentKind;
import vn.atr.domain.ExploitationForm;
import vn.atr.domain.LegalStatus;
import vn.atr.domain.Messages;
import vn.atr.domain.Meta;
import vn.atr.domain.OutreachMetric;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.ReturnPath;
import vn.atr.domain.Sex;
import vn.atr.domain.SupportService;
import vn.atr.domain.SupportType;
import vn.atr.domain.Topic;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.ValidationException;
import vn.atr.domain.Victim;
import vn.atr.domain.Violation;
import vn.atr.domain.VnFormats;

/**
 * Reads a sample dataset: one CSV file per record kind (UTF-8, header row, Vietnamese dates),
 * as kept in {@code samples/haiphong-2023/}. Victims refer to cases, and support to victims, by
 * their human codes; this reader resolves them to ids. Every bad cell is reported as file, row,
 * column and reason.
 */
public final class SampleReader {
    public static final String HAIPHONG_2023 = "haiphong-2023";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();
    private static final String AUTHOR = "sample";

    private final Function<String, InputStream> files;
    private final List<String> problems = new ArrayList<>();

    /** @param files opens a file of the dataset by name, or returns null when it is missing */
    public SampleReader(Function<String, InputStream> files) {
        this.files = files;
    }

    /** The built-in Hai Phong 2023 dataset, from the application's resources. */
    public static SampleDataset builtIn() {
        String base = "/samples/" + HAIPHONG_2023 + "/";
        return new SampleReader(name -> SampleReader.class.getResourceAsStream(base + name)).read(HAIPHONG_2023);
    }

    /** A dataset kept as CSV files in {@code folder} ({@code atr sample --dir}); named after the folder. */
    public static SampleDataset fromFolder(java.nio.file.Path folder) {
        return new SampleReader(name -> {
            java.nio.file.Path file = folder.resolve(name);
            try {
                return java.nio.file.Files.isRegularFile(file) ? java.nio.file.Files.newInputStream(file) : null;
            } catch (IOException e) {
                return null; // reported as a missing file
            }
        }).read(String.valueOf(folder.toAbsolutePath().normalize().getFileName()));
    }

    public SampleDataset read(String name) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (CSVRecord r : rows("settings.csv")) {
            settings.put(r.get("key"), r.get("value"));
        }
        List<Activity> activities = new ArrayList<>();
        for (CSVRecord r : rows("activities.csv")) {
            cell(r, "activities.csv", () -> activities.add(valid(new Activity(meta(r), r.get("unit_code"),
                    r.get("type_code"),
                    date(r, "start_date"), optDate(r, "end_date"), r.get("title"), r.get("lead_org"),
                    split(r.get("partner_orgs")), enums(r, "topics", Topic.class), r.get("target_group"),
                    intCell(r, "participants"), number(r, "quantity"),
                    r.get("notes")), RecordValidator::validate)));
        }
        List<OutreachMetric> metrics = new ArrayList<>();
        for (CSVRecord r : rows("metrics.csv")) {
            cell(r, "metrics.csv", () -> metrics.add(valid(new OutreachMetric(meta(r), r.get("unit_code"),
                    r.get("metric_type"), date(r, "period_from"), date(r, "period_to"),
                    number(r, "value"), r.get("notes")), RecordValidator::validate)));
        }
        Map<String, String> caseIds = new HashMap<>();
        List<TraffickingCase> cases = new ArrayList<>();
        for (CSVRecord r : rows("cases.csv")) {
            cell(r, "cases.csv", () -> {
                // Known even if the row is bad, so that its victims report their own problems, not "unknown".
                caseIds.put(r.get("case_code"), r.get("id"));
                cases.add(valid(new TraffickingCase(meta(r), r.get("unit_code"), r.get("case_code"),
                        date(r, "detection_date"), code(r, "detecting_agency", DetectingAgency.class),
                        code(r, "scope", CaseScope.class), r.get("destination_country"),
                        enums(r, "exploitation_forms", ExploitationForm.class), code(r, "status", CaseStatus.class),
                        intCell(r, "suspects"), r.get("notes")), RecordValidator::validate));
            });
        }
        Map<String, String> victimIds = new HashMap<>();
        List<Victim> victims = new ArrayList<>();
        for (CSVRecord r : rows("victims.csv")) {
            cell(r, "victims.csv", () -> {
                victimIds.put(r.get("victim_code"), r.get("id"));
                victims.add(valid(new Victim(meta(r), r.get("unit_code"), ref(caseIds, r.get("case_code")),
                        r.get("victim_code"), code(r, "sex", Sex.class),
                        intCell(r, "birth_year"), code(r, "age_band", AgeBand.class).name(),
                        r.get("ethnicity"), r.get("destination_country"), flag(r.get("trafficked_within_vietnam")),
                        r.get("residence_province_code"), code(r, "legal_status", LegalStatus.class),
                        enums(r, "exploitation_forms", ExploitationForm.class),
                        code(r, "return_path", ReturnPath.class), optDate(r, "identification_date"),
                        optDate(r, "returned_date"), flag(r.get("consent_to_data_use")), r.get("notes")),
                        RecordValidator::validate));
            });
        }
        List<SupportService> support = new ArrayList<>();
        for (CSVRecord r : rows("support.csv")) {
            cell(r, "support.csv", () -> support.add(valid(new SupportService(meta(r), r.get("unit_code"),
                    ref(victimIds, r.get("victim_code")), code(r, "support_type", SupportType.class),
                    date(r, "service_date"), r.get("provider"), number(r, "amount_vnd"),
                    r.get("notes")), RecordValidator::validate)));
        }
        List<DirectionDocument> documents = new ArrayList<>();
        if (optional("documents.csv")) { // older sample folders have none
            for (CSVRecord r : rows("documents.csv")) {
                cell(r, "documents.csv", () -> documents.add(valid(new DirectionDocument(meta(r), r.get("unit_code"),
                        code(r, "kind", DocumentKind.class), r.get("number"), date(r, "issued_on"), r.get("issuer"),
                        r.get("title")), RecordValidator::validate)));
            }
        }
        if (!problems.isEmpty()) {
            throw new SampleFormatException(problems);
        }
        return new SampleDataset(name, settings, activities, metrics, cases, victims, support,
                drafts(activities, cases), documents);
    }

    /**
     * The optional {@code draft-YEAR.txt} of each report year the records fall in: the compiler's part of
     * that year's report (number, date, signer, narrative), so the sample's report is complete.
     */
    private Map<Integer, String> drafts(List<Activity> activities, List<TraffickingCase> cases) {
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
        activities.forEach(a -> years.add(ReportPeriod.reportYearOf(a.startDate())));
        cases.forEach(c -> years.add(ReportPeriod.reportYearOf(c.detectionDate())));
        Map<Integer, String> drafts = new LinkedHashMap<>();
        for (int year : years) {
            String file = "draft-" + year + ".txt";
            InputStream in = files.apply(file);
            if (in == null) {
                continue;
            }
            try (in) {
                String text = SampleText.decode(file, in.readAllBytes(), problems);
                if (text != null) {
                    drafts.put(year, text);
                }
            } catch (IOException e) {
                problems.add(Messages.get("sample.unreadable", file, e.getMessage()));
            }
        }
        return drafts;
    }

    /** Whether the dataset has this optional file. */
    private boolean optional(String file) {
        InputStream in = files.apply(file);
        if (in == null) {
            return false;
        }
        try {
            in.close();
        } catch (IOException e) {
            // only probed
        }
        return true;
    }

    private List<CSVRecord> rows(String file) {
        InputStream in = files.apply(file);
        if (in == null) {
            problems.add(Messages.get("sample.fileMissing", file));
            return List.of();
        }
        try (in) {
            String text = SampleText.decode(file, in.readAllBytes(), problems);
            if (text == null) {
                return List.of();
            }
            CSVParser parser = FORMAT.parse(new StringReader(text));
            List<String> missing = SampleText.COLUMNS.getOrDefault(file, List.of()).stream()
                    .filter(c -> !parser.getHeaderNames().contains(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(Messages.get("sample.missingColumns", file, String.join(", ", missing)));
                return List.of();
            }
            return parser.getRecords();
        } catch (IOException | RuntimeException e) {
            problems.add(Messages.get("sample.unreadable", file, e.getMessage()));
            return List.of();
        }
    }

    private void cell(CSVRecord r, String file, Runnable read) {
        try {
            read.run();
        } catch (ValidationException e) {
            for (Violation v : e.violations()) {
                problems.add(Messages.get("sample.badRow", file, r.getRecordNumber() + 1, v.message()));
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            problems.add(Messages.get("sample.badRow", file, r.getRecordNumber() + 1, e.getMessage()));
        }
    }

    /** Checked here, not at store time, so that every rule broken is reported with its file and row. */
    private static <T> T valid(T record, Function<T, List<Violation>> rules) {
        ValidationException.throwIfAny(rules.apply(record));
        return record;
    }

    /** A whole number that must fit an int: an oversized value is refused, not wrapped round to a negative. */
    private static int intCell(CSVRecord r, String column) {
        long value = number(r, column);
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw new ValidationException(new Violation(SampleText.field(column), "validation.tooLarge",
                    VnFormats.number(Integer.MAX_VALUE)));
        }
        return (int) value;
    }

    private static long number(CSVRecord r, String column) {
        return SampleText.named(column, () -> VnFormats.parseNumber(r.get(column)));
    }

    private static Meta meta(CSVRecord r) {
        return Meta.fresh(r.get("id"), AUTHOR);
    }

    private static LocalDate date(CSVRecord r, String column) {
        return SampleText.named(column, () -> VnFormats.parseDate(r.get(column)));
    }

    private static LocalDate optDate(CSVRecord r, String column) {
        String s = r.get(column);
        return s == null || s.isBlank() ? null : date(r, column);
    }

    /** One code of an enum, or a message naming the column, the value and the codes allowed. */
    private static <E extends Enum<E>> E code(CSVRecord r, String column, Class<E> type) {
        return SampleText.code(column, r.get(column), type);
    }

    private static boolean flag(String s) {
        return "1".equals(s) || "true".equalsIgnoreCase(s);
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split(";"));
    }

    private static <E extends Enum<E>> Set<E> enums(CSVRecord r, String column, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (String name : split(r.get(column))) {
            set.add(SampleText.code(column, name.strip(), type));
        }
        return set;
    }

    private static String ref(Map<String, String> ids, String code) {
        String id = ids.get(code);
        if (id == null) {
            throw new IllegalArgumentException(Messages.get("sample.unknownRef", code));
        }
        return id;
    }
}
