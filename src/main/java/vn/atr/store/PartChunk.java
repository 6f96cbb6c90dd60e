package vn.atr.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.atr.domain.Activity;
import vn.atr.domain.IsoTimes;
import vn.atr.domain.Meta;
import vn.atr.domain.Topic;

/**
 * One unit's activities of one half-month in a roll-up store's parts (ADR 0204), as one JSON text: an array of
 * records, each an array of the activity table's columns as the repository stores them, without the unit (the
 * chunk's key) and the deletion flag (a part holds live records only). Both engines read it in SQL too (a custom
 * period's first and last days, {@link RollupParts#listValuesOnDays}): the positions below are that SQL's.
 */
final class PartChunk {
    static final int ID = 0;
    static final int CREATED_AT = 1;
    static final int UPDATED_AT = 2;
    static final int UPDATED_BY = 3;
    static final int VERSION = 4;
    static final int TYPE_CODE = 5;
    static final int START_DATE = 6;
    static final int END_DATE = 7;
    static final int TITLE = 8;
    static final int LEAD_ORG = 9;
    static final int PARTNER_ORGS = 10;
    static final int TOPICS = 11;
    static final int TARGET_GROUP = 12;
    static final int PARTICIPANTS = 13;
    static final int QUANTITY = 14;
    static final int NOTES = 15;
    private static final int FIELDS = 16;
    private static final JsonFactory JSON = new JsonFactory();
    private static final com.fasterxml.jackson.core.io.JsonStringEncoder ESCAPE =
            com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance();

    private PartChunk() {
    }

    /** The position of a list column ({@link DayTotals#LIST_COLUMNS}) in a chunk's record. */
    static int position(String listColumn) {
        return switch (listColumn) {
            case "partner_orgs" -> PARTNER_ORGS;
            case "topics" -> TOPICS;
            case "target_group" -> TARGET_GROUP;
            default -> throw new IllegalArgumentException(listColumn);
        };
    }

    /** The half-month a day falls in, as its first day (the chunk's key beside the unit). */
    static String half(LocalDate day) {
        int year = day.getYear();
        if (year < 1000 || year > 9999) {
            return DayTotals.half(day.toString());
        }
        // written digit by digit: the text, its parts and their joining took a twentieth of a part's preparation
        int month = day.getMonthValue();
        char[] t = {digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), '-', digit(month / 10),
            digit(month), '-', day.getDayOfMonth() < 15 ? '0' : '1', day.getDayOfMonth() < 15 ? '1' : '5'};
        return new String(t);
    }

    private static char digit(int n) {
        return (char) ('0' + n % 10);
    }

    /**
     * The records as one chunk's text; they are all live and of one unit and half-month. Built in a string builder,
     * each text escaped by the JSON library's own encoder: its generator took most of a part's preparation on the
     * Vietnamese texts, character by character.
     */
    static String write(List<Activity> records) {
        StringBuilder b = new StringBuilder(records.size() * 280).append('[');
        for (Activity a : records) {
            Meta m = a.meta();
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('[');
            text(b, m.id()).append(',');
            String created = IsoTimes.text(m.createdAt());
            text(b, created).append(',');
            // a record never changed since it was entered (most) has the same time twice: formatted once
            text(b, m.updatedAt() != null && m.updatedAt().equals(m.createdAt()) ? created
                    : IsoTimes.text(m.updatedAt())).append(',');
            text(b, m.updatedBy()).append(',').append(m.version()).append(',');
            text(b, a.typeCode()).append(',');
            text(b, a.startDate().toString()).append(',');
            text(b, a.endDate() == null ? null : a.endDate().toString()).append(',');
            text(b, a.title()).append(',');
            text(b, a.leadOrg()).append(',');
            text(b, Columns.listOf(a.partnerOrgs())).append(',');
            text(b, Columns.setOf(a.topics())).append(',');
            text(b, a.targetGroup()).append(',').append(a.participants()).append(',').append(a.quantity()).append(',');
            text(b, a.notes()).append(']');
        }
        return b.append(']').toString();
    }

    /** Whether JSON takes the text as it is: no quote, backslash or control character. */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static StringBuilder text(StringBuilder b, String s) {
        if (s == null) {
            return b.append("null");
        }
        b.append('"');
        if (plain(s)) {
            b.append(s); // the usual text: nothing to escape, appended whole
        } else {
            ESCAPE.quoteAsString(s, b);
        }
        return b.append('"');
    }

    /** The records of a chunk of {@code unit}, as {@link #write} wrote them. */
    static List<Activity> read(String unit, String data) {
        List<Activity> records = new ArrayList<>();
        Object[] v = new Object[FIELDS];
        try (JsonParser p = JSON.createParser(data)) {
            expect(p.nextToken(), JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_ARRAY) {
                int i = 0;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (i >= FIELDS) {
                        throw new StoreException("A roll-up part's record has more than " + FIELDS + " fields");
                    }
                    v[i++] = t == JsonToken.VALUE_NULL ? null
                            : t == JsonToken.VALUE_NUMBER_INT ? (Object) p.getLongValue() : p.getText();
                }
                if (i != FIELDS) {
                    throw new StoreException("A roll-up part's record has " + i + " fields, not " + FIELDS);
                }
                records.add(activity(unit, v));
            }
        } catch (IOException e) {
            throw new StoreException("A roll-up part cannot be read: " + e.getMessage(), e);
        }
        return records;
    }

    private static Activity activity(String unit, Object[] v) {
        Meta meta = new Meta((String) v[ID], IsoTimes.instant((String) v[CREATED_AT]),
                IsoTimes.instant((String) v[UPDATED_AT]), (String) v[UPDATED_BY], (Long) v[VERSION], false);
        return new Activity(meta, unit, (String) v[TYPE_CODE], IsoTimes.date((String) v[START_DATE]),
                v[END_DATE] == null ? null : IsoTimes.date((String) v[END_DATE]), (String) v[TITLE],
                (String) v[LEAD_ORG], Columns.list((String) v[PARTNER_ORGS]),
                Columns.enumSet((String) v[TOPICS], Topic.class), (String) v[TARGET_GROUP],
                ((Long) v[PARTICIPANTS]).intValue(), (Long) v[QUANTITY], (String) v[NOTES]);
    }

    private static void expect(JsonToken t, JsonToken wanted) {
        if (t != wanted) {
            throw new StoreException("A roll-up part is not an array of records");
        }
    }
}
