package vn.atr.domain;

import java.time.LocalDate;
import java.util.Set;

/** A trafficking case (vụ) as reported by the detecting agency. */
public record TraffickingCase(
        Meta meta,
        String unitCode,
        String caseCode,
        LocalDate detectionDate,
        DetectingAgency detectingAgency,
        CaseScope scope,
        String destinationCountry,
        Set<ExploitationForm> exploitationForms,
        CaseStatus status,
        int suspects,
        String notes) {

    public TraffickingCase {
        caseCode = Text.code(caseCode);
        destinationCountry = Text.nfc(destinationCountry);
        notes = Text.nfc(notes);
        exploitationForms = exploitationForms == null ? Set.of() : Set.copyOf(exploitationForms);
    }

    public TraffickingCase withMeta(Meta newMeta) {
        return new TraffickingCase(newMeta, unitCode, caseCode, detectionDate, detectingAgency, scope,
                destinationCountry, exploitationForms, status, suspects, notes);
    }
}
