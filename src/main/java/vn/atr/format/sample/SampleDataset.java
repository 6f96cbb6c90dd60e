package vn.atr.format.sample;

import java.util.List;
import java.util.Map;
import vn.atr.domain.Activity;
import vn.atr.domain.DirectionDocument;
import vn.atr.domain.OutreachMetric;
import vn.atr.domain.SupportService;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.Victim;

/**
 * A dataset read from a sample folder, ready to store (references already resolved to ids), with the
 * compiler's report drafts it ships: report year -> the text of {@code draft-YEAR.txt} (the draft file format),
 * and the direction documents of the optional {@code documents.csv}.
 */
public record SampleDataset(
        String name,
        Map<String, String> settings,
        List<Activity> activities,
        List<OutreachMetric> metrics,
        List<TraffickingCase> cases,
        List<Victim> victims,
        List<SupportService> support,
        Map<Integer, String> drafts,
        List<DirectionDocument> documents) {

    public int size() {
        return activities.size() + metrics.size() + cases.size() + victims.size() + support.size() + documents.size();
    }
}
