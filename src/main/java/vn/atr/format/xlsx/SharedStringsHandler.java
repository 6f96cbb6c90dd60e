package vn.atr.format.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the shared-strings part into plain strings. POI's ReadOnlySharedStringsTable wraps every
 * lookup in a new XMLBeans rich-text object, which cost a quarter of a 100,000-row import; the
 * import needs only the text (rich-text runs joined, phonetic guides left out).
 */
final class SharedStringsHandler extends DefaultHandler {
    private final List<String> strings = new ArrayList<>();
    private final StringBuilder item = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;

    List<String> strings() {
        return strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attrs) {
        switch (SheetRowHandler.local(qName)) {
            case "si" -> item.setLength(0);
            case "rPh" -> inPhonetic = true;
            case "t" -> inText = !inPhonetic;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            item.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (SheetRowHandler.local(qName)) {
            case "si" -> strings.add(item.toString());
            case "rPh" -> inPhonetic = false;
            case "t" -> inText = false;
            default -> { }
        }
    }
}
