package vn.atr.format.pkg;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.atr.domain.Activity;
import vn.atr.domain.IsoTimes;
import vn.atr.domain.Meta;
import vn.atr.domain.Topic;

/**
 * A package's activity line read field by field with the streaming parser (ADR 0204): the line as {@link
 * PackageJson}'s mapper writes it, in a fifth of the mapper's time (a national roll-up reads millions). Anything
 * else (an unknown field, a value of another kind, a missing record header, a value the record refuses) gives
 * null, and the caller reads the line with the mapper as before, which accepts what it accepts and explains what
 * it refuses: this reader never decides that a line is wrong.
 */
public final class ActivityLine {
    private static final JsonFactory JSON = new JsonFactory();

    private ActivityLine() {
    }

    /** The activity of {@code length} bytes from {@code offset}, or null when the mapper has to read it. */
    public static Activity read(byte[] bytes, int offset, int length) {
        try (JsonParser p = JSON.createParser(bytes, offset, length)) {
            return p.nextToken() == JsonToken.START_OBJECT ? activity(p) : null;
        } catch (java.io.IOException | RuntimeException e) {
            return null; // the mapper reads it again and says why, if it is wrong
        }
    }

    /**
     * Every line's activity, one parser over the whole entity (ADR 0206), or null when any line is not one activity
     * object as the mapper writes it, alone on its line (blank lines aside): then the caller reads line by line as
     * before, so a line's problem is found and explained there, with its number.
     */
    public static List<Activity> readAll(byte[] bytes) {
        List<Activity> all = new ArrayList<>(bytes.length / 256 + 1);
        try (JsonParser p = JSON.createParser(bytes)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                int line = t == JsonToken.START_OBJECT ? p.currentTokenLocation().getLineNr() : -1;
                Activity a = line < 0 ? null : activity(p);
                if (a == null) {
                    return null;
                }
                com.fasterxml.jackson.core.JsonLocation end = p.currentLocation();
                if (end.getLineNr() != line || !restOfLineBlank(bytes, (int) end.getByteOffset())) {
                    return null; // an object over several lines, or something after it on its line
                }
                all.add(a);
            }
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
        return all;
    }

    /** Whether only spaces, tabs and carriage returns come before the line's end (as the line reader skips them). */
    private static boolean restOfLineBlank(byte[] b, int from) {
        for (int i = from; i < b.length && b[i] != '\n'; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The record's fields in the order the mapper writes them (the record's components): matched as bytes. */
    private static final SerializedString[] FIELDS = names("meta", "unitCode", "typeCode", "startDate", "endDate",
            "title", "leadOrg", "partnerOrgs", "topics", "targetGroup", "participants", "quantity", "notes");
    private static final SerializedString[] META = names("id", "createdAt", "updatedAt", "updatedBy", "version",
            "deleted");

    private static SerializedString[] names(String... names) {
        SerializedString[] s = new SerializedString[names.length];
        for (int i = 0; i < names.length; i++) {
            s[i] = new SerializedString(names[i]);
        }
        return s;
    }

    /**
     * The index of the object's next field, -1 at its end: the expected next name compared as bytes first, any
     * other looked up; a field given twice or unknown is left to the mapper.
     */
    private static int next(JsonParser p, SerializedString[] names, int expected, int[] seen)
            throws java.io.IOException {
        int i;
        boolean matched = expected < names.length && p.nextFieldName(names[expected]);
        if (expected >= names.length) {
            p.nextToken(); // every field read: the object's end, or a name given twice
        }
        if (matched) {
            i = expected;
        } else if (p.currentToken() == JsonToken.END_OBJECT) {
            return -1;
        } else if (p.currentToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            i = 0;
            while (i < names.length && !names[i].getValue().equals(name)) {
                i++;
            }
            if (i == names.length) {
                throw new Unusual();
            }
        } else {
            throw new Unusual();
        }
        if ((seen[0] & (1 << i)) != 0) {
            throw new Unusual();
        }
        seen[0] |= 1 << i;
        return i;
    }

    private static Activity activity(JsonParser p) throws java.io.IOException {
        Meta meta = null;
        String unit = null;
        String type = null;
        LocalDate start = null;
        LocalDate end = null;
        String title = null;
        String lead = null;
        List<String> partners = null;
        Set<Topic> topics = null;
        String target = null;
        int participants = 0;
        long quantity = 0;
        String notes = null;
        int[] seen = {0};
        for (int i = next(p, FIELDS, 0, seen); i >= 0; i = next(p, FIELDS, i + 1, seen)) {
            JsonToken v = p.nextToken();
            switch (i) {
                case 0 -> {
                    if (v != JsonToken.START_OBJECT || (meta = meta(p)) == null) {
                        return null;
                    }
                }
                case 1 -> unit = text(p, v);
                case 2 -> type = text(p, v);
                case 3 -> start = date(p, v);
                case 4 -> end = date(p, v);
                case 5 -> title = text(p, v);
                case 6 -> lead = text(p, v);
                case 7 -> partners = texts(p, v);
                case 8 -> topics = topics(p, v);
                case 9 -> target = text(p, v);
                case 10 -> participants = Math.toIntExact(number(p, v));
                case 11 -> quantity = number(p, v);
                default -> notes = text(p, v);
            }
        }
        return meta == null ? null : new Activity(meta, unit, type, start, end, title, lead, partners, topics, target,
                participants, quantity, notes);
    }

    private static Meta meta(JsonParser p) throws java.io.IOException {
        String id = null;
        Instant created = null;
        Instant updated = null;
        String by = null;
        long version = 0;
        boolean deleted = false;
        int[] seen = {0};
        for (int i = next(p, META, 0, seen); i >= 0; i = next(p, META, i + 1, seen)) {
            JsonToken v = p.nextToken();
            switch (i) {
                case 0 -> id = text(p, v);
                case 1 -> created = instant(p, v);
                case 2 -> updated = instant(p, v);
                case 3 -> by = text(p, v);
                case 4 -> version = number(p, v);
                default -> {
                    if (v != JsonToken.VALUE_TRUE && v != JsonToken.VALUE_FALSE && v != JsonToken.VALUE_NULL) {
                        throw new Unusual();
                    }
                    deleted = v == JsonToken.VALUE_TRUE;
                }
            }
        }
        return new Meta(id, created, updated, by, version, deleted);
    }

    /** A value this reader leaves to the mapper. */
    private static final class Unusual extends RuntimeException {
        Unusual() {
            super(null, null, false, false);
        }
    }

    private static String text(JsonParser p, JsonToken v) throws java.io.IOException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        if (v != JsonToken.VALUE_STRING) {
            throw new Unusual();
        }
        return p.getText();
    }

    private static long number(JsonParser p, JsonToken v) throws java.io.IOException {
        if (v == JsonToken.VALUE_NULL) {
            return 0;
        }
        if (v != JsonToken.VALUE_NUMBER_INT) {
            throw new Unusual();
        }
        return p.getLongValue();
    }

    private static LocalDate date(JsonParser p, JsonToken v) throws java.io.IOException {
        String s = text(p, v);
        return s == null ? null : IsoTimes.date(s);
    }

    private static Instant instant(JsonParser p, JsonToken v) throws java.io.IOException {
        String s = text(p, v);
        return s == null ? null : IsoTimes.instant(s);
    }

    private static List<String> texts(JsonParser p, JsonToken v) throws java.io.IOException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        if (v != JsonToken.START_ARRAY) {
            throw new Unusual();
        }
        List<String> values = new ArrayList<>(2);
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.VALUE_STRING) {
                throw new Unusual();
            }
            values.add(p.getText());
        }
        return values;
    }

    private static Set<Topic> topics(JsonParser p, JsonToken v) throws java.io.IOException {
        List<String> names = texts(p, v);
        if (names == null) {
            return null;
        }
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        for (String n : names) {
            topics.add(Topic.valueOf(n)); // an unknown name: the mapper says so
        }
        return topics;
    }
}
