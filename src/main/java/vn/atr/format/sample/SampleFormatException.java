package vn.atr.format.sample;

import java.util.List;
import vn.atr.domain.AtrException;

/** A sample dataset that cannot be read; lists every problem found. */
public class SampleFormatException extends AtrException {
    private final List<String> problems;

    public SampleFormatException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
