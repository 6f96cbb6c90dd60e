package vn.atr.ui.common.form;

import java.util.Arrays;
import java.util.List;
import vn.atr.ui.common.Choice;
import vn.atr.ui.common.Labels;

/**
 * One input of a generated form. {@code name} is the domain field name: the label is
 * {@code field.<name>} and validation messages for that name appear under the input.
 */
public record Field(Kind kind, String name, List<Choice> choices, String hintKey) {
    public enum Kind { TEXT, AREA, DATE, NUMBER, YEAR, CHOICE, CHECK, MULTI }

    public Field(Kind kind, String name, List<Choice> choices) {
        this(kind, name, choices, null);
    }

    /** This field with a line of advice under it (the message {@code hintKey}). */
    public Field withHint(String key) {
        return new Field(kind, name, choices, key);
    }

    public static Field text(String name) {
        return new Field(Kind.TEXT, name, List.of());
    }

    public static Field area(String name) {
        return new Field(Kind.AREA, name, List.of());
    }

    public static Field date(String name) {
        return new Field(Kind.DATE, name, List.of());
    }

    public static Field number(String name) {
        return new Field(Kind.NUMBER, name, List.of());
    }

    /** A year (a birth year): a whole number shown as typed, "2008", never grouped as a quantity ("2.008"). */
    public static Field year(String name) {
        return new Field(Kind.YEAR, name, List.of());
    }

    public static Field check(String name) {
        return new Field(Kind.CHECK, name, List.of());
    }

    public static Field choice(String name, List<Choice> choices) {
        return new Field(Kind.CHOICE, name, List.copyOf(choices));
    }

    /** A choice of an enum's constants, labelled from the bundle. */
    public static <E extends Enum<E>> Field choice(String name, Class<E> type) {
        return choice(name, enumChoices(type));
    }

    /** Any number of an enum's constants (exploitation forms). */
    public static <E extends Enum<E>> Field multi(String name, Class<E> type) {
        return new Field(Kind.MULTI, name, enumChoices(type));
    }

    private static <E extends Enum<E>> List<Choice> enumChoices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> new Choice(e.name(), Labels.of(e))).toList();
    }
}
