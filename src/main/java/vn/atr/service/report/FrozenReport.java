package vn.atr.service.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import vn.atr.domain.AgencySettings;
import vn.atr.domain.ReportDraft;
import vn.atr.domain.Messages;
import vn.atr.domain.report.AppendixTable;
import vn.atr.domain.report.Figures;
import vn.atr.domain.report.NarrativeFacts;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.Submission;
import vn.atr.format.pkg.PackageJson;
import vn.atr.store.ReportDraftRepository.Frozen;
import vn.atr.service.ServiceException;

/**
 * The computed part of a report as it was at submission, stored as JSON with the draft: the figures of the
 * period and of the previous one, the appendix tables, the agency names and what the drafted sentences quote
 * besides the figures (partners, topics, target groups, cases by status, documents, targets), exactly as the
 * report showed them. A submitted report is rendered from this, never recomputed, so it reads word for word as
 * the one that was approved. The compiler's own text is not in it: it lives in the draft, which is locked while
 * the report is submitted.
 *
 * <p>The JSON is the domain records as they are, read back strictly, so it carries a {@code formatVersion}
 * (ADR 0076): renaming a component of {@code Figures}, {@code Summary}, {@code Tally}... changes the format,
 * and a submitted report must stay readable. The committed fixture {@code frozen-report/haiphong-2023-v1.json}
 * is checked to load; a new version needs a reader for the old one, not a changed fixture.
 */
record FrozenReport(AgencySettings agency, String homeProvinceName, Figures current, Figures previous,
                    List<AppendixTable> appendices, NarrativeFacts facts) {
    static final String VERSION_FIELD = "formatVersion";
    /**
     * The version written today. Figures frozen before the field existed are version 1 too. Version 2 added the
     * appendix rows' {@code unmeasured} columns: a version 1 text reads as rows without them (its zeros print as
     * they did), and a build that knows only version 1 refuses a version 2 text by name rather than half-reading it.
     * Version 3 added the narrative {@code facts}; a report frozen without them renders without the sentences
     * they feed, as it did. Version 4 added the summary's {@code victimsNotYetIdentified}: an older text has it
     * counted again from its own figures by legal status, which it holds.
     */
    static final int FORMAT_VERSION = 4;

    static String json(ReportModel m) {
        ObjectMapper mapper = PackageJson.mapper();
        ObjectNode json = mapper.createObjectNode().put(VERSION_FIELD, FORMAT_VERSION);
        json.setAll((ObjectNode) mapper.valueToTree(new FrozenReport(m.agency(), m.homeProvinceName(),
                m.current(), m.previous(), m.appendices(), m.facts())));
        try {
            return mapper.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report figures as JSON", e);
        }
    }

    /** The model of a submitted period: the frozen figures with the (locked) draft. */
    static ReportModel model(Frozen frozen, ReportDraft draft, List<vn.atr.domain.catalog.Indicator> indicators,
                             java.util.function.Function<vn.atr.domain.AgencySettings, String> areaOf) {
        FrozenReport f = read(frozen.figures(), draft.period().toString());
        return new ReportModel(draft.period(), Optional.empty(), f.agency(), f.homeProvinceName(), draft,
                f.current(), f.previous(), f.appendices(), Optional.of(new Submission(frozen.at(), frozen.by())),
                indicators, f.facts(), areaOf.apply(f.agency()));
    }

    /** A summary frozen before version 4 gets the people not (yet) found victims, counted from its legal statuses. */
    private static void notYetVictimsFromLegalStatus(JsonNode figures) {
        if (!(figures.path("summary") instanceof ObjectNode summary)) {
            return;
        }
        long notYet = 0;
        for (JsonNode row : figures.path("victimsByLegalStatus")) {
            if (vn.atr.domain.LegalStatus.notYetVictim(row.path("key").asText())) {
                notYet += row.path("count").asLong();
            }
        }
        summary.put("victimsNotYetIdentified", notYet);
    }

    static FrozenReport read(String json, String period) {
        ObjectMapper mapper = PackageJson.mapper();
        try {
            JsonNode tree = mapper.readTree(json);
            int version = tree.path(VERSION_FIELD).asInt(1);
            if (version < 1 || version > FORMAT_VERSION || !(tree instanceof ObjectNode object)) {
                throw new ServiceException(Messages.get("report.frozenVersion", period, version, FORMAT_VERSION));
            }
            object.remove(VERSION_FIELD);
            if (version < 4) {
                for (String figures : List.of("current", "previous")) {
                    notYetVictimsFromLegalStatus(object.path(figures));
                }
            }
            return mapper.treeToValue(object, FrozenReport.class);
        } catch (JsonProcessingException e) {
            throw new ServiceException(Messages.get("report.frozenUnreadable", period, e.getOriginalMessage()), e);
        }
    }
}
