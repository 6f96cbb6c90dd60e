package vn.atr.domain;

import java.time.LocalDate;

/**
 * A document issued to direct the work (a plan, an official letter, a decision...): "Kế hoạch số 75/KH-UBND
 * ngày 07/3/2023 của Ủy ban nhân dân thành phố về ...". The report's direction section is drafted from the
 * documents issued in its period. {@code number} is written as on the document ("75/KH-UBND"), {@code title}
 * is what it is about, without the leading "về".
 */
public record DirectionDocument(Meta meta, String unitCode, DocumentKind kind, String number, LocalDate issuedOn,
                                String issuer, String title) {

    public DirectionDocument {
        number = strip(number);
        issuer = strip(issuer);
        title = strip(title);
        if (title != null && title.regionMatches(true, 0, "về ", 0, 3)) {
            title = title.substring(3).strip(); // the sentence adds "về" itself
        }
    }

    private static String strip(String s) {
        return s == null ? null : Text.nfc(s).strip();
    }

    public DirectionDocument withMeta(Meta newMeta) {
        return new DirectionDocument(newMeta, unitCode, kind, number, issuedOn, issuer, title);
    }
}
