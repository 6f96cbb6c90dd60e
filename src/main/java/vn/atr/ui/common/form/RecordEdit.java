package vn.atr.ui.common.form;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.atr.domain.Violation;
import vn.atr.ui.common.Tasks;

/**
 * One record being entered in a generated form: the form's state, how the record is made from it, the
 * domain's rules for it and how it is stored. View models build it, {@link RecordDialog} shows it, and
 * tests drive it without a window.
 *
 * @param build    makes the record from the form (parse problems are recorded in the form's errors)
 * @param validate the domain rules for the record ({@code RecordValidator})
 * @param save     stores it (run as a task)
 * @param lookalikes stored records this one looks like (typed twice), one line each; asked about before saving
 */
public record RecordEdit<T>(RecordForm form, Supplier<T> build, Function<T, List<Violation>> validate,
                            Function<T, T> save, Function<T, List<String>> lookalikes) {

    public RecordEdit(RecordForm form, Supplier<T> build, Function<T, List<Violation>> validate, Function<T, T> save) {
        this(form, build, validate, save, record -> List.of());
    }

    /** The same edit, asking before it saves a record that looks like those {@code finder} names. */
    public RecordEdit<T> withLookalikes(Function<T, List<String>> finder) {
        return new RecordEdit<>(form, build, validate, save, finder);
    }

    /**
     * What a form does when the record looks like stored ones: shows {@code lines} and runs {@code proceed}
     * if the user still wants it saved. Without a window (a view model's test) the record is saved.
     */
    @FunctionalInterface
    public interface Ask {
        Ask SAVE = (lines, proceed) -> proceed.run();

        void lookalikes(List<String> lines, Runnable proceed);
    }

    /** A save that returns nothing (the reference services): the record saved is the one built. */
    public static <T> Function<T, T> storing(Consumer<T> store) {
        return record -> {
            store.accept(record);
            return record;
        };
    }

    /**
     * The same record checked again after an edit while messages are shown: those whose problem is gone are taken
     * away (see {@link vn.atr.ui.common.FieldErrors#withdrawAnswered}); nothing is stored or newly shown.
     */
    public void recheck() {
        if (form.errors().messages().isEmpty()) {
            return;
        }
        form.errors().clear();
        try {
            form.errors().addAll(validate.apply(build.get()));
        } catch (RuntimeException e) { // a record the form cannot make yet: leave the messages to the next save
            return;
        }
        form.errors().withdrawAnswered();
    }

    /**
     * Makes and checks the record; if every field is right, stores it in a task and then hands the stored
     * record to {@code onSaved}. Otherwise returns false with each problem under its field, storing nothing.
     */
    public boolean submit(Tasks tasks, Consumer<T> onSaved) {
        return submit(tasks, onSaved, Ask.SAVE);
    }

    /**
     * As {@link #submit(Tasks, Consumer)}, first looking for stored records this one looks like: if there
     * are any, {@code ask} decides whether it is saved (in a second task) or the form stays open as it is.
     */
    public boolean submit(Tasks tasks, Consumer<T> onSaved, Ask ask) {
        form.errors().clear();
        T record = build.get();
        form.errors().addAll(validate.apply(record)); // a field that did not parse keeps its parse message
        if (!form.errors().publish()) {
            return false;
        }
        Consumer<Throwable> refused = failure -> {
            if (!form.errors().showRefusal(failure)) { // a rule that needs the store, under its field
                tasks.report(failure);
            }
        };
        tasks.run(() -> {
            List<String> found = lookalikes.apply(record);
            return found.isEmpty() ? new Outcome<>(save.apply(record), found) : new Outcome<T>(null, found);
        }, outcome -> {
            if (outcome.found().isEmpty()) {
                onSaved.accept(outcome.saved());
            } else {
                ask.lookalikes(outcome.found(), () -> tasks.run(() -> save.apply(record), onSaved, refused));
            }
        }, refused);
        return true;
    }

    private record Outcome<T>(T saved, List<String> found) {
    }
}
