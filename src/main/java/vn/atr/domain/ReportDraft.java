package vn.atr.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the compiler writes for one reporting period: the document metadata and the narrative
 * sections that cannot be computed. A missing section is shown in the document as a marked
 * placeholder, never invented. {@code null} metadata falls back to the agency settings.
 */
public record ReportDraft(
        ReportPeriod period,
        String number,
        LocalDate date,
        String signerTitle,
        String signerName,
        List<String> recipients,
        Map<Section, String> sections,
        Status status,
        int version) {

    public enum Status { DRAFT, SUBMITTED }

    /** The narrative sections, in the order they appear in the report. */
    public enum Section {
        LEGAL_BASIS, SITUATION, DIRECTION, AFTER_COMMUNICATION, AFTER_CASES, AFTER_VICTIMS, ASSESSMENT, TASKS,
        RECOMMENDATIONS
    }

    public ReportDraft {
        number = Text.nfc(number);
        signerTitle = Text.nfc(signerTitle);
        signerName = Text.nfc(signerName);
        recipients = recipients.stream().map(Text::nfc).toList();
        EnumMap<Section, String> copy = new EnumMap<>(Section.class);
        sections.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                copy.put(k, Text.nfc(v.strip()));
            }
        });
        sections = java.util.Collections.unmodifiableMap(copy);
    }

    /** A period nobody has written anything for yet. */
    public static ReportDraft empty(ReportPeriod period) {
        return new ReportDraft(period, null, null, null, null, List.of(), Map.of(), Status.DRAFT, 0);
    }

    public Optional<String> section(Section s) {
        return Optional.ofNullable(sections.get(s));
    }

    /**
     * The sections of this draft (the report's, with the text drafted from the data) that {@code stored} leaves
     * empty: the drafted ones, which keep following the data until the compiler edits them.
     */
    public Map<Section, String> sectionsNotIn(ReportDraft stored) {
        Map<Section, String> out = new java.util.EnumMap<>(Section.class);
        sections.forEach((s, text) -> {
            if (stored.section(s).isEmpty()) {
                out.put(s, text);
            }
        });
        return out;
    }
}
