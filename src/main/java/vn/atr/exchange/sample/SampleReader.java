package vn.atr.exchange.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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
import org.apache.commons.csv.CSVRecord;
import vn.atr.domain.Activity;
import vn.atr.domain.AgeBand;
import vn.atr.domain.CaseScope;
import vn.atr.domain.CaseStatus;
import vn.atr.domain.DetectingAgency;
import vn.atr.domain.ExploitationForm;
import vn.atr.domain.LegalStatus;
import vn.atr.domain.Messages;
import vn.atr.domain.Meta;
import vn.atr.domain.OutreachMetric;
import vn.atr.domain.RecordValidator;
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

    public SampleDataset read(String name) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (CSVRecord r : rows("settings.csv")) {
            settings.put(r.get("key"), r.get("value"));
        }
        List<Activity> activities = new ArrayList<>();
        for (CSVRecord r : rows("activities.csv")) {
            cell(r, "activities.csv", () -> activities.add(valid(new Activity(meta(r), r.get("unit_code"),
                    r.get("type_code"),
                    date(r.get("start_date")), optDate(r.get("end_date")), r.get("title"), r.get("lead_org"),
                    split(r.get("partner_orgs")), enums(r.get("topics"), Topic.class), r.get("target_group"),
                    intCell(r, "participants"), VnFormats.parseNumber(r.get("quantity")),
                    r.get("notes")), RecordValidator::validate)));
        }
        List<OutreachMetric> metrics = new ArrayList<>();
        for (CSVRecord r : rows("metrics.csv")) {
            cell(r, "metrics.csv", () -> metrics.add(valid(new OutreachMetric(meta(r), r.get("unit_code"),
                    r.get("metric_type"), date(r.get("period_from")), date(r.get("period_to")),
                    VnFormats.parseNumber(r.get("value")), r.get("notes")), RecordValidator::validate)));
        }
        Map<String, String> caseIds = new HashMap<>();
        List<TraffickingCase> cases = new ArrayList<>();
        for (CSVRecord r : rows("cases.csv")) {
            cell(r, "cases.csv", () -> {
                // Known even if the row is bad, so that its victims report their own problems, not "unknown".
                caseIds.put(r.get("case_code"), r.get("id"));
                cases.add(valid(new TraffickingCase(meta(r), r.get("unit_code"), r.get("case_code"),
                        date(r.get("detection_date")), DetectingAgency.valueOf(r.get("detecting_agency")),
                        CaseScope.valueOf(r.get("scope")), r.get("destination_country"),
                        enums(r.get("exploitation_forms"), ExploitationForm.class), CaseStatus.valueOf(r.get("status")),
                        intCell(r, "suspects"), r.get("notes")), RecordValidator::validate));
            });
        }
        Map<String, String> victimIds = new HashMap<>();
        List<Victim> victims = new ArrayList<>();
        for (CSVRecord r : rows("victims.csv")) {
            cell(r, "victims.csv", () -> {
                victimIds.put(r.get("victim_code"), r.get("id"));
                victims.add(valid(new Victim(meta(r), r.get("unit_code"), ref(caseIds, r.get("case_code")),
                        r.get("victim_code"), Sex.valueOf(r.get("sex")),
                        intCell(r, "birth_year"), AgeBand.valueOf(r.get("age_band")),
                        r.get("ethnicity"), r.get("destination_country"), flag(r.get("trafficked_within_vietnam")),
                        r.get("residence_province_code"), LegalStatus.valueOf(r.get("legal_status")),
                        enums(r.get("exploitation_forms"), ExploitationForm.class),
                        ReturnPath.valueOf(r.get("return_path")), optDate(r.get("identification_date")),
                        optDate(r.get("returned_date")), flag(r.get("consent_to_data_use")), r.get("notes")),
                        RecordValidator::validate));
            });
        }
        List<SupportService> support = new ArrayList<>();
        for (CSVRecord r : rows("support.csv")) {
            cell(r, "support.csv", () -> support.add(valid(new SupportService(meta(r), r.get("unit_code"),
                    ref(victimIds, r.get("victim_code")), SupportType.valueOf(r.get("support_type")),
                    date(r.get("service_date")), r.get("provider"), VnFormats.parseNumber(r.get("amount_vnd")),
                    r.get("notes")), RecordValidator::validate)));
        }
        if (!problems.isEmpty()) {
            throw new SampleFormatException(problems);
        }
        return new SampleDataset(name, settings, activities, metrics, cases, victims, support);
    }

    private List<CSVRecord> rows(String file) {
        InputStream in = files.apply(file);
        if (in == null) {
            problems.add(Messages.get("sample.fileMissing", file));
            return List.of();
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return FORMAT.parse(reader).getRecords();
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
        long value = VnFormats.parseNumber(r.get(column));
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw new ValidationException(new Violation(column, "validation.tooLarge",
                    VnFormats.number(Integer.MAX_VALUE)));
        }
        return (int) value;
    }

    private static Meta meta(CSVRecord r) {
        return Meta.fresh(r.get("id"), AUTHOR);
    }

    private static LocalDate date(String s) {
        return VnFormats.parseDate(s);
    }

    private static LocalDate optDate(String s) {
        return s == null || s.isBlank() ? null : VnFormats.parseDate(s);
    }

    private static boolean flag(String s) {
        return "1".equals(s) || "true".equalsIgnoreCase(s);
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split(";"));
    }

    private static <E extends Enum<E>> Set<E> enums(String s, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (String name : split(s)) {
            set.add(Enum.valueOf(type, name.strip()));
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
