package vn.atr.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import vn.atr.domain.Text;

/**
 * Typing on a choice list picks the first entry whose name holds what was typed, with or without marks and
 * capitals: "le chan" picks "Phường Lê Chân" among a city's hundreds of units, "thanh hoa" the province. The letters
 * typed within a second of each other make one search (opening or closing the list starts a new one); Backspace
 * takes the last one back. When no entry has what was typed, nothing stays chosen. JavaFX's lists only jump
 * by first letter, which says nothing in a list where every name starts with "Phường" or "Xã".
 */
public final class TypeToFind {
    /** A pause this long starts a new search. */
    static final long PAUSE_MS = 1000;

    private final StringBuilder typed = new StringBuilder();
    private long lastKey;

    private TypeToFind() {
    }

    /**
     * Lets the user type to find an entry of {@code box}, by the text the box shows for it. While the list is open,
     * the keys go to its popup: the same handling is put there once the box has its skin.
     */
    public static <T> void install(ComboBox<T> box) {
        TypeToFind state = new TypeToFind();
        state.listen(box, box);
        java.util.function.Consumer<javafx.scene.control.Skin<?>> onSkin = skin -> {
            if (skin instanceof ComboBoxListViewSkin<?> s && s.getPopupContent() != null) {
                state.listen(s.getPopupContent(), box);
            }
        };
        onSkin.accept(box.getSkin());
        box.skinProperty().addListener((o, old, skin) -> onSkin.accept(skin));
        // opening or closing the list, or leaving it, starts a new search
        box.showingProperty().addListener((o, was, is) -> state.typed.setLength(0));
        box.focusedProperty().addListener((o, was, is) -> state.typed.setLength(0));
    }

    private <T> void listen(javafx.scene.Node target, ComboBox<T> box) {
        target.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String ch = e.getCharacter();
            if (box.isEditable() || ch.isEmpty() || e.isControlDown() || e.isAltDown() || e.isMetaDown()
                    || Character.isISOControl(ch.charAt(0))) {
                return;
            }
            long now = System.currentTimeMillis();
            if (now - lastKey > PAUSE_MS) {
                typed.setLength(0);
            }
            if (ch.equals(" ") && typed.length() == 0) {
                return; // a space alone keeps its usual meaning
            }
            lastKey = now;
            typed.append(ch);
            select(box);
            e.consume();
        });
        // Space opens, closes or picks in a list: within a search it is one of the letters typed
        javafx.event.EventHandler<KeyEvent> spaceInSearch = e -> {
            if (e.getCode() == KeyCode.SPACE && !box.isEditable() && typing()) {
                e.consume();
            }
        };
        target.addEventFilter(KeyEvent.KEY_PRESSED, spaceInSearch);
        target.addEventFilter(KeyEvent.KEY_RELEASED, spaceInSearch);
        target.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.BACK_SPACE && !box.isEditable() && typing()) {
                typed.setLength(typed.length() - 1);
                lastKey = System.currentTimeMillis();
                if (typed.length() > 0) {
                    select(box);
                }
                e.consume();
            }
        });
    }

    /** Whether a search is under way: letters typed, the last one within the pause. */
    private boolean typing() {
        return typed.length() > 0 && System.currentTimeMillis() - lastKey <= PAUSE_MS;
    }

    private <T> void select(ComboBox<T> box) {
        Function<T, String> label = item -> box.getConverter() != null ? box.getConverter().toString(item)
                : String.valueOf(item);
        int found = find(box.getItems(), label, typed.toString());
        if (found < 0) {
            // nothing has what was typed: no choice, rather than the one its first letters found ("tu van" had
            // stopped on "Nhu cầu thiết yếu" by its "t" and was saved so); a required field then says so
            box.getSelectionModel().clearSelection();
            return;
        }
        box.getSelectionModel().select(found);
        if (box.isShowing() && box.getSkin() instanceof ComboBoxListViewSkin<?> skin
                && skin.getPopupContent() instanceof ListView<?> list) {
            list.getSelectionModel().select(found);
            list.scrollTo(found);
        }
    }

    /**
     * The index of the entry {@code typed} finds, or -1: the first whose name has it at the start of a word ("le chan"
     * in "Phường Lê Chân", before the dissolved "Quận Lê Chân" further down), a number where it comes earliest
     * ("18" picks "Từ 18 đến 30 tuổi" before "Từ 16 đến dưới 18 tuổi"), else one that has it anywhere, else one
     * whose name is the code typed.
     */
    static <T> int find(List<T> items, Function<T, String> label, String typed) {
        String wanted = Text.fold(typed.strip());
        if (wanted.isEmpty()) {
            return -1;
        }
        int anywhere = -1;
        boolean number = wanted.chars().allMatch(Character::isDigit);
        int best = -1;
        int bestAt = Integer.MAX_VALUE;
        for (int i = 0; i < items.size(); i++) {
            String name = items.get(i) == null ? null : Text.fold(label.apply(items.get(i))); // "no choice" entries
            if (name == null) {
                continue;
            }
            int at = name.indexOf(wanted);
            while (at > 0 && Character.isLetterOrDigit(name.charAt(at - 1))) {
                at = name.indexOf(wanted, at + 1);
            }
            if (at >= 0 && (best < 0 || number && at < bestAt)) {
                best = i;
                bestAt = at;
            }
            if (anywhere < 0 && name.contains(wanted)) {
                anywhere = i;
            }
        }
        if (best >= 0) {
            return best;
        }
        if (anywhere >= 0) {
            return anywhere;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Choice c && c.code() != null && Text.fold(c.code()).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
