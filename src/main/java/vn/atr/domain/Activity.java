package vn.atr.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A training course, outreach session, batch of leaflets, article... anything the report counts.
 * {@code participants} is attendance (lượt người); {@code quantity} is what the type measures
 * (copies, places, items, minutes).
 */
public record Activity(
        Meta meta,
        String unitCode,
        String typeCode,
        LocalDate startDate,
        LocalDate endDate,
        String title,
        String leadOrg,
        List<String> partnerOrgs,
        Set<Topic> topics,
        String targetGroup,
        int participants,
        long quantity,
        String notes) {

    public Activity {
        title = Text.nfc(title);
        leadOrg = Text.nfc(leadOrg);
        targetGroup = Text.nfc(targetGroup);
        notes = Text.nfc(notes);
        partnerOrgs = partnerOrgs == null ? List.of() : partnerOrgs.stream().map(Text::nfc).toList();
        topics = topics == null ? Set.of() : Set.copyOf(topics);
    }

    public Activity withMeta(Meta newMeta) {
        return new Activity(newMeta, unitCode, typeCode, startDate, endDate, title, leadOrg, partnerOrgs, topics,
                targetGroup, participants, quantity, notes);
    }
}
