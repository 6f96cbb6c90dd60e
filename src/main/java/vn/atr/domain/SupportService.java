package vn.atr.domain;

import java.time.LocalDate;

/** One support given to a victim (art. 37 of the 2024 law), with its cost in VND. */
public record SupportService(
        Meta meta,
        String unitCode,
        String victimId,
        SupportType type,
        LocalDate serviceDate,
        String provider,
        long amountVnd,
        String notes) {

    public SupportService {
        provider = Text.nfc(provider);
        notes = Text.nfc(notes);
    }

    public SupportService withMeta(Meta newMeta) {
        return new SupportService(newMeta, unitCode, victimId, type, serviceDate, provider, amountVnd, notes);
    }
}
