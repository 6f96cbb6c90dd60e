package vn.atr.domain;

import java.util.Arrays;
import java.util.Locale;

/** One rejected value: the field it concerns and why, as a bundle key with its arguments. */
public record Violation(String field, String key, Object... args) {

    public String message() {
        return message(Messages.locale());
    }

    public String message(Locale locale) {
        return Messages.format(locale, "field." + field) + ": " + reason(locale);
    }

    /** Why the value was rejected, without the field's name (for a message that names its place otherwise). */
    public String reason() {
        return reason(Messages.locale());
    }

    public String reason(Locale locale) {
        Object[] shown = Arrays.stream(args).map(a -> a instanceof FieldName f ? f.in(locale)
                : a instanceof Label l ? Messages.format(locale, l.key()) : a).toArray();
        return Messages.format(locale, key, shown);
    }

    /** Another field named inside the message ("sớm hơn ngày xác định"), in the message's language. */
    public record FieldName(String field) {
        String in(Locale locale) {
            String name = Messages.format(locale, "field." + field);
            return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(locale) + name.substring(1);
        }
    }

    /** A label of the bundle (an age band's name) shown inside the message, in the message's language. */
    public record Label(String key) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Violation v && v.field.equals(field) && v.key.equals(key) && Arrays.equals(v.args, args);
    }

    @Override
    public int hashCode() {
        return field.hashCode() * 31 + key.hashCode();
    }

    @Override
    public String toString() {
        return message();
    }
}
