package vn.atr.cli;

import java.time.LocalDate;
import vn.atr.domain.Messages;
import vn.atr.domain.ValidationException;
import vn.atr.domain.VnFormats;

/** A date given to an option ({@code --from}, {@code --date}...): a value that is no date is named by its option. */
final class DateOption {
    private DateOption() {
    }

    /** {@code value} as a date, or null when not given; a usage error naming {@code option} when it is no date. */
    static LocalDate parse(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return VnFormats.parseDate(value);
        } catch (ValidationException e) {
            throw new CliFailure(Messages.get("cli.dateOption", option, e.violations().get(0).reason()));
        }
    }
}
