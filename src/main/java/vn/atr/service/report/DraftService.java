package vn.atr.service.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.atr.domain.Messages;
import vn.atr.domain.access.Permission;
import vn.atr.domain.ReportDraft;
import vn.atr.domain.ReportDraft.Section;
import vn.atr.domain.ReportDraft.Status;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.VnFormats;
import vn.atr.store.Database;
import vn.atr.store.ReportDraftRepository;
import vn.atr.store.ReportDraftRepository.Frozen;
import vn.atr.service.access.AuditService;
import vn.atr.format.draft.DraftFileFormat;
import vn.atr.service.AccessDeniedException;
import vn.atr.service.ServiceException;
import vn.atr.service.Session;

/**
 * The compiler's draft of the report for a period: metadata and narrative, one per period. Reading and
 * writing need the report permission; every save is written to the audit log with its versions.
 * A submitted draft is locked: it changes only after an explicit, audited {@link #reopen}.
 */
public final class DraftService {
    private final Database db;
    private final ReportDraftRepository repository;
    private final Supplier<Session> session;
    private final AuditService audit;

    public DraftService(Database db, ReportDraftRepository repository, Supplier<Session> session, AuditService audit) {
        this.db = db;
        this.repository = repository;
        this.session = session;
        this.audit = audit;
    }

    /**
     * The stored draft, or an empty one (version 0) if nothing was written for the period yet. It is the
     * city's narrative: commune staff (limited to their unit) are refused it.
     */
    public ReportDraft get(ReportPeriod period) {
        Session s = session.get();
        s.require(Permission.REPORT);
        if (s.restrictedUnit().isPresent()) {
            throw new AccessDeniedException(Messages.get("security.draftCityOnly", s.userName()));
        }
        return repository.find(period).orElseGet(() -> ReportDraft.empty(period));
    }

    /**
     * Saves the draft; its version must be the stored one (0 for a new draft). The status is not changed
     * by a save (only {@link #submit} and {@link #reopen} change it), and a submitted draft is refused.
     */
    public ReportDraft save(ReportDraft draft) {
        Session s = session.get();
        s.require(Permission.REPORT_DRAFT);
        return db.inTransaction(() -> {
            refuseIfSubmitted(draft.period());
            ReportDraft saved = repository.save(draft);
            db.audit().append(s.userName(), "report.draft", "report_draft", draft.period().toString(),
                    draft.version() == 0 ? null : (long) draft.version(), (long) saved.version(),
                    saved.status().name());
            return saved;
        });
    }

    /**
     * The sections a new draft may start from: the previous period's narrative (the previous year for a year,
     * the same period of the previous year otherwise), its signer and recipients. Not its number, date, legal
     * basis or direction: those belong to one period (the direction is drafted from the period's documents).
     * Empty when the previous period has nothing written.
     */
    public Optional<ReportDraft> previousNarrative(ReportPeriod period) {
        return previousSource(period).flatMap(source -> narrativeOf(source, period));
    }

    /**
     * The period whose text starts {@code period}'s draft: the same period a year earlier, else, for the 9 months
     * and the year, the longest earlier period of the same year that has text (the 9 months' report written from
     * the 6 months', the year's from the 9 months') — the first report of that kind in ATR has no year before it.
     */
    public Optional<ReportPeriod> previousSource(ReportPeriod period) {
        List<ReportPeriod> candidates = new java.util.ArrayList<>(List.of(period.previous()));
        if (period.kind() == vn.atr.domain.PeriodKind.YEAR) {
            candidates.add(ReportPeriod.ofNineMonths(period.year()));
        }
        if (period.kind() == vn.atr.domain.PeriodKind.YEAR || period.kind() == vn.atr.domain.PeriodKind.NINE_MONTHS) {
            candidates.add(ReportPeriod.ofHalfYear(period.year()));
        }
        return candidates.stream().filter(c -> narrativeOf(c, period).isPresent()).findFirst();
    }

    /**
     * The narrative of {@code source} as a start for {@code period}'s draft: the 9 months' from the 6 months' of the
     * same year, say, rather than from the 9 months of the year before. As {@link #previousNarrative}.
     */
    public Optional<ReportDraft> narrativeOf(ReportPeriod source, ReportPeriod period) {
        ReportDraft before = get(source);
        java.util.Map<Section, String> sections = new java.util.EnumMap<>(Section.class);
        before.sections().forEach((k, v) -> {
            if (!NOT_CARRIED.contains(k)) {
                sections.put(k, v);
            }
        });
        if (sections.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReportDraft(period, null, null, before.signerTitle(), before.signerName(),
                before.recipients(), sections, Status.DRAFT, get(period).version()));
    }

    private static final java.util.Set<Section> NOT_CARRIED = java.util.EnumSet.of(Section.LEGAL_BASIS,
            Section.DIRECTION);

    /**
     * Starts the period's draft from {@link #previousNarrative}: refused when the period's draft already has
     * text (nothing is overwritten) or the previous period has none. One transaction, audited like a save.
     */
    public ReportDraft startFromPrevious(ReportPeriod period) {
        return startFrom(previousSource(period).orElse(period.previous()), period);
    }

    /** {@link #startFromPrevious} from the narrative of {@code source}, another period ({@link #narrativeOf}). */
    public ReportDraft startFrom(ReportPeriod source, ReportPeriod period) {
        if (source.equals(period)) {
            throw new ServiceException(Messages.get("draft.startFromItself", period.toString()));
        }
        ReportDraft current = get(period);
        if (!current.sections().isEmpty()) {
            throw new ServiceException(Messages.get("draft.notEmpty", period.toString()));
        }
        ReportDraft start = narrativeOf(source, period).orElseThrow(() -> new ServiceException(Messages.get(
                source.equals(period.previous()) ? "draft.previousEmpty" : "draft.sourceEmpty", source.toString())));
        return save(new ReportDraft(period, current.number(), current.date(), start.signerTitle(), start.signerName(),
                start.recipients(), start.sections(), Status.DRAFT, current.version()));
    }

    /** Replaces the period's draft with the content of a draft text file ({@link DraftFileFormat}). */
    public ReportDraft importText(ReportPeriod period, String content) {
        return importText(period, content, Map.of());
    }

    /**
     * {@link #importText(ReportPeriod, String)} leaving out each section whose text is still the one
     * {@code drafted} from the data (the file printed by {@code atr draft} carries it): unchanged, it keeps
     * following the data, as on the report screen.
     */
    public ReportDraft importText(ReportPeriod period, String content, Map<Section, String> drafted) {
        return importing(period, content, drafted).saved();
    }

    /** A draft file taken in: the draft saved, and the stored parts the file did not name, kept as they were. */
    public record Imported(ReportDraft saved, List<String> kept) {
    }

    /**
     * The file changes what it names and keeps the rest: the draft printed by {@code atr draft} names every part
     * and replaces the whole, while a file holding only "number = 05/BC-SYT" changes the number alone (it emptied
     * the date, the signer and every section). A part named and left empty is cleared.
     */
    Imported importing(ReportPeriod period, String content, Map<Section, String> drafted) {
        ReportDraft stored = get(period);
        DraftFileFormat.DraftFile file = DraftFileFormat.read(content, period, stored.version());
        // a file printed before another compiler saved would put back every part as it was printed, theirs included
        if (file.printedFrom().isPresent() && file.printedFrom().getAsInt() != stored.version()) {
            throw new ServiceException(Messages.get("draft.savedSincePrinted", period.toString(),
                    file.printedFrom().getAsInt(), stored.version()));
        }
        ReportDraft parsed = file.draft();
        List<String> kept = new ArrayList<>();
        String number = named(file, "number", "draft.part.number", stored.number(), kept) ? parsed.number()
                : stored.number();
        java.time.LocalDate date = named(file, "date", "draft.part.date", stored.date(), kept) ? parsed.date()
                : stored.date();
        String title = named(file, "signer.title", "draft.part.signer.title", stored.signerTitle(), kept)
                ? parsed.signerTitle() : stored.signerTitle();
        String name = named(file, "signer.name", "draft.part.signer.name", stored.signerName(), kept)
                ? parsed.signerName() : stored.signerName();
        ReportDraft.Status status = file.keys().contains("status") ? parsed.status() : stored.status();
        if (!file.hasRecipients() && !stored.recipients().isEmpty()) {
            kept.add(Messages.get("draft.part.recipients"));
        }
        List<String> recipients = file.hasRecipients() ? parsed.recipients() : stored.recipients();
        Map<Section, String> written = new java.util.EnumMap<>(Section.class);
        written.putAll(stored.sections());
        for (Section k : Section.values()) {
            if (!file.sections().contains(k)) {
                if (stored.section(k).isPresent()) {
                    kept.add(Messages.get("enum.Section." + k.name()));
                }
                continue;
            }
            String v = parsed.sections().getOrDefault(k, "");
            if (v.isBlank() || v.strip().equals(drafted.getOrDefault(k, "").strip())) {
                written.remove(k); // empty, or as drafted from the data: it follows the data
            } else {
                written.put(k, v);
            }
        }
        return new Imported(save(new ReportDraft(period, number, date, title, name, recipients, written, status,
                parsed.version())), List.copyOf(kept));
    }

    /** Whether the file names {@code key}; if not, a stored value kept is added to {@code kept} by its label. */
    private static boolean named(DraftFileFormat.DraftFile file, String key, String labelKey, Object stored,
                                 List<String> kept) {
        boolean in = file.keys().contains(key);
        if (!in && stored != null) {
            kept.add(Messages.get(labelKey));
        }
        return in;
    }

    /**
     * {@link #importText} from a file: UTF-8 text only (a file saved as Windows-1258 or UTF-16 is
     * refused rather than stored as garbage), at most {@value #MAX_FILE} bytes.
     */
    public ReportDraft importFile(ReportPeriod period, java.nio.file.Path file) {
        return importFile(period, file, Map.of());
    }

    /** {@link #importFile(ReportPeriod, java.nio.file.Path)} leaving out the sections still as {@code drafted}. */
    public ReportDraft importFile(ReportPeriod period, java.nio.file.Path file, Map<Section, String> drafted) {
        return importingFile(period, file, drafted).saved();
    }

    /** {@link #importFile(ReportPeriod, java.nio.file.Path, Map)} saying which stored parts the file kept. */
    public Imported importingFile(ReportPeriod period, java.nio.file.Path file, Map<Section, String> drafted) {
        byte[] bytes;
        try {
            if (java.nio.file.Files.size(file) > MAX_FILE) {
                throw new ServiceException(Messages.get("draft.fileTooLarge", file, VnFormats.number(MAX_FILE)));
            }
            bytes = java.nio.file.Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ServiceException(Messages.get("draft.fileNotFound", file), e);
        } catch (java.io.IOException e) {
            throw new ServiceException(Messages.get("draft.fileMissing", file), e);
        }
        return importing(period, utf8(file, bytes), drafted);
    }

    static final int MAX_FILE = 1_000_000;

    private static String utf8(java.nio.file.Path file, byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ServiceException(Messages.get("draft.notUtf8", file));
            }
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ServiceException(Messages.get("draft.notUtf8", file), e);
        }
    }

    public String exportText(ReportPeriod period) {
        return DraftFileFormat.format(get(period));
    }

    /**
     * When, by whom and with which figures (JSON) the period was submitted; empty while it is a draft. Figures
     * that are not the ones the audit log saw frozen (edited in the file with a SQLite tool, or a report
     * reopened in the log but submitted in the file) are refused: the report would print them as submitted.
     */
    Optional<Frozen> frozen(ReportPeriod period) {
        session.get().require(Permission.REPORT);
        Optional<Frozen> frozen = repository.find(period).filter(d -> d.status() == Status.SUBMITTED)
                .flatMap(d -> repository.frozen(period));
        frozen.ifPresent(f -> requireAsAudited(period, f));
        return frozen;
    }

    /**
     * A store older than the log's submission entries has none to compare with: its figures stand as stored; an
     * entry written before the text's digest joined it checks the figures only.
     */
    private void requireAsAudited(ReportPeriod period, Frozen f) {
        audit.lastAbout("report_draft", period.toString(), "report.submit", "report.reopen").ifPresent(e -> {
            String detail = e.detail() == null ? "" : e.detail();
            boolean same = e.action().equals("report.submit") && detail.endsWith("figures sha256 " + sha256(f.figures()))
                    && (!detail.contains("text sha256 ") || detail.contains("text sha256 " + sha256(textOf(get(period)))));
            if (!same) {
                throw new ServiceException(Messages.get("report.frozenAltered", period.toString()));
            }
        });
    }

    /**
     * Marks the period's draft submitted and stores {@code figures} (computed inside the same transaction,
     * so they are the store's figures at the moment of submission). Audited with a digest of the figures.
     * {@code complete} gives the draft with the sections drafted from the data that the compiler left empty: they
     * are saved with it, since the frozen figures do not carry what they were drafted from.
     */
    ReportDraft submit(ReportPeriod period, java.util.function.UnaryOperator<ReportDraft> complete,
                       Supplier<String> figures) {
        Session s = session.get();
        s.require(Permission.REPORT_DRAFT);
        return db.inTransaction(() -> {
            refuseIfSubmitted(period);
            ReportDraft d = get(period);
            ReportDraft completed = complete.apply(d);
            if (!completed.sections().equals(d.sections())) {
                d = repository.save(completed); // the drafted text is locked with the report it was printed in
            } else if (d.version() == 0) {
                d = repository.save(d); // a row to carry the status, even if nothing was written
            }
            String json = figures.get();
            int version = repository.setStatus(period, d.version(), Status.SUBMITTED,
                    new Frozen(Instant.now(), s.userName(), json));
            audit.record("report.submit", "report_draft", period.toString(),
                    "version " + version + ", text sha256 " + sha256(textOf(d)) + ", figures sha256 " + sha256(json));
            return withStatus(d, Status.SUBMITTED, version);
        });
    }

    /** Back to a draft: the frozen figures are dropped and the report is computed from the records again. */
    public ReportDraft reopen(ReportPeriod period) {
        Session s = session.get();
        s.require(Permission.REPORT_DRAFT);
        return db.inTransaction(() -> {
            ReportDraft d = get(period);
            if (d.status() != Status.SUBMITTED) {
                throw new ServiceException(Messages.get("report.notSubmitted", period.toString()));
            }
            String json = repository.frozen(period).map(Frozen::figures).orElse("");
            int version = repository.setStatus(period, d.version(), Status.DRAFT, null);
            audit.record("report.reopen", "report_draft", period.toString(),
                    "version " + version + ", dropped figures sha256 " + sha256(json));
            return withStatus(d, Status.DRAFT, version);
        });
    }

    private void refuseIfSubmitted(ReportPeriod period) {
        if (repository.find(period).map(ReportDraft::status).orElse(Status.DRAFT) == Status.SUBMITTED) {
            throw new ServiceException(Messages.get("report.submittedLocked", period.toString()));
        }
    }

    private static ReportDraft withStatus(ReportDraft d, Status status, int version) {
        return new ReportDraft(d.period(), d.number(), d.date(), d.signerTitle(), d.signerName(), d.recipients(),
                d.sections(), status, version);
    }

    /** What the compiler wrote, as locked at submission (number, date, signer, recipients, every section). */
    private static String textOf(ReportDraft d) {
        StringBuilder s = new StringBuilder();
        s.append(d.number()).append('\u0000').append(d.date()).append('\u0000').append(d.signerTitle()).append('\u0000')
                .append(d.signerName()).append('\u0000').append(String.join("\n", d.recipients()));
        new java.util.TreeMap<>(d.sections()).forEach((k, v) -> s.append('\u0000').append(k.name()).append('=').append(v));
        return s.toString();
    }

    private static String sha256(String s) {
        return vn.atr.security.Sha256.hex(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
