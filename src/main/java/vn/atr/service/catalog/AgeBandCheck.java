package vn.atr.service.catalog;

import java.time.LocalDate;
import vn.atr.domain.ValidationException;
import vn.atr.domain.catalog.AgeBandRules;
import vn.atr.store.AgeBandRepository;

/**
 * The record services' one question to the age bands: may a victim of a case detected on this day be given
 * this band? A retired band keeps the victims stored with it but is not chosen for cases detected from its
 * retirement on; an unknown code is refused with how to add it.
 */
public final class AgeBandCheck {
    private final AgeBandRepository bands;

    public AgeBandCheck(AgeBandRepository bands) {
        this.bands = bands;
    }

    public void requireUsable(String field, String code, LocalDate day) {
        AgeBandRules.usableProblem(field, code, bands.list(), day).ifPresent(v -> {
            throw new ValidationException(v);
        });
    }
}
