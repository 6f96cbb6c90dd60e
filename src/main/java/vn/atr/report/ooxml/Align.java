package vn.atr.report.ooxml;

/** A paragraph's alignment, as WordprocessingML names it. */
public enum Align {
    LEFT("left"), CENTER("center"), RIGHT("right"), BOTH("both");

    final String xml;

    Align(String xml) {
        this.xml = xml;
    }
}
