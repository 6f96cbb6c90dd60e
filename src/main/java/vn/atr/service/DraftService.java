package vn.atr.service;

import vn.atr.domain.ReportDraft;
import vn.atr.domain.ReportPeriod;
import vn.atr.store.ReportDraftRepository;

/** The compiler's draft of the report for a period: metadata and narrative, one per period. */
public final class DraftService {
    private final ReportDraftRepository repository;

    DraftService(ReportDraftRepository repository) {
        this.repository = repository;
    }

    /** The stored draft, or an empty one (version 0) if nothing was written for the period yet. */
    public ReportDraft get(ReportPeriod period) {
        return repository.find(period).orElseGet(() -> ReportDraft.empty(period));
    }

    /** Saves the draft; its version must be the stored one (0 for a new draft). */
    public ReportDraft save(ReportDraft draft) {
        return repository.save(draft);
    }

    /** Replaces the period's draft with the content of a draft text file ({@link DraftFileFormat}). */
    public ReportDraft importText(ReportPeriod period, String content) {
        ReportDraft parsed = DraftFileFormat.parse(content, period, get(period).version());
        return repository.save(parsed);
    }

    public String exportText(ReportPeriod period) {
        return DraftFileFormat.format(get(period));
    }
}
