package vn.atr.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * The statistical record of a victim: no name, no ID number. Identifying details live apart in
 * {@link VictimIdentity} so that encryption and role rules touch one place.
 * {@code residenceProvinceCode} is a province code of the 2025 list; whether a victim is "local"
 * is decided against the installation's home province. {@code ageBand} is the code of a configured age band
 * (table age_band; the codes of {@link AgeBand} are its first entries), chosen when the exact age is not known.
 */
public record Victim(
        Meta meta,
        String unitCode,
        String caseId,
        String victimCode,
        Sex sex,
        Integer birthYear,
        String ageBand,
        String ethnicity,
        String destinationCountry,
        boolean traffickedWithinVietnam,
        String residenceProvinceCode,
        LegalStatus legalStatus,
        Set<ExploitationForm> exploitationForms,
        ReturnPath returnPath,
        LocalDate identificationDate,
        LocalDate returnedDate,
        boolean consentToDataUse,
        String notes) {

    public Victim {
        victimCode = Text.code(victimCode);
        ageBand = Text.code(ageBand);
        ethnicity = Text.nfc(ethnicity);
        destinationCountry = Text.nfc(destinationCountry);
        notes = Text.nfc(notes);
        exploitationForms = exploitationForms == null ? Set.of() : Set.copyOf(exploitationForms);
    }

    public Victim withMeta(Meta newMeta) {
        return new Victim(newMeta, unitCode, caseId, victimCode, sex, birthYear, ageBand, ethnicity,
                destinationCountry, traffickedWithinVietnam, residenceProvinceCode, legalStatus, exploitationForms,
                returnPath, identificationDate, returnedDate, consentToDataUse, notes);
    }
}
