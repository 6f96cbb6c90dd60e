package vn.atr.report.ooxml;

/** Text and attribute values escaped for the parts' XML; characters XML 1.0 cannot hold are left out. */
public final class Xml {
    public static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private Xml() {
    }

    /** {@code s} escaped for element text and for attribute values in double quotes. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        append(out, s);
        return out.toString();
    }

    public static StringBuilder append(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c < 0xFFFE) {
                            out.append(c);
                        }
                    }
                }
            }
        }
        return out;
    }
}
