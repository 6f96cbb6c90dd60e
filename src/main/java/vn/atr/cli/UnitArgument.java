package vn.atr.cli;

import vn.atr.domain.Messages;
import vn.atr.service.Services;

/** A {@code --unit} as typed: a code, or a unit's name, which is then said with its code (on standard error). */
final class UnitArgument {
    private UnitArgument() {
    }

    /** The unit's code; a name found is said ("Đơn vị: Phường Hồng An (10301009)") so that a wrong one is seen. */
    static String resolve(Services s, String typed) {
        String code = s.reference().unitCode(typed);
        if (code != null && !code.equals(typed == null ? null : typed.strip())) {
            s.reference().unit(code).ifPresent(u -> System.err.println(Messages.get("cli.unitNamed", u.name(), code)));
        }
        return code;
    }
}
