package vn.atr.ui.common;

/** An item of a choice list: the stored code and what the user reads. */
public record Choice(String code, String label) {
    @Override
    public String toString() {
        return label;
    }
}
