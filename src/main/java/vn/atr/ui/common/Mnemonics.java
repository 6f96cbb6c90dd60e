package vn.atr.ui.common;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Labeled;

/**
 * Mnemonics for generated forms: each label gets an Alt+letter of its own (the first free letter that
 * starts a word, else any free letter), skipping letters the window's buttons already use, so that
 * Alt+letter always reaches one field and never cycles between a field and Save. Only plain a-z
 * letters can be keys: "Đơn vị" gets Alt+V, not Đ.
 */
public final class Mnemonics {
    private Mnemonics() {
    }

    /** @param taken texts already carrying a mnemonic in the same window ("_Lưu", "_Hủy") */
    public static void assign(List<? extends Labeled> labels, String... taken) {
        Set<Character> used = new HashSet<>();
        for (String t : taken) {
            letterOf(t, used);
        }
        labels.forEach(l -> letterOf(l.getText(), used));
        for (Labeled l : labels) {
            String text = l.getText();
            if (text == null || text.indexOf('_') >= 0) {
                continue;
            }
            int at = free(text, used, true);
            if (at < 0) {
                at = free(text, used, false);
            }
            if (at >= 0) {
                used.add(Character.toLowerCase(text.charAt(at)));
                l.setText(text.substring(0, at) + "_" + text.substring(at));
                l.setMnemonicParsing(true);
            }
        }
    }

    private static void letterOf(String text, Set<Character> used) {
        int at = text == null ? -1 : text.indexOf('_');
        if (at >= 0 && at + 1 < text.length()) {
            used.add(Character.toLowerCase(text.charAt(at + 1)));
        }
    }

    private static int free(String text, Set<Character> used, boolean wordStart) {
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            boolean starts = i == 0 || text.charAt(i - 1) == ' ';
            if (c >= 'a' && c <= 'z' && !used.contains(c) && (starts || !wordStart)) {
                return i;
            }
        }
        return -1;
    }
}
