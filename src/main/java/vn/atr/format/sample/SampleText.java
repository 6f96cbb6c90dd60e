package vn.atr.format.sample;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.atr.domain.Messages;
import vn.atr.domain.ValidationException;
import vn.atr.domain.Violation;

/**
 * The checks around a sample CSV file that are not about one record: its encoding (UTF-8 only: a file
 * saved as Windows-1258 or UTF-16 would otherwise be read as garbage and stored), its columns, and
 * turning a bad cell into a message that names its column.
 */
final class SampleText {
    /** The columns each file must have (what {@link SampleReader} reads). */
    static final Map<String, List<String>> COLUMNS = Map.of(
            "settings.csv", List.of("key", "value"),
            "activities.csv", List.of("id", "unit_code", "type_code", "start_date", "end_date", "title", "lead_org",
                    "partner_orgs", "topics", "target_group", "participants", "quantity", "notes"),
            "metrics.csv", List.of("id", "unit_code", "metric_type", "period_from", "period_to", "value", "notes"),
            "cases.csv", List.of("id", "unit_code", "case_code", "detection_date", "detecting_agency", "scope",
                    "destination_country", "exploitation_forms", "status", "suspects", "notes"),
            "victims.csv", List.of("id", "unit_code", "case_code", "victim_code", "sex", "birth_year", "age_band",
                    "ethnicity", "destination_country", "trafficked_within_vietnam", "residence_province_code",
                    "legal_status", "exploitation_forms", "return_path", "identification_date", "returned_date",
                    "consent_to_data_use", "notes"),
            "support.csv", List.of("id", "unit_code", "victim_code", "support_type", "service_date", "provider",
                    "amount_vnd", "notes"),
            "documents.csv", List.of("id", "unit_code", "kind", "number", "issued_on", "issuer", "title"));

    private SampleText() {
    }

    /** The file's text, or null after adding a problem when it is not UTF-8 text (a BOM is allowed). */
    static String decode(String file, byte[] bytes, List<String> problems) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) { // UTF-16 (with or without its BOM) or a binary file
                problems.add(Messages.get("sample.notUtf8", file, line(bytes, i)));
                return null;
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return utf8.decode(in).toString();
        } catch (MalformedInputException e) {
            problems.add(Messages.get("sample.notUtf8", file, line(bytes, in.position())));
            return null;
        } catch (CharacterCodingException e) {
            problems.add(Messages.get("sample.notUtf8", file, 1));
            return null;
        }
    }

    private static int line(byte[] bytes, int upTo) {
        int line = 1;
        for (int i = 0; i < upTo && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** "start_date" to "startDate", the name of the record field (and of its label in the bundle). */
    static String field(String column) {
        String[] parts = column.split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return b.toString();
    }

    /** Runs a cell parser; its violation then names the column's field rather than "date" or "number". */
    static <T> T named(String column, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ValidationException e) {
            throw new ValidationException(e.violations().stream()
                    .map(v -> new Violation(field(column), v.key(), v.args())).toList());
        }
    }

    static <E extends Enum<E>> E code(String column, String value, Class<E> type) {
        String v = value == null ? "" : value.strip();
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new ValidationException(new Violation(field(column), "validation.unknownCode", v, allowed));
        }
    }
}
