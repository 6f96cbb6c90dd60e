package vn.atr.format.sample;

import java.util.List;
import java.util.Map;
import vn.atr.domain.Activity;
import vn.atr.domain.OutreachMetric;
import vn.atr.domain.SupportService;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.Victim;

/**
 * A dataset read from a sample folder, ready to store (references already resolved to ids), with the
 * compiler's report drafts it ships: report year -> the text of {@code draft-YEAR.txt} (the draft file format).
 */
public record SampleDataset(
        String name,
        Map<String, String> settings,
        List<Activity> activities,
        List<OutreachMetric> metrics,
        List<TraffickingCase> cases,
        List<Victim> victims,
        List<SupportService> support,
        Map<Integer, String> drafts) {

    public int size() {
        return activities.size() + metrics.size() + cases.size() + victims.size() + support.size();
    }
}
