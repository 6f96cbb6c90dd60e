package vn.atr.format.draft;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportDraft;
import vn.atr.domain.ReportDraft.Section;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.VnFormats;

/**
 * The plain-text form of a report draft, for {@code atr draft}: readable and editable in any
 * editor. "key = value" lines for the metadata, then "[section]" blocks of free text (paragraphs
 * separated by blank lines); "#" starts a comment line. Example:
 * <pre>
 * number = 05
 * date = 05/01/2026
 * signer.title = KT. GIÁM ĐỐC | PHÓ GIÁM ĐỐC
 * signer.name = Nguyễn Văn A
 * status = draft
 * version = 3
 *
 * [recipients]
 * UBND thành phố (để báo cáo)
 * Lưu: VT, SYT
 *
 * [assessment]
 * Công tác phòng, chống mua bán người năm 2023 ...
 * </pre>
 */
public final class DraftFileFormat {
    /** Longest narrative section accepted (about 15 pages of text; a whole year's report is a few). */
    static final int MAX_SECTION = 50_000;
    static final String RECIPIENTS = "recipients";
    /** The stored draft's version the file was printed from. */
    static final String VERSION = "version";

    private DraftFileFormat() {
    }

    /** The section name used in the file: {@code AFTER_CASES -> after-cases}. */
    public static String sectionName(Section s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ReportDraft parse(String content, ReportPeriod period, int version) {
        return read(content, period, version).draft();
    }

    /**
     * A file read with what it names: its keys, its sections and whether it has the recipients' block. A part it
     * does not name is not part of the file (a file may change only the number); a part named and left empty is.
     */
    public record DraftFile(ReportDraft draft, java.util.Set<String> keys, java.util.Set<Section> sections,
                            boolean hasRecipients, java.util.OptionalInt printedFrom) {
    }

    public static DraftFile read(String content, ReportPeriod period, int version) {
        Map<String, String> meta = new java.util.HashMap<>();
        boolean hasRecipients = false;
        Map<String, Integer> lineOf = new java.util.HashMap<>();
        Map<Section, StringBuilder> sections = new EnumMap<>(Section.class);
        List<String> recipients = new ArrayList<>();
        String current = null;
        String[] lines = content.replace("\r", "").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String t = line.strip();
            if (t.startsWith("#") && current == null || t.isEmpty() && current == null) {
                continue;
            }
            if (t.startsWith("[") && t.endsWith("]")) {
                current = t.substring(1, t.length() - 1).strip().toLowerCase(Locale.ROOT);
                hasRecipients |= current.equals(RECIPIENTS);
                if (!current.equals(RECIPIENTS)) {
                    sections.put(section(current, i + 1), new StringBuilder());
                }
            } else if (current == null) {
                int eq = t.indexOf('=');
                if (eq < 0) {
                    throw bad(i + 1, Messages.get("draft.expectedKey", t));
                }
                String key = t.substring(0, eq).strip();
                if (!List.of("number", "date", "signer.title", "signer.name", "status", VERSION).contains(key)) {
                    throw bad(i + 1, Messages.get("draft.unknownKey", key));
                }
                meta.put(key, t.substring(eq + 1).strip());
                lineOf.put(key, i + 1);
            } else if (current.equals(RECIPIENTS)) {
                if (!t.isEmpty() && !t.startsWith("#")) {
                    recipients.add(t.replaceFirst("^-\\s*", "").replaceFirst("[;.]$", ""));
                }
            } else {
                sections.get(section(current, i + 1)).append(line.stripTrailing()).append('\n');
            }
        }
        Map<Section, String> text = new EnumMap<>(Section.class);
        sections.forEach((s, b) -> text.put(s, b.toString().strip()));
        text.forEach((s, t) -> {
            if (t.length() > MAX_SECTION) {
                throw bad(sectionLine(lines, s), Messages.get("draft.sectionTooLong", sectionName(s), VnFormats.number(MAX_SECTION)));
            }
        });
        java.time.LocalDate date;
        try {
            date = date(meta.get("date"));
        } catch (vn.atr.domain.ValidationException e) {
            throw bad(lineOf.getOrDefault("date", 0), Messages.get("draft.badDate", e.violations().get(0).message()
                    .replaceFirst("^[^:]*: ", "")));
        }
        java.util.OptionalInt printedFrom = java.util.OptionalInt.empty();
        if (meta.containsKey(VERSION)) {
            try {
                printedFrom = java.util.OptionalInt.of(Integer.parseInt(meta.get(VERSION)));
            } catch (NumberFormatException e) {
                throw bad(lineOf.get(VERSION), Messages.get("draft.badVersion", meta.get(VERSION)));
            }
        }
        java.util.Set<String> keys = new java.util.HashSet<>(meta.keySet());
        keys.remove(VERSION);
        return new DraftFile(new ReportDraft(period, blankToNull(meta.get("number")), date,
                title(meta.get("signer.title")), blankToNull(meta.get("signer.name")), recipients, text,
                status(meta.get("status"), lineOf.getOrDefault("status", 0)), version), java.util.Set.copyOf(keys),
                java.util.Set.copyOf(sections.keySet()), hasRecipients, printedFrom);
    }

    public static String format(ReportDraft d) {
        return format(d, null);
    }

    /** {@link #format(ReportDraft)} with {@code note} (if any) as a second comment line under the header. */
    public static String format(ReportDraft d, String note) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(Messages.get("draft.fileHeader", d.period().toString())).append('\n');
        if (note != null) {
            b.append("# ").append(note).append('\n');
        }
        b.append("number = ").append(nz(d.number())).append('\n');
        b.append("date = ").append(VnFormats.date(d.date())).append('\n');
        b.append("signer.title = ").append(nz(d.signerTitle()).replace("\n", " | ")).append('\n');
        b.append("signer.name = ").append(nz(d.signerName())).append('\n');
        b.append("status = ").append(d.status().name().toLowerCase(Locale.ROOT)).append('\n');
        // the stored draft this file was printed from (0: none yet): a save made since is not undone by loading it
        b.append(VERSION).append(" = ").append(d.version()).append("\n\n");
        b.append('[').append(RECIPIENTS).append("]\n");
        d.recipients().forEach(r -> b.append(r).append('\n'));
        for (Section s : Section.values()) {
            b.append("\n[").append(sectionName(s)).append("]\n");
            d.section(s).ifPresent(t -> b.append(t).append('\n'));
        }
        return b.toString();
    }

    private static int sectionLine(String[] lines, Section s) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equalsIgnoreCase("[" + sectionName(s) + "]")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Section section(String name, int line) {
        for (Section s : Section.values()) {
            if (sectionName(s).equals(name)) {
                return s;
            }
        }
        throw bad(line, Messages.get("draft.unknownSection", name));
    }

    private static java.time.LocalDate date(String text) {
        return text == null || text.isBlank() ? null : VnFormats.parseDate(text);
    }

    private static String title(String text) {
        return text == null || text.isBlank() ? null : text.replaceAll("\\s*\\|\\s*", "\n");
    }

    private static ReportDraft.Status status(String text, int line) {
        if (text == null || text.isBlank()) {
            return ReportDraft.Status.DRAFT;
        }
        try {
            return ReportDraft.Status.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(line, Messages.get("draft.badStatus", text));
        }
    }

    private static DraftFormatException bad(int line, String reason) {
        return new DraftFormatException(Messages.get("draft.badLine", line, reason));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
