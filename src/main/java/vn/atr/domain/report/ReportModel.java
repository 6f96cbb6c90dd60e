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
 * its order: the sentences take each indicator's section, unit word and name from it (ADR 0092). {@code facts}
 * holds what the drafted narrative quotes besides the figures (ADR 0110); the draft then already carries the
 * drafted text of the sections the compiler left empty. {@code areaName} is the area the whole store's report
 * covers as running text names it: the province ("Hải Phòng"), or on a ward's own machine its ward ("phường Lê Chân").
 */
public record ReportModel(ReportPeriod period, Optional<String> unitName, AgencySettings agency,
                          String homeProvinceName, ReportDraft draft,
                          Figures current, Figures previous, List<AppendixTable> appendices,
                          Optional<Submission> submission, List<Indicator> indicators, NarrativeFacts facts,
                          String areaName) {

    public ReportModel {
        appendices = List.copyOf(appendices);
        indicators = List.copyOf(indicators);
        facts = facts == null ? NarrativeFacts.NONE : facts;
        areaName = areaName == null ? homeProvinceName : areaName;
    }

    /** A model of the province's area (a store of the province's own records, tests of the figures). */
    public ReportModel(ReportPeriod period, Optional<String> unitName, AgencySettings agency, String homeProvinceName,
                       ReportDraft draft, Figures current, Figures previous, List<AppendixTable> appendices,
                       Optional<Submission> submission, List<Indicator> indicators, NarrativeFacts facts) {
        this(period, unitName, agency, homeProvinceName, draft, current, previous, appendices, submission, indicators,
                facts, null);
    }

    /** A model without narrative facts (reports frozen before they existed, tests of the figures alone). */
    public ReportModel(ReportPeriod period, Optional<String> unitName, AgencySettings agency, String homeProvinceName,
                       ReportDraft draft, Figures current, Figures previous, List<AppendixTable> appendices,
                       Optional<Submission> submission, List<Indicator> indicators) {
        this(period, unitName, agency, homeProvinceName, draft, current, previous, appendices, submission, indicators,
                NarrativeFacts.NONE);
    }

    /**
     * The whole store's report of a period not submitted: a draft, which the document says it is. A unit's
     * extract is never submitted (it is not the report sent) and is not marked.
     */
    public boolean isDraft() {
        return submission.isEmpty() && unitName.isEmpty();
    }

    /** The same model with {@code newDraft} (the stored draft with the drafted sections filled in). */
    public ReportModel withDraft(ReportDraft newDraft) {
        return new ReportModel(period, unitName, agency, homeProvinceName, newDraft, current, previous, appendices,
                submission, indicators, facts, areaName);
    }
}
