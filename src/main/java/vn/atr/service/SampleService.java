package vn.atr.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import vn.atr.domain.access.Permission;
import vn.atr.domain.Messages;
import vn.atr.format.sample.SampleDataset;
import vn.atr.format.sample.SampleReader;
import vn.atr.domain.ReportDraft;
import vn.atr.domain.SupportService;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.Victim;
import vn.atr.domain.VnFormats;
import vn.atr.domain.ReportPeriod;
import vn.atr.format.draft.DraftFileFormat;
import vn.atr.store.Database;
import vn.atr.store.DirectionDocumentRepository;
import vn.atr.store.RecordRepository;
import vn.atr.store.ReportDraftRepository;

/** Loads a sample dataset (the built-in Hai Phong 2023 one, or CSV files in a folder), once, in one transaction. */
public final class SampleService {
    private static final String LOADED_KEY = "sample.loaded.";
    /** Set when a sample is removed: its records stay as deletions (they may have travelled), so it cannot return. */
    private static final String REMOVED_KEY = "sample.removed.";
    private static final String AUTHOR = "sample";

    private final Database db;
    private final Repositories repos;
    private final ReportDraftRepository drafts;
    private final DirectionDocumentRepository documents;
    private final Supplier<Session> session;

    SampleService(Database db, Repositories repos, ReportDraftRepository drafts, DirectionDocumentRepository documents,
                  Supplier<Session> session) {
        this.documents = documents;
        this.db = db;
        this.repos = repos;
        this.drafts = drafts;
        this.session = session;
    }

    public boolean isLoaded() {
        return repos.settings().get(LOADED_KEY + SampleReader.HAIPHONG_2023).isPresent();
    }

    /**
     * Whether the built-in sample may be loaded here: a store that holds no records and never held the sample
     * (the first-run questions offer it only then).
     */
    public boolean mayLoadHaiPhong2023() {
        return !isLoaded() && repos.settings().get(REMOVED_KEY + SampleReader.HAIPHONG_2023).isEmpty()
                && recordsHeld() == 0;
    }

    /** The agency and unit the built-in sample sets when loaded (its 2023 report is signed by them). */
    public vn.atr.domain.AgencySettings builtInAgency() {
        return vn.atr.store.SettingsRepository.agency(SampleReader.builtIn().settings());
    }

    /**
     * Loads the demonstration data of Hai Phong 2023, into a store that holds no records yet: mixed into real
     * records it would be counted in their reports and sent in their packages, and its agency and unit would
     * replace the store's.
     *
     * @return the number of records loaded
     */
    public int loadHaiPhong2023() {
        session.get().require(Permission.DATA_LOAD);
        long held = isLoaded() ? 0 : recordsHeld(); // loaded already: that refusal says more
        if (held > 0) {
            throw new ServiceException(Messages.get("sample.storeHasRecords", vn.atr.domain.VnFormats.number(held)));
        }
        return load(SampleReader.builtIn());
    }

    /** The records of every kind the store holds (deleted ones aside). */
    public long recordsHeld() {
        return repos.activities().countActive() + repos.metrics().countActive() + repos.cases().countActive()
                + repos.victims().countActive() + repos.support().countActive() + documents.countActive();
    }

    /**
     * Loads a dataset kept as CSV files in {@code folder} (the layout of {@code samples/haiphong-2023}).
     * Every file is read and checked first; a bad cell anywhere refuses the whole folder, naming file,
     * row, column and reason, with nothing stored.
     */
    public int loadFolder(Path folder) {
        session.get().require(Permission.DATA_LOAD);
        if (!Files.isDirectory(folder)) {
            throw new ServiceException(Messages.get("sample.noFolder", folder));
        }
        return load(SampleReader.fromFolder(folder));
    }

    /**
     * What removing a sample took out: its records and the report drafts of its years; and the years whose report
     * was submitted meanwhile, which stay (a submitted report is what was sent).
     */
    public record Removal(int records, List<Integer> draftYears, List<Integer> submittedKept) {
        /** "Đã gỡ dữ liệu mẫu {name}: xóa N bản ghi mẫu và bản nháp báo cáo năm 2023", with a kept report's year. */
        public String describe(String name) {
            String text = Messages.get("sample.removed", name, VnFormats.number(records));
            if (!draftYears.isEmpty()) {
                text += " " + Messages.get("sample.removedDrafts", years(draftYears));
            }
            if (!submittedKept.isEmpty()) {
                text += ". " + Messages.get("sample.submittedKept", years(submittedKept));
            }
            return text;
        }

        private static String years(List<Integer> years) {
            return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
    }

    /**
     * Takes the Hai Phong 2023 sample out of the store, in one transaction: every record it brought (edited
     * since or not) is deleted, so that the deletions travel in packages like any other, and its years' report
     * drafts go too (a submitted report stays). The records typed beside it stay. The installation's agency
     * and unit are the sample's: the first-run questions ask for them again.
     */
    public Removal removeHaiPhong2023() {
        return remove(SampleReader.builtIn());
    }

    private Removal remove(SampleDataset data) {
        Session current = session.get();
        current.require(Permission.DATA_LOAD);
        if (repos.settings().get(LOADED_KEY + data.name()).isEmpty()) {
            throw new ServiceException(Messages.get("sample.notLoaded", data.name()));
        }
        String author = current.author(AUTHOR);
        return db.inTransaction(() -> {
            requireNothingOwnAttached(data);
            int removed = delete(repos.support(), data.support(), author) + delete(repos.victims(), data.victims(), author)
                    + delete(repos.cases(), data.cases(), author) + delete(repos.activities(), data.activities(), author)
                    + delete(repos.metrics(), data.metrics(), author) + delete(documents, data.documents(), author);
            List<Integer> draftYears = new ArrayList<>();
            List<Integer> submittedKept = new ArrayList<>();
            for (Integer year : data.drafts().keySet()) {
                if (drafts.deleteDraft(ReportPeriod.ofYear(year))) {
                    draftYears.add(year);
                } else if (drafts.frozen(ReportPeriod.ofYear(year)).isPresent()) {
                    submittedKept.add(year);
                }
            }
            repos.settings().remove(LOADED_KEY + data.name());
            repos.settings().remove(ReferenceService.CONFIRMED);
            repos.settings().put(REMOVED_KEY + data.name(), java.time.Instant.now().toString());
            db.audit().append(current.userName(), "remove.sample", "dataset", data.name(), null, null,
                    removed + " records");
            return new Removal(removed, draftYears, submittedKept);
        });
    }

    /**
     * A victim or a support typed by a user under one of the sample's cases or victims would be left hanging
     * under a deleted record: the removal is refused, naming it, until it is moved or deleted.
     */
    private void requireNothingOwnAttached(SampleDataset data) {
        Set<String> sampleVictims = data.victims().stream().map(v -> v.meta().id()).collect(Collectors.toSet());
        Set<String> sampleSupport = data.support().stream().map(s -> s.meta().id()).collect(Collectors.toSet());
        for (TraffickingCase c : data.cases()) {
            for (Victim v : repos.victims().listForCase(c.meta().id())) {
                if (!v.meta().deleted() && !sampleVictims.contains(v.meta().id())) {
                    throw new ServiceException(Messages.get("sample.ownVictimAttached", v.victimCode(), c.caseCode()));
                }
            }
        }
        for (Victim v : data.victims()) {
            for (SupportService s : repos.support().listForVictim(v.meta().id())) {
                if (!s.meta().deleted() && !sampleSupport.contains(s.meta().id())) {
                    throw new ServiceException(Messages.get("sample.ownSupportAttached",
                            VnFormats.date(s.serviceDate()), v.victimCode()));
                }
            }
        }
    }

    private static <T> int delete(RecordRepository<T> repository, List<T> sample, String author) {
        int deleted = 0;
        for (T record : sample) {
            String id = repository.metaOf(record).id();
            if (repository.find(id).filter(r -> !repository.metaOf(r).deleted()).isPresent()) {
                repository.softDelete(id, author);
                deleted++;
            }
        }
        return deleted;
    }

    /** As the form and the workbook: one figure a day for a unit and indicator, among the folder's and the store's. */
    private void requireOneFigureADay(SampleDataset data) {
        List<vn.atr.domain.OutreachMetric> seen = new java.util.ArrayList<>(repos.metrics().listActive());
        for (vn.atr.domain.OutreachMetric m : data.metrics()) {
            seen.stream().filter(o -> o.overlaps(m)).findFirst().ifPresent(o -> {
                throw new ServiceException(Messages.get("sample.metricOverlaps", m.unitCode(), m.metricType(),
                        vn.atr.domain.VnFormats.date(m.periodFrom()), vn.atr.domain.VnFormats.date(m.periodTo()),
                        vn.atr.domain.VnFormats.date(o.periodFrom()), vn.atr.domain.VnFormats.date(o.periodTo())));
            });
            seen.add(m);
        }
    }

    private int load(SampleDataset data) {
        Session current = session.get();
        if (repos.settings().get(LOADED_KEY + data.name()).isPresent()) {
            throw new ServiceException(Messages.get("sample.alreadyLoaded", data.name()));
        }
        if (repos.settings().get(REMOVED_KEY + data.name()).isPresent()) {
            throw new ServiceException(Messages.get("sample.removedBefore", data.name()));
        }
        String author = current.author(AUTHOR); // once the store has users, the administrator or compiler loading it
        requireOneFigureADay(data);
        db.runInTransaction(() -> {
            for (Map.Entry<String, String> s : data.settings().entrySet()) {
                repos.settings().put(s.getKey(), s.getValue());
            }
            repos.activities().insertAll(data.activities(), author);
            repos.metrics().insertAll(data.metrics(), author);
            repos.cases().insertAll(data.cases(), author);
            repos.victims().insertAll(data.victims(), author);
            repos.support().insertAll(data.support(), author);
            documents.insertAll(data.documents(), author);
            for (Map.Entry<Integer, String> d : data.drafts().entrySet()) {
                ReportPeriod year = ReportPeriod.ofYear(d.getKey());
                int version = drafts.find(year).map(ReportDraft::version).orElse(0);
                drafts.save(DraftFileFormat.parse(d.getValue(), year, version));
            }
            if (data.settings().containsKey(ReferenceService.UNIT_SETTING)
                    && repos.settings().get(ReferenceService.CONFIRMED).isEmpty()) {
                // The sample names its own agency and unit: a store made from it is set up, and opens ready.
                repos.settings().put(ReferenceService.CONFIRMED, java.time.Instant.now().toString());
            }
            repos.settings().put(LOADED_KEY + data.name(), java.time.Instant.now().toString());
            db.audit().append(current.userName(), "import.sample", "dataset", data.name(), null, null, data.size() + " records");
        });
        return data.size();
    }
}
