package vn.atr.ui.common;

import vn.atr.domain.Messages;

/** Display names of coded values from the bundle: {@code enum.Sex.FEMALE}. */
public final class Labels {
    private Labels() {
    }

    public static String of(Enum<?> value) {
        return value == null ? "" : Messages.get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** For stored codes of an enum (breakdown keys); unknown codes are shown as they are. */
    public static <E extends Enum<E>> String of(Class<E> type, String code) {
        try {
            return of(Enum.valueOf(type, code));
        } catch (IllegalArgumentException | NullPointerException e) {
            return code == null || code.isBlank() ? Messages.get("label.unknown") : code;
        }
    }
}
