package vn.atr.service.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import vn.atr.domain.ActivityTally;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.AgencySettings;
import vn.atr.domain.Messages;
import vn.atr.domain.Organisation;
import vn.atr.domain.access.Permission;
import vn.atr.domain.ReportDraft;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Summary;
import vn.atr.domain.Tally;
import vn.atr.report.AppendixTables;
import vn.atr.report.ReportSentences;
import vn.atr.report.ReportText;
import vn.atr.report.excel.ExcelReportWriter;
import vn.atr.domain.report.Figures;
import vn.atr.domain.report.NarrativeFacts;
import vn.atr.domain.report.Progress;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;
import vn.atr.report.word.WordReportWriter;
import vn.atr.store.AdminUnitRepository;
import vn.atr.store.ReferenceRepository;
import vn.atr.format.AtomicFiles;
import vn.atr.store.CatalogRepository;
import vn.atr.store.ReportQueries;
import vn.atr.store.ReportQueries.ActivityList;
import vn.atr.store.ReportQueries.VictimField;
import vn.atr.store.SettingsRepository;
import vn.atr.store.SummaryQuery;
import vn.atr.service.ServiceException;
import vn.atr.service.access.AuditService;
import vn.atr.service.Session;

/**
 * The annual report use case: {@link #build} computes the model from the store for a period (and
 * optionally a unit with every unit below it); {@link #exportDocx} and {@link #exportXlsx} write it.
 * Files are written through {@link AtomicFiles} (temporary file beside the target, fsync, atomic move),
 * so a failed export (full disk, read-only folder) never leaves half a document under the user's file
 * name nor replaces the previous one; the audit entry is recorded only once the file is in place.
 */
public final class ReportService {
    private final ReportQueries queries;
    private final CatalogRepository catalog;
    private final SummaryQuery summaries;
    private final SettingsRepository settings;
    private final AdminUnitRepository units;
    private final ReferenceRepository reference;
    private final DraftService drafts;
    /** Optional adaptations of the report's wording, beside the store: {@code report-vi.properties}. */
    public static final String TEXT_OVERRIDES = "report-vi.properties";
    /** A Department's own template of the Word report, beside the store (ADR 0115). */
    public static final String TEMPLATE_BESIDE = "mau-bao-cao.docx";
    private final Path besideTemplate;
    private final ReportText text;
    private final Supplier<Session> session;
    private final AuditService audit;
    private final DocumentService documents;
    private final TargetService targets;

    public ReportService(ReportQueries queries, CatalogRepository catalog, SummaryQuery summaries, SettingsRepository settings,
                  AdminUnitRepository units, ReferenceRepository reference, DraftService drafts, Path overrides,
                  Supplier<Session> session, AuditService audit, DocumentService documents, TargetService targets) {
        this.documents = documents;
        this.targets = targets;
        this.reference = reference;
        this.session = session;
        this.audit = audit;
        this.queries = queries;
        this.catalog = catalog;
        this.summaries = summaries;
        this.settings = settings;
        this.units = units;
        this.drafts = drafts;
        this.text = ReportText.vietnamese().withOverrides(overrides);
        this.besideTemplate = overrides.resolveSibling(TEMPLATE_BESIDE);
    }

    /**
     * For a fresh process about to write a report (the command line): starts loading the document
     * libraries in the background while the store opens and the figures are computed.
     */
    public static void prewarm() {
        vn.atr.report.Prewarm.start();
    }

    /**
     * Commune staff get their own unit when none is given, and are refused any unit outside it. A submitted
     * period's report for the whole store is the one frozen at submission (the model says so).
     */
    public ReportModel build(ReportPeriod period, Optional<String> requestedUnit) {
        Session s = session.get();
        s.require(Permission.REPORT);
        Optional<String> unitCode = requestedUnit.isPresent() ? requestedUnit : s.restrictedUnit();
        unitCode.ifPresent(s::requireUnit);
        // The narrative, number and date are the whole store's report: a unit's extract (and commune staff's report)
        // gets its unit's figures, what is drafted from them, and placeholders, never the city's text and number.
        ReportDraft draft = unitCode.isPresent() ? ReportDraft.empty(period) : drafts.get(period);
        if (unitCode.isEmpty() && draft.status() == ReportDraft.Status.SUBMITTED) {
            var frozen = drafts.frozen(period);
            if (frozen.isPresent()) {
                return FrozenReport.model(frozen.get(), draft, catalog.list(), this::areaName);
            }
        }
        return withDrafted(compute(period, unitCode, draft));
    }

    /**
     * The period's draft in the draft file's format with what the report prints for the sections the compiler
     * left empty (the legal basis, direction and other work drafted from the data), as the report screen shows
     * it: to edit and import again ({@code atr draft}). The city's narrative: commune staff are refused it.
     */
    public String draftText(ReportPeriod period) {
        drafts.get(period); // refuses a session limited to one unit
        return vn.atr.format.draft.DraftFileFormat.format(build(period, Optional.empty()).draft(),
                Messages.get("draft.draftedNote"));
    }

    /**
     * The text drafted from the data for the sections the period's stored draft leaves empty (what the report
     * prints there). The city's narrative: commune staff are refused it.
     */
    public java.util.Map<ReportDraft.Section, String> draftedSections(ReportPeriod period) {
        ReportDraft stored = drafts.get(period);
        return build(period, Optional.empty()).draft().sectionsNotIn(stored);
    }

    private ReportModel compute(ReportPeriod period, Optional<String> unitCode, ReportDraft draft) {
        List<String> scope = queries.scope(unitCode);
        AgencySettings agency = agency();
        Figures current = figures(period, unitCode, scope, agency);
        Figures previous = figures(period.previous(), unitCode, scope, agency);
        Optional<String> unitName = unitCode.flatMap(units::find).map(u -> {
            java.time.LocalDate day = u.validTo() != null && u.validTo().isBefore(period.to()) ? u.validTo() : period.to();
            return units.renamedOn(day).getOrDefault(u.code(), u.name()); // its name then (ADR 0201)
        });
        var indicators = catalog.list();
        return new ReportModel(period, unitName, agency, homeName(agency), draft, current, previous,
                AppendixTables.of(current, text, indicators), Optional.empty(), indicators,
                facts(period, scope, unitCode.orElse(agency.installationUnitCode()), unitCode.isPresent()),
                areaName(agency));
    }

    /**
     * The area the whole store covers, as running text names it: a ward's own machine (its unit below the province)
     * covers its ward ("phường Lê Chân"), any other store the province with its kind ("thành phố Hải Phòng",
     * "tỉnh Bắc Ninh": the list names provinces without it).
     */
    private String areaName(AgencySettings agency) {
        String own = agency.installationUnitCode();
        return own == null || own.equals(agency.homeProvinceCode()) ? provinceName(agency)
                : units.find(own).map(u -> ReportText.lowerFirst(u.name())).orElse(provinceName(agency));
    }

    private String provinceName(AgencySettings agency) {
        return units.find(agency.homeProvinceCode()).filter(u -> u.kind() != null && text.has("unit.kind." + u.kind()))
                .map(u -> text.get("unit.kind." + u.kind()) + " " + u.name()).orElseGet(() -> homeName(agency));
    }

    /**
     * The model whose draft carries, for each section the compiler left empty, the narrative drafted from the
     * data (ADR 0110): every renderer prints the draft's sections, so the drafted text needs no renderer of its
     * own, and a section drafted is no longer a gap. The compiler's own text always wins.
     */
    private ReportModel withDrafted(ReportModel m) {
        var drafted = new ReportSentences(text).drafted(m);
        if (drafted.isEmpty()) {
            return m;
        }
        java.util.Map<ReportDraft.Section, String> sections = new java.util.EnumMap<>(ReportDraft.Section.class);
        sections.putAll(drafted);
        sections.putAll(m.draft().sections());
        ReportDraft d = m.draft();
        return m.withDraft(new ReportDraft(d.period(), d.number(), d.date(), d.signerTitle(), d.signerName(),
                d.recipients(), sections, d.status(), d.version()));
    }

    /**
     * What the narrative quotes besides the figures: documents, targets, partners, topics, case statuses. The
     * year's targets are the whole store's: a unit's extract is not measured against them.
     */
    private NarrativeFacts facts(ReportPeriod period, List<String> scope, String reportUnit, boolean extract) {
        ReportDocuments quoting = new ReportDocuments(units::find);
        java.util.Map<String, String> orgNames = new java.util.HashMap<>();
        reference.organisations().forEach(o -> orgNames.put(o.code(), o.name()));
        List<Tally> partners = queries.activityListValues(ActivityList.PARTNERS, period, scope).stream()
                .map(t -> t.withLabel(orgNames.getOrDefault(t.key(), t.key()))).toList();
        List<Tally> topics = named("topic", queries.activityListValues(ActivityList.TOPICS, period, scope),
                vn.atr.domain.Topic.class);
        List<vn.atr.domain.DirectionDocument> yearPlans = quoting.citable(documents.issuedIn(
                new ReportPeriod(ReportPeriod.ofYear(period.year()).from(), period.to())).stream()
                .filter(d -> d.kind() == vn.atr.domain.DocumentKind.PLAN).toList(), reportUnit);
        return new NarrativeFacts(quoting.quoted(documents.issuedIn(period), scope, reportUnit),
                extract ? List.of() : targets.forYear(period.year()), partners, topics,
                queries.activityListValues(ActivityList.TARGET_GROUPS, period, scope),
                named("status", queries.casesByStatus(period, scope), null).stream()
                        .sorted(Comparator.comparingInt(t -> PROCEDURE.indexOf(t.key()))).toList(), yearPlans);
    }

    /** The cases' statuses in the order of the criminal procedure, as the report lists them. */
    private static final List<String> PROCEDURE = java.util.stream.Stream.of(vn.atr.domain.CaseStatus.INVESTIGATING,
            vn.atr.domain.CaseStatus.SUSPENDED, vn.atr.domain.CaseStatus.PROSECUTED, vn.atr.domain.CaseStatus.TRIED,
            vn.atr.domain.CaseStatus.CLOSED).map(Enum::name).toList();

    public DocumentService documents() {
        return documents;
    }

    public TargetService targets() {
        return targets;
    }

    /**
     * Submits the period's report (the whole store's): the draft is locked and the figures computed now are
     * kept with it, so later changes to the records no longer change this report. Audited.
     */
    public ReportDraft submit(ReportPeriod period) {
        session.get().require(Permission.REPORT_DRAFT);
        return drafts.submit(period, d -> withDrafted(compute(period, Optional.empty(), d)).draft(),
                () -> FrozenReport.json(compute(period, Optional.empty(), drafts.get(period))));
    }

    /** Reopens a submitted report for editing: it is computed from the records again. Audited. */
    public ReportDraft reopen(ReportPeriod period) {
        return drafts.reopen(period);
    }

    /**
     * The report use case as one call, for the window and the command line alike: builds the model of the
     * request's period and unit, then writes the .docx and the .xlsx asked for, with the request's options.
     * Progress runs from 0 to 1 over all the files; an interrupted thread stops at the next step.
     */
    public ReportResult export(ReportRequest request, Progress progress) {
        return export(build(request.period(), request.unit()), request, progress);
    }

    /** {@link #export(ReportRequest, Progress)} of a model already built (a caller that looked at it first). */
    public ReportResult export(ReportModel model, ReportRequest request, Progress progress) {
        List<Path> written = new ArrayList<>();
        boolean both = request.docx().isPresent() && request.xlsx().isPresent();
        double share = both ? 0.5 : 1.0;
        Future<byte[]> workbook = null;
        if (both) {
            session.get().require(Permission.REPORT);
            workbook = workbookInBackground(new ExcelReportWriter(text, request.options()), model);
        }
        try {
            if (request.docx().isPresent()) {
                exportDocx(model, request.docx().get(), request.options(), request.template(),
                        (f, step) -> progress.update(f * share, step));
                written.add(request.docx().get());
            }
            if (workbook != null) {
                Future<byte[]> built = workbook;
                progress.update(share, "workbook"); // the window's cancel stops here, as between two writers' steps
                AtomicFiles.write(request.xlsx().get(), out -> out.write(result(built)));
                recordExport("xlsx", request.xlsx().get(), model);
                written.add(request.xlsx().get());
            }
        } catch (RuntimeException | Error e) {
            if (workbook != null) {
                workbook.cancel(true); // a failed or cancelled document writes no workbook, as before
            }
            throw e;
        }
        if (workbook == null && request.xlsx().isPresent()) {
            exportXlsx(model, request.xlsx().get(), request.options(), progress);
            written.add(request.xlsx().get());
        }
        return new ReportResult(model, written);
    }

    /**
     * The workbook of a report that writes both files, built in memory on a second thread while the document is
     * written: on two cores the two no longer take turns (a fresh {@code atr report}, ADR 0130). Its file is
     * written, and the export recorded, on the caller's thread after the document's, as when they were written
     * one after the other.
     */
    private static Future<byte[]> workbookInBackground(ExcelReportWriter writer, ReportModel model) {
        FutureTask<byte[]> task = new FutureTask<>(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            writer.write(model, out, Progress.NONE);
            return out.toByteArray();
        });
        Thread t = new Thread(task, "report-workbook");
        t.setDaemon(true);
        t.start();
        return task;
    }

    /** The background workbook's bytes, or its failure as the writer would have thrown it on this thread. */
    private static byte[] result(Future<byte[]> workbook) throws IOException {
        try {
            return workbook.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while the workbook was built");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    public void exportDocx(ReportModel model, Path file, ReportOptions options, Progress progress) {
        exportDocx(model, file, options, Optional.empty(), progress);
    }

    /**
     * The Word report from {@code template} if given, else from the template beside the store if there is one,
     * else in the default layout. A template the report cannot fill is refused before anything is written.
     */
    public void exportDocx(ReportModel model, Path file, ReportOptions options, Optional<Path> template,
                           Progress progress) {
        session.get().require(Permission.REPORT);
        Optional<byte[]> layout = template(template);
        AtomicFiles.write(file, out -> new WordReportWriter(text, options).write(model,
                layout.map(java.io.ByteArrayInputStream::new).orElse(null), out, progress));
        recordExport("docx", file, model); // only once the file is in place
    }

    /** The template a report would use: the one chosen, else the store's ({@link #TEMPLATE_BESIDE}), else none. */
    public Optional<Path> effectiveTemplate(Optional<Path> chosen) {
        return chosen.isPresent() ? chosen : Optional.of(besideTemplate).filter(java.nio.file.Files::isRegularFile);
    }

    private Optional<byte[]> template(Optional<Path> chosen) {
        return effectiveTemplate(chosen).map(f -> {
            try {
                return java.nio.file.Files.readAllBytes(f);
            } catch (java.io.IOException e) {
                throw new ServiceException(Messages.get("report.template.unreadable", f, e.getMessage()));
            }
        });
    }

    /**
     * The default report as a Word template for a Department to edit ({@code atr report-template}): every field
     * and block of generated content is a placeholder.
     */
    public void writeTemplate(Path file) {
        session.get().require(Permission.REPORT);
        ReportModel model = build(ReportPeriod.ofYear(java.time.LocalDate.now().getYear()), Optional.empty());
        AtomicFiles.write(file, out -> new WordReportWriter(text, ReportOptions.DEFAULT).writeTemplate(model, out));
    }

    public void exportXlsx(ReportModel model, Path file, ReportOptions options, Progress progress) {
        session.get().require(Permission.REPORT);
        AtomicFiles.write(file, out -> new ExcelReportWriter(text, options).write(model, out, progress));
        recordExport("xlsx", file, model);
    }

    private void recordExport(String kind, Path file, ReportModel model) {
        audit.record("report.export", kind, String.valueOf(file.getFileName()),
                model.period() + model.unitName().map(u -> " " + u).orElse(""));
    }

    public DraftService drafts() {
        return drafts;
    }

    private Figures figures(ReportPeriod p, Optional<String> unitCode, List<String> scope, AgencySettings agency) {
        Summary s = summaries.summary(p, unitCode);
        String home = homeName(agency);
        List<Tally> residence = s.victimsByResidence().stream()
                .map(t -> t.withLabel(text.get("label.residence." + t.key(), home))).toList();
        String homeLevel = homeLevel(agency);
        List<ActivityTally> byUnit = queries.activitiesByUnit(p, scope);
        List<Tally> casesByUnit = queries.casesByUnit(p, scope);
        java.util.Map<String, java.time.LocalDate> ended = byUnit.isEmpty() && casesByUnit.isEmpty()
                ? java.util.Map.of() : units.endedBefore(p.to());
        java.util.function.UnaryOperator<String> asThen = units.namesAsThen(p.to(), ended);
        byUnit = byUnit.stream().map(a -> new ActivityTally(a.key(), asThen.apply(a.key()) == null ? a.label()
                : asThen.apply(a.key()), a.measure(), a.records(), a.participants(), a.quantity(), a.sessions())).toList();
        casesByUnit = casesByUnit.stream().map(t -> asThen.apply(t.key()) == null ? t : t.withLabel(asThen.apply(t.key())))
                .toList();
        return new Figures(p, s, queries.activitiesByType(p, scope), ReportQueries.everyMonth(queries.activitiesByMonth(p, scope), p),
                currentFirst(byUnit.stream().map(a -> a.key().equals(agency.homeProvinceCode())
                        ? new ActivityTally(a.key(), homeLevel, a.measure(), a.records(), a.participants(), a.quantity(),
                        a.sessions()) : !ended.containsKey(a.key()) ? a
                        : new ActivityTally(a.key(), until(a.label(), ended.get(a.key())), a.measure(), a.records(),
                        a.participants(), a.quantity(), a.sessions())).toList(), ActivityTally::key, ended),
                named("agency", queries.casesByAgency(p, scope), vn.atr.domain.DetectingAgency.class),
                named("scope", queries.casesByScope(p, scope), vn.atr.domain.CaseScope.class),
                named("form", queries.casesByExploitation(p, scope), null),
                currentFirst(casesByUnit.stream().map(t -> t.key().equals(agency.homeProvinceCode()) ? t.withLabel(homeLevel)
                        : ended.containsKey(t.key()) ? t.withLabel(until(t.label(), ended.get(t.key()))) : t).toList(),
                        Tally::key, ended),
                named("sex", queries.victimsBy(VictimField.SEX, p, scope), vn.atr.domain.Sex.class),
                queries.victimsByAgeBand(p, scope).stream().map(t -> t.withLabel(ReportText.uncapitalize(t.label()))).toList(),
                residence, queries.victimsByProvince(p, scope),
                named("ethnicity", queries.victimsBy(VictimField.ETHNICITY, p, scope), null),
                named("form", queries.victimsByExploitation(p, scope), null),
                named("return", queries.victimsBy(VictimField.RETURN_PATH, p, scope), vn.atr.domain.ReturnPath.class),
                named("legal", queries.victimsBy(VictimField.LEGAL_STATUS, p, scope), vn.atr.domain.LegalStatus.class),
                named("support", queries.supportByType(p, scope), vn.atr.domain.SupportType.class),
                queries.victimsBy(VictimField.DESTINATION, p, scope));
    }

    /**
     * "Quận Hồng Bàng (đến 30/06/2025)": a 2025 table by unit holds both the districts and the communes formed
     * after them, which read as peers without it.
     */
    private String until(String label, java.time.LocalDate last) {
        return text.get("unit.until", label, vn.atr.domain.VnFormats.date(last));
    }

    /** The units in force at the period's end first, then those that ended during it, each part in its order. */
    private static <T> List<T> currentFirst(List<T> rows, java.util.function.Function<T, String> code,
                                            java.util.Map<String, java.time.LocalDate> ended) {
        List<T> out = new java.util.ArrayList<>(rows.stream().filter(r -> !ended.containsKey(code.apply(r))).toList());
        out.addAll(rows.stream().filter(r -> ended.containsKey(code.apply(r))).toList());
        return out;
    }

    /**
     * The agency settings, the issuing agency spelled as the organisation list spells it when one matches: the
     * settings often hold it in capitals as the header prints it ("SỞ Y TẾ"), a sentence names "Sở Y tế".
     */
    private AgencySettings agency() {
        AgencySettings a = settings.agency();
        if (a.issuingAgency() == null) {
            return a;
        }
        String upper = a.issuingAgency().strip().toUpperCase(Messages.VIETNAMESE);
        return reference.organisations().stream().map(Organisation::name)
                .filter(n -> n.toUpperCase(Messages.VIETNAMESE).equals(upper)).findFirst()
                .map(n -> new AgencySettings(a.superiorAgency(), n, a.abbreviation(), a.placeName(), a.recipient(),
                        a.signerTitle(), a.signerName(), a.homeProvinceCode(), a.installationUnitCode()))
                .orElse(a);
    }

    /**
     * The home province's own row in the tables by unit, beside its districts or communes: "Cấp thành phố" (the
     * Department and the city's agencies), not the city's name, which would read as the whole city's total.
     */
    private String homeLevel(AgencySettings agency) {
        return units.find(agency.homeProvinceCode()).map(u -> {
            boolean city = "thanh_pho".equals(u.kind()); // a city under the central government, or a province
            return text.get(city ? "unit.homeLevel.city" : "unit.homeLevel.province", u.name());
        }).orElse(agency.homeProvinceCode());
    }

    private String homeName(AgencySettings agency) {
        return units.find(agency.homeProvinceCode()).map(AdminUnit::name).orElse(agency.homeProvinceCode());
    }

    /** Labels from the report text; rows of an enum in the enum's order, others as the store sorted them. */
    private <E extends Enum<E>> List<Tally> named(String group, List<Tally> rows, Class<E> order) {
        List<Tally> labelled = new ArrayList<>(rows.stream().map(t -> t.withLabel(text.label(group, t.key()))).toList());
        if (order != null) {
            labelled.sort(Comparator.comparingInt(t -> ordinal(order, t.key())));
        }
        return labelled;
    }

    private static <E extends Enum<E>> int ordinal(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name).ordinal();
        } catch (IllegalArgumentException | NullPointerException e) {
            return Integer.MAX_VALUE;
        }
    }
}
