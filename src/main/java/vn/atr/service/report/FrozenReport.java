package vn.atr.service.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Optional;
import vn.atr.domain.AgencySettings;
import vn.atr.domain.ReportDraft;
import vn.atr.domain.Messages;
import vn.atr.domain.report.AppendixTable;
import vn.atr.domain.report.Figures;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.Submission;
import vn.atr.format.pkg.PackageJson;
import vn.atr.store.ReportDraftRepository.Frozen;
import vn.atr.service.ServiceException;

/**
 * The computed part of a report as it was at submission, stored as JSON with the draft: the figures of the
 * period and of the previous one, the appendix tables and the agency names, exactly as the report showed
 * them. A submitted report is rendered from this, never recomputed. The compiler's own text is not in it:
 * it lives in the draft, which is locked while the report is submitted.
 */
record FrozenReport(AgencySettings agency, String homeProvinceName, Figures current, Figures previous,
                    List<AppendixTable> appendices) {

    static String json(ReportModel m) {
        try {
            return PackageJson.mapper().writeValueAsString(new FrozenReport(m.agency(), m.homeProvinceName(),
                    m.current(), m.previous(), m.appendices()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report figures as JSON", e);
        }
    }

    /** The model of a submitted period: the frozen figures with the (locked) draft. */
    static ReportModel model(Frozen frozen, ReportDraft draft) {
        FrozenReport f;
        try {
            f = PackageJson.mapper().readValue(frozen.figures(), FrozenReport.class);
        } catch (JsonProcessingException e) {
            throw new ServiceException(Messages.get("report.frozenUnreadable", draft.period().toString(),
                    e.getOriginalMessage()), e);
        }
        return new ReportModel(draft.period(), Optional.empty(), f.agency(), f.homeProvinceName(), draft,
                f.current(), f.previous(), f.appendices(), Optional.of(new Submission(frozen.at(), frozen.by())));
    }
}
