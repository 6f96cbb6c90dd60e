package vn.atr.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import vn.atr.domain.access.Permission;
import vn.atr.domain.Messages;
import vn.atr.format.sample.SampleDataset;
import vn.atr.format.sample.SampleReader;
import vn.atr.domain.ReportDraft;
import vn.atr.domain.ReportPeriod;
import vn.atr.format.draft.DraftFileFormat;
import vn.atr.store.Database;
import vn.atr.store.DirectionDocumentRepository;
import vn.atr.store.ReportDraftRepository;

/** Loads a sample dataset (the built-in Hai Phong 2023 one, or CSV files in a folder), once, in one transaction. */
public final class SampleService {
    private static final String LOADED_KEY = "sample.loaded.";
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

    private int load(SampleDataset data) {
        Session current = session.get();
        if (repos.settings().get(LOADED_KEY + data.name()).isPresent()) {
            throw new ServiceException(Messages.get("sample.alreadyLoaded", data.name()));
        }
        String author = current.author(AUTHOR); // once the store has users, the administrator or compiler loading it
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
