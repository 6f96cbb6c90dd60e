package vn.atr.format.pkg;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import vn.atr.domain.IsoTimes;
import vn.atr.domain.Messages;

/**
 * The JSON used in packages: domain records as objects, dates and instants as ISO text. Unknown
 * fields are refused, so a record from a different format cannot be half-read.
 */
public final class PackageJson {
    private static final ObjectMapper MAPPER = create();

    private PackageJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Why a JSON text could not be read, in the user's language and naming the field ("trường startDate:
     * ngày \"2023-11-31\" không tồn tại"), instead of the library's English with class names.
     */
    public static String explain(Exception e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            return Messages.get("exchange.json.unknownField", u.getPropertyName());
        }
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
            String field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(java.util.stream.Collectors.joining("."));
            if (m.getCause() instanceof java.time.format.DateTimeParseException d) {
                return Messages.get("exchange.json.badDate", field, d.getParsedString());
            }
            if (m instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f) {
                return Messages.get("exchange.json.badValue", field, String.valueOf(f.getValue()),
                        kind(f.getTargetType()));
            }
            if (m instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException f) {
                return Messages.get("exchange.json.wrongType", field, kind(f.getTargetType()));
            }
            return Messages.get("exchange.json.unreadable", field);
        }
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null) {
            return Messages.get("exchange.json.notJson", j.getLocation().getLineNr(), j.getLocation().getColumnNr());
        }
        return String.valueOf(e.getMessage());
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return Messages.get("exchange.json.kind.other");
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return Messages.get("exchange.json.kind.whole");
        }
        if (type == boolean.class || type == Boolean.class) {
            return Messages.get("exchange.json.kind.boolean");
        }
        if (java.util.Map.class.isAssignableFrom(type)) {
            return Messages.get("exchange.json.kind.object");
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return Messages.get("exchange.json.kind.list");
        }
        return type == String.class ? Messages.get("exchange.json.kind.text")
                : Messages.get("exchange.json.kind.type", type.getSimpleName());
    }

    private static ObjectMapper create() {
        SimpleModule time = new SimpleModule("iso-time");
        time.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant v, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(IsoTimes.text(v));
            }
        });
        time.addDeserializer(Instant.class, new JsonDeserializer<>() {
            @Override
            public Instant deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return IsoTimes.instant(p.getValueAsString());
            }
        });
        time.addSerializer(LocalDate.class, new JsonSerializer<>() {
            @Override
            public void serialize(LocalDate v, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(v.toString());
            }
        });
        time.addDeserializer(LocalDate.class, new JsonDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return IsoTimes.date(p.getValueAsString());
            }
        });
        // Record components only (fields), not helper methods such as Meta.isNew().
        return new ObjectMapper().registerModule(time)
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }
}
