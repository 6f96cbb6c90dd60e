package vn.atr.domain.report;

import java.util.List;
import java.util.Optional;
import vn.atr.domain.AgencySettings;
import vn.atr.domain.ReportDraft;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.catalog.Indicator;

/**
 * Everything a report renderer needs, already computed: the renderers read only this.
 * {@code unitName} is empty for the whole store; {@code previous} holds the figures of
 * {@code period.previous()} for the comparisons; {@code homeProvinceName} names "local" victims.
 * {@code submission} is present when the period's report was submitted: the figures are then the ones
 * frozen at submission, not the store's current ones. {@code indicators} is the catalogue as it is now, in
 * its order: the sentences take each indicator's section, unit word and name from it (ADR 0092).
 */
public record ReportModel(ReportPeriod period, Optional<String> unitName, AgencySettings agency,
                          String homeProvinceName, ReportDraft draft,
                          Figures current, Figures previous, List<AppendixTable> appendices,
                          Optional<Submission> submission, List<Indicator> indicators) {

    public ReportModel {
        appendices = List.copyOf(appendices);
        indicators = List.copyOf(indicators);
    }
}
