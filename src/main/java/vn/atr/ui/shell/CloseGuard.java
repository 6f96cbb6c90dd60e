package vn.atr.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.event.Event;
import javafx.event.EventDispatchChain;
import javafx.event.EventDispatcher;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import vn.atr.domain.Messages;
import vn.atr.ui.common.Dialogs;
import vn.atr.ui.common.OpenForms;

/**
 * Closing the main window while a form holds unsaved edits asks: save, discard or stay (the default).
 * An event filter, so that it runs before any close handler another part of the window installs, and
 * once the forms are dealt with the close request is sent again so those handlers still have their say.
 */
public final class CloseGuard {
    private CloseGuard() {
    }

    public static void install(Stage main) {
        main.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            List<OpenForms.Form> dirty = OpenForms.dirty(main);
            if (!dirty.isEmpty()) {
                e.consume();
                ask(main, dirty, "close.unsaved", () -> close(main));
            }
        });
    }

    /**
     * Before the window's user changes (a log-out): the forms holding unsaved edits are saved or discarded as the
     * user answers, then {@code then} runs; staying runs nothing.
     */
    public static void settleForms(Stage main, String questionKey, Runnable then) {
        List<OpenForms.Form> dirty = OpenForms.dirty(main);
        if (dirty.isEmpty()) {
            then.run();
        } else {
            ask(main, dirty, questionKey, then);
        }
    }

    private static void ask(Stage main, List<OpenForms.Form> dirty, String questionKey, Runnable then) {
        Dialogs.saveDiscardOrStay(dirty.get(0).window(), Messages.get(questionKey), "close", answer -> {
            if (answer == Dialogs.Unsaved.SAVE) {
                AtomicInteger left = new AtomicInteger(dirty.size());
                dirty.forEach(f -> f.save(() -> {
                    if (left.decrementAndGet() == 0) {
                        then.run();
                    }
                }));
            } else if (answer == Dialogs.Unsaved.DISCARD) {
                dirty.forEach(OpenForms.Form::discard);
                then.run();
            }
        });
    }

    /**
     * Asks again, as the window system would (it closes the window unless a filter or handler consumed
     * the request), and closes if nothing else objects, e.g. the automatic backup on closing.
     */
    private static void close(Stage main) {
        WindowEvent request = new WindowEvent(main, WindowEvent.WINDOW_CLOSE_REQUEST);
        if (new Chain().dispatchThrough(main, request) != null) {
            main.close();
        }
    }

    /**
     * The window's own dispatch chain built with public API only: unlike {@code Window.fireEvent}, it
     * returns what came through, {@code null} when a filter or handler consumed the event.
     */
    private static final class Chain implements EventDispatchChain {
        private final List<EventDispatcher> dispatchers = new ArrayList<>();
        private int next;

        Event dispatchThrough(Stage target, Event event) {
            return target.buildEventDispatchChain(this).dispatchEvent(event);
        }

        @Override
        public EventDispatchChain append(EventDispatcher dispatcher) {
            dispatchers.add(dispatcher);
            return this;
        }

        @Override
        public EventDispatchChain prepend(EventDispatcher dispatcher) {
            dispatchers.add(0, dispatcher);
            return this;
        }

        @Override
        public Event dispatchEvent(Event event) {
            if (next == dispatchers.size()) {
                return event;
            }
            EventDispatcher dispatcher = dispatchers.get(next++);
            try {
                return dispatcher.dispatchEvent(event, this);
            } finally {
                next--;
            }
        }
    }
}
